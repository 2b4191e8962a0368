import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { ProgrammeRow, SsiDetail, TraineeDetail } from '$lib/generated/bindings';
import { route } from '$lib/route.svelte';
import SessionPage from '$features/courses/SessionPage.svelte';
import OperationalScreen from '$features/operational/OperationalScreen.svelte';
import SsiPage from '$features/ssi/SsiPage.svelte';
import TechnicalScreen from '$features/technical/TechnicalScreen.svelte';
import TraineePage from '$features/trainees/TraineePage.svelte';
import { actionsBackend, COUNTRIES } from '../../test/backend';
import { coursesBackend } from '../../test/courses';
import { ACTIVITY, mockBackend, SSI_ROWS, type Handler } from '../../test/fixtures';
import { auditEntry } from '../../test/journal';

const SSI: SsiDetail = {
  id: 3,
  code: 'DKR',
  city: 'Dakar',
  residence_country: { alpha2: 'SN', name_fr: 'Sénégal' },
  opened_on: '2008-01-01',
  closed_on: null,
  coverage: [{ alpha2: 'SN', name_fr: 'Sénégal' }],
  postings: [],
  years: [],
};

const TRAINEE: TraineeDetail = {
  trainee: {
    id: 4,
    name: 'DIOP Awa',
    last_name: 'DIOP',
    first_name: 'Awa',
    country: 'SN',
    country_name: 'Sénégal',
    unit_id: null,
    unit: null,
    rank: 'Capitaine',
    sessions: 0,
  },
  languages: 'français',
  history: [],
};

const PROGRAMME: ProgrammeRow = {
  id: 6,
  code: 'PRG-1',
  name: 'Sahel sécurité',
  kind: 'multilateral',
  budget_cents: 100000,
  start_date: '2015-01-01',
  end_date: null,
  years: [{ year: 2016, budget_cents: 100000, spent_cents: 0, actions: 0 }],
  funders: [],
  countries: [{ alpha2: 'ML', name_fr: 'Mali' }],
  actions: 0,
  spent_cents: 0,
};

const CASE_INPUT = {
  reference: 'OC-8',
  ssi_id: 1,
  country: 'SN',
  kind_id: 1,
  domain_id: 1,
  opened_on: '2016-05-01',
  channel: 'interpol',
  persons_located: 1,
  arrest_warrants: 0,
};

interface PageCase {
  name: string;
  kind: string;
  id: number;
  hash?: string;
  show: () => unknown;
  handlers: Record<string, Handler>;
}

const PAGES: PageCase[] = [
  {
    name: 'an SSI',
    kind: 'ssi',
    id: 3,
    show: () => render(SsiPage, { id: 3 }),
    handlers: { ssi_detail: () => SSI, countries: () => COUNTRIES },
  },
  {
    name: 'a trainee',
    kind: 'trainee',
    id: 4,
    show: () => render(TraineePage, { id: 4 }),
    handlers: { trainee: () => TRAINEE },
  },
  {
    name: 'a session',
    kind: 'session',
    id: 5,
    show: () => render(SessionPage, { id: 5 }),
    handlers: coursesBackend({ enrolments: () => [] }),
  },
  {
    name: 'a technical action (its form, opened by a link)',
    kind: 'technical_action',
    id: 7,
    hash: '#/technical/action/7',
    show: () => render(TechnicalScreen),
    handlers: actionsBackend(3),
  },
  {
    name: 'a programme (opened by a link)',
    kind: 'programme',
    id: 6,
    hash: '#/technical/programme/6',
    show: () => render(TechnicalScreen),
    handlers: { programmes: () => [PROGRAMME], funders: () => [] },
  },
  {
    name: 'an operational case (its form, opened by a link)',
    kind: 'operational_case',
    id: 8,
    hash: '#/operational/case/8',
    show: () => render(OperationalScreen),
    handlers: {
      ...actionsBackend(0),
      activity_by_year: () => ACTIVITY,
      ssi_list: () => SSI_ROWS,
      cases: () => ({ rows: [], offset: 0, total_count: 0, total_persons_located: 0, total_arrest_warrants: 0 }),
      case: () => CASE_INPUT,
    },
  },
];

describe('the history panel on the record pages', () => {
  it.each(PAGES)('reads the history of $name', async ({ kind, id, hash, show, handlers }) => {
    if (hash) {
      window.location.hash = hash;
      route.hash = hash;
    }
    const entry = auditEntry(1, { kind, record_id: id, action: 'insert' });
    const calls = mockBackend({ ...handlers, history: () => [entry] });
    show();
    await fireEvent.click(await screen.findByTestId('history-toggle', {}, { timeout: 3000 }));
    await waitFor(() => expect(screen.getAllByTestId('history-entry')).toHaveLength(1));
    expect(calls.filter((c) => c.cmd === 'history').map((c) => c.args)).toEqual([{ kind, id }]);
  });

  it('forgets a programme link once followed, so the tab opens as usual afterwards', async () => {
    window.location.hash = '#/technical/programme/6';
    route.hash = '#/technical/programme/6';
    mockBackend({ programmes: () => [PROGRAMME], funders: () => [], history: () => [] });
    render(TechnicalScreen);
    expect(await screen.findByTestId('programme-years')).toBeTruthy();
    expect(route.hash).toBe('#/technical');
  });
});
