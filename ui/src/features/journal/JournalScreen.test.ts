import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry, JournalFilter } from '$lib/generated/bindings';
import { route } from '$lib/route.svelte';
import { mockBackend, plain, type Handler } from '../../test/fixtures';
import { auditEntry } from '../../test/journal';
import JournalScreen from './JournalScreen.svelte';
import { resetJournalFilter } from './store.svelte';

/** 120 entries, the newest (id 120) first, paged like the core. */
const ALL: AuditEntry[] = Array.from({ length: 120 }, (_, i) => auditEntry(120 - i));

function backend(extra: Record<string, Handler> = {}) {
  return mockBackend({
    journal: ({ offset, limit }) => ({
      total: ALL.length,
      entries: ALL.slice(offset as number, (offset as number) + (limit as number)),
    }),
    journal_users: () => ['agent', 'marie'],
    history: () => [],
    ...extra,
  });
}

type Calls = ReturnType<typeof backend>;
const journalCalls = (calls: Calls) => calls.filter((c) => c.cmd === 'journal');
const lastJournal = (calls: Calls) => journalCalls(calls).at(-1)!.args as { filter: JournalFilter; offset: number };

const EMPTY: JournalFilter = { from: null, to: null, user: null, kind: null, action: null, text: null, batch_id: null };

describe('JournalScreen', () => {
  beforeEach(() => resetJournalFilter());

  it('reads the first page with no filter and says which entries it shows', async () => {
    const calls = backend();
    render(JournalScreen);
    await waitFor(() => expect(screen.getAllByTestId('journal-row')).toHaveLength(50));
    expect(journalCalls(calls)[0].args).toEqual({ filter: EMPTY, offset: 0, limit: 50 });
    expect(plain(screen.getByTestId('journal-total').textContent)).toBe('1–50 sur 120');
    expect(screen.getAllByTestId('journal-row')[0].getAttribute('data-id')).toBe('120');
    const cells = [...screen.getAllByTestId('journal-row')[0].querySelectorAll('td')].map((c) => c.textContent);
    expect(cells.slice(1)).toEqual(['agent', 'Action de coopération technique', '7', 'Modification', 'Intitulé']);
  });

  it('sends the kind, the action, the user and the text as chosen, from the first page', async () => {
    const calls = backend();
    render(JournalScreen);
    await screen.findAllByTestId('journal-row');
    await fireEvent.click(screen.getByTestId('journal-next'));
    await waitFor(() => expect(lastJournal(calls).offset).toBe(50));

    const kind = screen.getByTestId('journal-filter-kind') as HTMLSelectElement;
    expect([...kind.options].some((o) => o.textContent === 'Pays couvert par un SSI')).toBe(true);
    await userEvent.selectOptions(kind, 'ssi');
    await userEvent.selectOptions(screen.getByTestId('journal-filter-action'), 'Suppression');
    await waitFor(() => expect(lastJournal(calls).filter).toEqual({ ...EMPTY, kind: 'ssi', action: 'delete' }));
    expect(lastJournal(calls).offset).toBe(0);

    await waitFor(() => expect(screen.getByTestId('journal-filter-user').querySelectorAll('option')).toHaveLength(3));
    await userEvent.selectOptions(screen.getByTestId('journal-filter-user'), 'marie');
    await userEvent.type(screen.getByTestId('journal-filter-text'), 'Dakar');
    await waitFor(() =>
      expect(lastJournal(calls).filter).toEqual({
        ...EMPTY,
        kind: 'ssi',
        action: 'delete',
        user: 'marie',
        text: 'Dakar',
      }),
    );
  });

  it('pages in the core: Suivant asks for offset 50, Précédent goes back', async () => {
    const calls = backend();
    render(JournalScreen);
    await screen.findAllByTestId('journal-row');
    expect((screen.getByTestId('journal-prev') as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByTestId('journal-next'));
    await waitFor(() => expect(plain(screen.getByTestId('journal-total').textContent)).toBe('51–100 sur 120'));
    expect(lastJournal(calls)).toEqual({ filter: EMPTY, offset: 50, limit: 50 });
    await fireEvent.click(screen.getByTestId('journal-next'));
    await waitFor(() => expect(screen.getAllByTestId('journal-row')).toHaveLength(20));
    expect((screen.getByTestId('journal-next') as HTMLButtonElement).disabled).toBe(true);
    await fireEvent.click(screen.getByTestId('journal-prev'));
    await waitFor(() => expect(lastJournal(calls).offset).toBe(50));
  });

  it('opens an entry with Enter and shows each field formatted; Escape closes it', async () => {
    const entry = auditEntry(500, {
      action: 'update',
      changes: [
        { field: 'title', label: 'Intitulé', before: '"Formation"', after: '"Stage tactique"' },
        { field: 'beneficiary', label: 'Bénéficiaire', before: null, after: '"Police"' },
        { field: 'cost_cents', label: 'Coût (centimes)', before: '150000', after: '250050' },
        { field: 'start_date', label: 'Date de début', before: '"2016-03-01"', after: '"2016-04-15"' },
      ],
    });
    backend({ journal: () => ({ total: 1, entries: [entry] }) });
    render(JournalScreen);
    const row = await screen.findByTestId('journal-row');
    expect(row.textContent).toContain('4 champs');
    row.focus();
    await fireEvent.keyDown(row, { key: 'Enter' });
    const detail = await screen.findByTestId('journal-detail');
    expect(detail.getAttribute('data-id')).toBe('500');
    const value = (field: string, side: 'before' | 'after') =>
      plain(
        screen
          .getAllByTestId('journal-change')
          .find((r) => r.getAttribute('data-field') === field)!
          .querySelector(`[data-testid="journal-change-${side}"]`)!.textContent,
      );
    expect(value('title', 'before')).toBe('Formation');
    expect(value('title', 'after')).toBe('Stage tactique');
    expect(value('beneficiary', 'before')).toBe('—');
    expect(value('cost_cents', 'after')).toBe('2 500,50 €');
    expect(value('start_date', 'after')).toBe('15/04/2016');

    await fireEvent.keyDown(detail, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('journal-detail')).toBeNull());
    expect(document.activeElement).toBe(screen.getByTestId('journal-row'));
  });

  it('offers to open a record that still exists, through the app’s routing', async () => {
    const ssi = auditEntry(9, { kind: 'ssi', kind_label: 'SSI', record_id: 3, action: 'insert' });
    const gone = auditEntry(8, { kind: 'trainee', kind_label: 'Stagiaire', record_id: 4, action: 'delete' });
    const calls = backend({
      journal: () => ({ total: 2, entries: [ssi, gone] }),
      history: ({ kind }) => (kind === 'ssi' ? [ssi] : [{ ...gone, action: 'insert' }, gone]),
    });
    render(JournalScreen);
    const [first, second] = await screen.findAllByTestId('journal-row');

    await fireEvent.click(second);
    await waitFor(() => expect(calls.some((c) => c.cmd === 'history' && c.args.kind === 'trainee')).toBe(true));
    expect(screen.queryByTestId('journal-open-record')).toBeNull();

    await fireEvent.click(first);
    const link = await screen.findByTestId('journal-open-record');
    expect(calls.filter((c) => c.cmd === 'history').at(-1)?.args).toEqual({ kind: 'ssi', id: 3 });
    await fireEvent.click(link);
    expect(route.hash).toBe('#/ssi/3');
  });

  it('shows a failure of the core in the error banner', async () => {
    backend({
      journal: () => {
        throw { code: 'INVALID_INPUT', message: 'Nature d’enregistrement inconnue : x.', field: 'kind' };
      },
    });
    render(JournalScreen);
    expect((await screen.findByTestId('error-message')).textContent).toBe('Nature d’enregistrement inconnue : x.');
    expect(screen.getByTestId('error-banner').getAttribute('data-code')).toBe('INVALID_INPUT');
  });
});
