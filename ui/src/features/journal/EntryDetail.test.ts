import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AuditEntry, BatchInfo } from '$lib/generated/bindings';
import ConfirmHost from '$lib/components/ConfirmHost.svelte';
import { mockBackend, plain, type Handler } from '../../test/fixtures';
import { auditEntry } from '../../test/journal';
import JournalScreen from './JournalScreen.svelte';
import { resetJournalFilter } from './store.svelte';

const IMPORT: BatchInfo = { id: 12, kind: 'import', kind_label: 'Import', label: 'actions-2016.xlsx', undone: false };

/** An entry written by batch `batch`. */
const inBatch = (id: number, batch: BatchInfo): AuditEntry => auditEntry(id, { batch_id: batch.id, batch });

/** The journal of one import, undone once undo_batch was called (as the core does). */
function backend(extra: Record<string, Handler> = {}) {
  let undone = false;
  return mockBackend({
    journal: () => ({ total: 1, entries: [inBatch(40, { ...IMPORT, undone })] }),
    journal_users: () => [],
    history: () => [],
    undo_batch: () => {
      undone = true;
      return { rows: 37, batch_id: 13 };
    },
    ...extra,
  });
}

async function openEntry(id: number) {
  const row = (await screen.findAllByTestId('journal-row')).find((r) => r.getAttribute('data-id') === String(id))!;
  await fireEvent.click(row);
  return screen.findByTestId('journal-detail');
}

describe('EntryDetail: undoing an import', () => {
  beforeEach(() => resetJournalFilter());

  it('names the batch, and offers the undo only for an import not undone yet', async () => {
    const revert: BatchInfo = { id: 3, kind: 'revert', kind_label: 'Retour à une version', label: '', undone: false };
    mockBackend({
      journal: () => ({
        total: 4,
        entries: [
          inBatch(4, IMPORT),
          inBatch(3, { ...IMPORT, id: 11, label: 'stagiaires.csv', undone: true }),
          inBatch(2, revert),
          auditEntry(1),
        ],
      }),
      journal_users: () => [],
      history: () => [],
    });
    render(JournalScreen);

    await openEntry(4);
    expect(screen.getByTestId('journal-batch').textContent?.trim()).toBe('Import « actions-2016.xlsx »');
    expect(screen.getByTestId('journal-undo-import').textContent?.trim()).toBe('Annuler cet import');
    expect(screen.queryByTestId('journal-import-undone')).toBeNull();

    await openEntry(3);
    await waitFor(() => expect(screen.getByTestId('journal-detail').getAttribute('data-id')).toBe('3'));
    expect(screen.getByTestId('journal-batch').textContent?.trim()).toBe('Import « stagiaires.csv »');
    expect(screen.getByTestId('journal-import-undone').textContent).toBe('Cet import a été annulé.');
    expect(screen.queryByTestId('journal-undo-import')).toBeNull();

    await openEntry(2);
    await waitFor(() => expect(screen.getByTestId('journal-detail').getAttribute('data-id')).toBe('2'));
    expect(screen.getByTestId('journal-batch').textContent?.trim()).toBe('Retour à une version');
    expect(screen.queryByTestId('journal-undo-import')).toBeNull();
    expect(screen.queryByTestId('journal-import-undone')).toBeNull();

    await openEntry(1);
    await waitFor(() => expect(screen.getByTestId('journal-detail').getAttribute('data-id')).toBe('1'));
    expect(screen.queryByTestId('journal-batch')).toBeNull();
    expect(screen.queryByTestId('journal-undo-import')).toBeNull();
  });

  it('asks first, undoes the batch, says how many rows came back and reads the journal again', async () => {
    const calls = backend();
    render(ConfirmHost);
    render(JournalScreen);
    await openEntry(40);

    await fireEvent.click(screen.getByTestId('journal-undo-import'));
    expect(screen.getByTestId('confirm-message').textContent).toBe(
      "Annuler l'import « actions-2016.xlsx » ? Les lignes qu'il a créées seront supprimées et celles qu'il a modifiées retrouveront leurs valeurs. Tout ou rien.",
    );
    expect(screen.getByTestId('confirm-ok').textContent?.trim()).toBe("Annuler l'import");
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(calls.some((c) => c.cmd === 'undo_batch')).toBe(false);

    const reads = calls.filter((c) => c.cmd === 'journal').length;
    await fireEvent.click(screen.getByTestId('journal-undo-import'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    const notice = await screen.findByTestId('journal-undo-done');
    expect(plain(notice.querySelector('li')?.textContent)).toBe('Import annulé : 37 lignes rétablies.');
    expect(calls.filter((c) => c.cmd === 'undo_batch').map((c) => c.args)).toEqual([{ batchId: 12 }]);
    expect(calls.filter((c) => c.cmd === 'journal').length).toBe(reads + 1);
    expect((await screen.findByTestId('journal-import-undone')).textContent).toBe('Cet import a été annulé.');
    expect(screen.queryByTestId('journal-undo-import')).toBeNull();
    expect(screen.queryByTestId('journal-undo-error')).toBeNull();
  });

  it('shows why the core refused, and nothing else changes', async () => {
    const message =
      "Annulation impossible : ces données ont été modifiées depuis. Rien n'a été changé ; consultez l'historique pour rétablir une version.";
    const calls = backend({
      undo_batch: () => {
        throw { code: 'CONFLICT', message, field: null };
      },
    });
    render(ConfirmHost);
    render(JournalScreen);
    await openEntry(40);
    const reads = calls.filter((c) => c.cmd === 'journal').length;

    await fireEvent.click(screen.getByTestId('journal-undo-import'));
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('journal-undo-error')).textContent).toBe(message);
    expect(calls.filter((c) => c.cmd === 'undo_batch').map((c) => c.args)).toEqual([{ batchId: 12 }]);
    expect(calls.filter((c) => c.cmd === 'journal').length).toBe(reads);
    expect(screen.queryByTestId('journal-undo-done')).toBeNull();
    expect(screen.queryByTestId('journal-import-undone')).toBeNull();
    expect((screen.getByTestId('journal-undo-import') as HTMLButtonElement).disabled).toBe(false);
  });
});
