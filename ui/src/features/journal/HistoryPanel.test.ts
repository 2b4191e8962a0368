import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { mockBackend, plain } from '../../test/fixtures';
import { auditEntry } from '../../test/journal';
import ConfirmHost from '$lib/components/ConfirmHost.svelte';
import HistoryPanel from './HistoryPanel.svelte';

const CREATED = auditEntry(1, {
  kind: 'ssi',
  kind_label: 'SSI',
  record_id: 3,
  action: 'insert',
  at: '2026-01-10T08:00:00.000Z',
  changes: [
    { field: 'code', label: 'Code', before: null, after: '"DKR"' },
    { field: 'opened_on', label: 'Ouvert le', before: null, after: '"2008-01-01"' },
  ],
});
const COVERED = auditEntry(2, {
  kind: 'ssi_coverage',
  kind_label: 'Pays couvert par un SSI',
  record_id: 40,
  parent_kind: 'ssi',
  parent_id: 3,
  action: 'insert',
  changes: [
    { field: 'country', label: 'Pays', before: null, after: '"ML"', after_text: 'Mali' },
    { field: 'ssi_id', label: 'SSI', before: null, after: '3', after_text: 'DKR (Dakar)' },
  ],
});
const CLOSED = auditEntry(3, {
  kind: 'ssi',
  kind_label: 'SSI',
  record_id: 3,
  action: 'update',
  user: 'marie',
  changes: [{ field: 'closed_on', label: 'Fermé le', before: 'null', after: '"2016-06-30"' }],
});

describe('HistoryPanel', () => {
  it('is closed until asked, then reads the history of its record and lists it newest first', async () => {
    const calls = mockBackend({ history: () => [CREATED, COVERED, CLOSED] });
    render(HistoryPanel, { kind: 'ssi', id: 3 });
    expect(screen.queryByTestId('history-panel')).toBeNull();
    expect(calls).toHaveLength(0);

    const toggle = screen.getByTestId('history-toggle');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    await fireEvent.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    await waitFor(() => expect(screen.getAllByTestId('history-entry')).toHaveLength(3));
    expect(calls).toEqual([{ cmd: 'history', args: { kind: 'ssi', id: 3 } }]);

    const entries = screen.getAllByTestId('history-entry');
    expect(entries.map((e) => e.getAttribute('data-action'))).toEqual(['update', 'insert', 'insert']);
    expect(entries[0].textContent).toContain('marie');
    expect(entries[0].textContent).toContain('Modification');
    expect(entries[1].querySelector('[data-testid="history-kind"]')?.textContent).toBe('Pays couvert par un SSI');
    expect(entries[2].querySelector('[data-testid="history-kind"]')).toBeNull();

    const closed = entries[0].querySelector('[data-testid="history-change"][data-field="closed_on"]')!;
    expect(plain(closed.querySelector('[data-testid="history-change-before"]')?.textContent)).toBe('—');
    expect(plain(closed.querySelector('[data-testid="history-change-after"]')?.textContent)).toBe('30/06/2016');
    // Codes and ids read as the core names them.
    const after = (entry: Element, field: string) =>
      plain(
        entry.querySelector(
          `[data-testid="history-change"][data-field="${field}"] [data-testid="history-change-after"]`,
        )?.textContent,
      );
    expect(after(entries[1], 'country')).toBe('Mali');
    expect(after(entries[1], 'ssi_id')).toBe('DKR (Dakar)');
    const code = entries[2].querySelector('[data-testid="history-change"][data-field="code"]')!;
    expect(plain(code.querySelector('[data-testid="history-change-after"]')?.textContent)).toBe('DKR');

    await fireEvent.click(toggle);
    expect(screen.queryByTestId('history-panel')).toBeNull();
  });

  it('says when there is nothing yet', async () => {
    mockBackend({ history: () => [] });
    render(HistoryPanel, { kind: 'trainee', id: 1 });
    await fireEvent.click(screen.getByTestId('history-toggle'));
    expect((await screen.findByTestId('history-panel')).textContent).toContain('Aucune modification enregistrée.');
  });

  it('shows a failure in the error banner', async () => {
    mockBackend({
      history: () => {
        throw { code: 'INVALID_INPUT', message: 'Nature d’enregistrement inconnue : bidule.', field: 'kind' };
      },
    });
    render(HistoryPanel, { kind: 'bidule', id: 1 });
    await fireEvent.click(screen.getByTestId('history-toggle'));
    expect((await screen.findByTestId('error-message')).textContent).toBe('Nature d’enregistrement inconnue : bidule.');
  });

  it('puts a technical action back to an earlier version once the user confirmed', async () => {
    const first = auditEntry(10, { action: 'insert', changes: [] });
    const second = auditEntry(11);
    let reverted = 0;
    const calls = mockBackend({ history: () => [first, second], revert: () => 'restored' });
    render(ConfirmHost);
    render(HistoryPanel, { kind: 'technical_action', id: 7, onreverted: () => reverted++ });
    await fireEvent.click(screen.getByTestId('history-toggle'));
    await waitFor(() => expect(screen.getAllByTestId('history-entry')).toHaveLength(2));
    // The newest version is the current one: only the older one can be put back.
    const buttons = screen.getAllByTestId('history-revert');
    expect(buttons.map((b) => b.getAttribute('data-entry'))).toEqual(['10']);

    await fireEvent.click(buttons[0]);
    expect(screen.getByTestId('confirm-message').textContent).toContain('Rétablir l');
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    await waitFor(() => expect(calls.filter((c) => c.cmd === 'revert')).toHaveLength(0));

    await fireEvent.click(screen.getAllByTestId('history-revert')[0]);
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() => expect(reverted).toBe(1));
    expect(calls.filter((c) => c.cmd === 'revert').map((c) => c.args)).toEqual([
      { kind: 'technical_action', id: 7, entry: 10 },
    ]);
  });

  it('says why a version cannot come back', async () => {
    mockBackend({
      history: () => [auditEntry(10, { action: 'insert' }), auditEntry(11)],
      revert: () => {
        throw {
          code: 'INVALID_INPUT',
          message: 'Cette version ne peut pas être rétablie : type introuvable.',
          field: 'kind_id',
        };
      },
    });
    render(ConfirmHost);
    render(HistoryPanel, { kind: 'technical_action', id: 7 });
    await fireEvent.click(screen.getByTestId('history-toggle'));
    await fireEvent.click((await screen.findAllByTestId('history-revert'))[0]);
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('history-revert-error')).textContent).toBe(
      'Cette version ne peut pas être rétablie : type introuvable.',
    );
  });

  it('puts an SSI back as it was after a change of its coverage, a link entry', async () => {
    const uncovered = auditEntry(4, {
      kind: 'ssi_coverage',
      kind_label: 'Pays couvert par un SSI',
      record_id: null,
      parent_kind: 'ssi',
      parent_id: 3,
      action: 'delete',
      changes: [{ field: 'country', label: 'Pays', before: '"ML"', after: null }],
    });
    const calls = mockBackend({ history: () => [CREATED, COVERED, CLOSED, uncovered], revert: () => 'restored' });
    render(ConfirmHost);
    render(HistoryPanel, { kind: 'ssi', id: 3 });
    await fireEvent.click(screen.getByTestId('history-toggle'));
    await waitFor(() => expect(screen.getAllByTestId('history-entry')).toHaveLength(4));
    const buttons = screen.getAllByTestId('history-revert');
    // Every version but the newest (the current one), the coverage entries included.
    expect(buttons.map((b) => b.getAttribute('data-entry'))).toEqual(['3', '2', '1']);
    expect(buttons.every((b) => b.textContent?.includes('Rétablir cette version'))).toBe(true);
    await fireEvent.click(buttons[1]);
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    await waitFor(() =>
      expect(calls.filter((c) => c.cmd === 'revert').map((c) => c.args)).toEqual([{ kind: 'ssi', id: 3, entry: 2 }]),
    );
  });

  it("offers no revert on the entries of records of their own (a session's enrolments)", async () => {
    const session = auditEntry(20, { kind: 'session', kind_label: 'Session', record_id: 5, action: 'insert' });
    const enrolment = auditEntry(21, {
      kind: 'enrolment',
      kind_label: 'Inscription',
      record_id: 9,
      parent_kind: 'session',
      parent_id: 5,
      action: 'insert',
    });
    const edited = auditEntry(22, { kind: 'session', kind_label: 'Session', record_id: 5 });
    mockBackend({ history: () => [session, enrolment, edited] });
    render(HistoryPanel, { kind: 'session', id: 5 });
    await fireEvent.click(screen.getByTestId('history-toggle'));
    await waitFor(() => expect(screen.getAllByTestId('history-entry')).toHaveLength(3));
    expect(screen.getAllByTestId('history-revert').map((b) => b.getAttribute('data-entry'))).toEqual(['20']);
  });
});
