import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ConfirmHost from '$lib/components/ConfirmHost.svelte';
import type { InactiveTrainee } from '$lib/generated/bindings';
import { mockBackend, plain, type Handler } from '../../test/fixtures';
import PrivacyReview from './PrivacyReview.svelte';
import SettingsScreen from './SettingsScreen.svelte';

const ROWS: InactiveTrainee[] = [
  { id: 7, name: 'Moussa KANE', country_name: 'Mali', last_activity: '2005-06-30', enrolments: 2 },
  { id: 9, name: 'Ines BARRY', country_name: 'Guinée', last_activity: null, enrolments: 0 },
];

type Calls = Array<{ cmd: string; args: Record<string, unknown> }>;
const of = (calls: Calls, cmd: string) => calls.filter((c) => c.cmd === cmd).map((c) => c.args);
const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => plain(td.textContent));

function show(extra: Record<string, Handler> = {}) {
  const calls = mockBackend({ review_years: () => 10, review_list: () => ROWS, ...extra });
  render(ConfirmHost);
  render(PrivacyReview);
  return calls;
}

describe('PrivacyReview', () => {
  it('lists the inactive trainees with their last activity, and counts them', async () => {
    show();
    const rows = await screen.findAllByTestId('review-row');
    expect(rows.map(cells)).toEqual([
      ['Moussa KANE', 'Mali', '30/06/2005', '2', 'Effacer'],
      ['Ines BARRY', 'Guinée', 'jamais inscrit', '0', 'Effacer'],
    ]);
    expect(within(rows[0]).getByTestId('review-erase').getAttribute('aria-label')).toBe(
      "Effacer l'identité de Moussa KANE…",
    );
    expect(await screen.findByTestId('review-count')).toHaveProperty(
      'textContent',
      expect.stringContaining('2 stagiaires sans activité depuis 10 ans'),
    );
    expect(screen.getByTestId('review-years')).toHaveProperty('value', '10');
    expect(screen.queryByTestId('review-more')).toBeNull();
  });

  it('says so when no trainee is inactive', async () => {
    show({ review_years: () => 1, review_list: () => [] });
    expect(plain((await screen.findByTestId('review-count')).textContent)).toBe(
      'Aucun stagiaire sans activité depuis 1 an.',
    );
    expect(screen.queryByTestId('review-row')).toBeNull();
  });

  it('draws the first 200 rows of a long list and says how many more there are', async () => {
    const many = Array.from({ length: 250 }, (_, i) => ({ ...ROWS[1], id: 100 + i, name: `Stagiaire ${i}` }));
    show({ review_list: () => many });
    expect(await screen.findAllByTestId('review-row')).toHaveLength(200);
    expect(plain(screen.getByTestId('review-count').textContent)).toBe('250 stagiaires sans activité depuis 10 ans');
    expect(plain(screen.getByTestId('review-more').textContent)).toContain('… et 50 autres stagiaires, non affichés');
  });

  it('saves the period, then lists again', async () => {
    let years = 10;
    const calls = show({
      review_years: () => years,
      set_review_years: ({ years: y }) => {
        years = y as number;
        return null;
      },
    });
    const input = await screen.findByTestId('review-years');
    await waitFor(() => expect(input).toHaveProperty('value', '10'));
    await userEvent.clear(input);
    await userEvent.type(input, '5');
    await fireEvent.click(screen.getByTestId('review-years-save'));

    await waitFor(() => expect(of(calls, 'review_list')).toHaveLength(2));
    expect(of(calls, 'set_review_years')).toEqual([{ years: 5 }]);
    await waitFor(() =>
      expect(plain(screen.getByTestId('review-count').textContent)).toBe('2 stagiaires sans activité depuis 5 ans'),
    );
    expect(screen.getByTestId('review-notice').textContent).toContain('Durée de revue enregistrée : 5 ans.');
    expect(screen.queryByTestId('review-years-error')).toBeNull();
  });

  it("shows the core's refusal of the period at the field", async () => {
    const refusal = 'Durée de revue invalide : 60 (de 1 à 50 ans).';
    const calls = show({
      set_review_years: () => {
        throw { code: 'INVALID_INPUT', message: refusal, field: 'years' };
      },
    });
    const input = await screen.findByTestId('review-years');
    await waitFor(() => expect(input).toHaveProperty('value', '10'));
    await userEvent.clear(input);
    await userEvent.type(input, '60');
    await fireEvent.click(screen.getByTestId('review-years-save'));

    expect(await screen.findByTestId('review-years-error')).toHaveProperty('textContent', refusal);
    expect(of(calls, 'set_review_years')).toEqual([{ years: 60 }]);
    expect(of(calls, 'review_list')).toHaveLength(1);
    expect(plain(screen.getByTestId('review-count').textContent)).toContain('depuis 10 ans');
    expect(screen.queryByTestId('review-notice')).toBeNull();
  });

  it('refuses an empty period without asking the core', async () => {
    const calls = show({ set_review_years: () => null });
    const input = await screen.findByTestId('review-years');
    await waitFor(() => expect(input).toHaveProperty('value', '10'));
    await userEvent.clear(input);
    await fireEvent.click(screen.getByTestId('review-years-save'));
    expect((await screen.findByTestId('review-years-error')).textContent).toBe(
      "Indiquez un nombre entier d'années, de 1 à 50.",
    );
    expect(of(calls, 'set_review_years')).toEqual([]);
  });

  it('erases a trainee of the list once confirmed, then lists again; cancelling erases nothing', async () => {
    let list = [...ROWS];
    const calls = show({
      review_list: () => list,
      trainee_erase: ({ id }) => {
        list = list.filter((r) => r.id !== id);
        return { id, enrolments: 2, journal_entries: 1 };
      },
    });
    const rows = await screen.findAllByTestId('review-row');

    await fireEvent.click(within(rows[0]).getByTestId('review-erase'));
    expect(plain((await screen.findByTestId('confirm-message')).textContent)).toContain(
      "Effacer définitivement l'identité de Moussa KANE ? Son nom, son prénom, son grade et ses langues",
    );
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(of(calls, 'trainee_erase')).toEqual([]);
    await waitFor(() => expect(within(rows[0]).getByTestId('review-erase')).toHaveProperty('disabled', false));

    await fireEvent.click(within(rows[0]).getByTestId('review-erase'));
    expect(screen.getByTestId('confirm-ok').textContent?.trim()).toBe('Effacer définitivement');
    await fireEvent.click(screen.getByTestId('confirm-ok'));

    await waitFor(() => expect(screen.getAllByTestId('review-row')).toHaveLength(1));
    expect(of(calls, 'trainee_erase')).toEqual([{ id: 7 }]);
    expect(of(calls, 'review_list')).toHaveLength(2);
    expect(cells(screen.getAllByTestId('review-row')[0])[0]).toBe('Ines BARRY');
    expect(screen.getByTestId('review-notice').textContent).toContain(
      'Identité effacée ; 2 inscriptions conservées anonymes.',
    );
    expect(plain(screen.getByTestId('review-count').textContent)).toBe('1 stagiaire sans activité depuis 10 ans');
  });

  it('is a section of the settings screen', async () => {
    mockBackend({
      database_info: () => ({
        path: '/d/coopdesk.sqlite',
        backup_dir: '/d/backups',
        schema_version: 16,
        latest_version: 16,
      }),
      backups: () => [],
      review_years: () => 10,
      review_list: () => ROWS,
      certificate_public_key: () => ({ fingerprint: '0123456789abcdef', hex: '0123456789abcdef', pem: '' }),
    });
    render(SettingsScreen);
    const section = await screen.findByTestId('settings-privacy');
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('Données personnelles — revue');
    expect(await within(section).findAllByTestId('review-row')).toHaveLength(2);
  });
});
