import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import ConfirmHost from '$lib/components/ConfirmHost.svelte';
import UndoNotice from '$lib/components/UndoNotice.svelte';
import type { RefEntry } from '$lib/generated/bindings';
import { dismissUndo, undoState } from '$lib/undo.svelte';
import { mockBackend } from '../../test/fixtures';
import RefListEditor from './RefListEditor.svelte';

afterEach(() => dismissUndo());

describe('RefListEditor', () => {
  it("offers to undo an added, a renamed and a deleted entry, under the list's table", async () => {
    let rows: RefEntry[] = [{ id: 1, code: 'training', name_fr: 'Formation', name_en: 'Training' }];
    const calls = mockBackend({
      references: () => rows,
      reference_create: () => {
        rows = [...rows, { id: 9, code: 'audit', name_fr: 'Audit', name_en: 'Audit' }];
        return 9;
      },
      reference_rename: () => null,
      reference_delete: () => {
        rows = rows.filter((r) => r.id !== 9);
        return null;
      },
      undo: () => ({ rows: 1, batch_id: 5 }),
    });
    render(ConfirmHost);
    render(UndoNotice);
    render(RefListEditor, { list: 'action_kind' });
    await screen.findAllByTestId('ref-row');

    await userEvent.type(screen.getByTestId('ref-add-fr'), 'Audit');
    await fireEvent.click(screen.getByTestId('ref-add'));
    expect((await screen.findByTestId('undo-message')).textContent).toBe('« Audit » ajouté à la liste.');
    expect(undoState.offer).toMatchObject({ kind: 'action_kind', id: 9 });
    // No internal code on screen nor asked: the core makes it from the French name.
    expect(calls.find((c) => c.cmd === 'reference_create')?.args).toMatchObject({ code: '', nameFr: 'Audit' });
    expect(screen.queryByText('training')).toBeNull();
    expect(screen.getByText('Formation').getAttribute('title')).toBe('Code interne : training');

    await waitFor(() => expect(screen.getAllByTestId('ref-row')).toHaveLength(2));
    await fireEvent.click(screen.getAllByTestId('ref-rename')[0]);
    const name = screen.getByTestId('ref-edit-fr');
    await userEvent.clear(name);
    await userEvent.type(name, 'Formation initiale{Enter}');
    await waitFor(() => expect(screen.getByTestId('undo-message').textContent).toBe('« Formation initiale » renommé.'));
    expect(undoState.offer).toMatchObject({ kind: 'action_kind', id: 1 });

    await fireEvent.click(screen.getAllByTestId('ref-delete')[1]);
    await fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('undo-message').textContent).toBe('« Audit » supprimé de la liste.'));
    await fireEvent.click(screen.getByTestId('undo-button'));
    await screen.findByTestId('undo-done');
    expect(calls.filter((c) => c.cmd === 'undo').map((c) => c.args)).toEqual([{ kind: 'action_kind', id: 9 }]);
  });
});
