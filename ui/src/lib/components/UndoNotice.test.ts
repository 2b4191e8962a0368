import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { mockBackend } from '../../test/fixtures';
import { dismissUndo, isUndoKey, offerUndo } from '$lib/undo.svelte';
import UndoNotice from './UndoNotice.svelte';

afterEach(() => dismissUndo());

describe('UndoNotice', () => {
  it('undoes the offered write with its button, then says so and reloads the screen', async () => {
    const calls = mockBackend({ undo: () => ({ rows: 1, batch_id: 9 }) });
    let reloaded = 0;
    render(UndoNotice);
    offerUndo({ kind: 'technical_action', id: 42, message: 'Action enregistrée.', onundone: () => reloaded++ });
    expect((await screen.findByTestId('undo-message')).textContent).toBe('Action enregistrée.');
    await fireEvent.click(screen.getByTestId('undo-button'));
    expect((await screen.findByTestId('undo-done')).textContent).toBe('Modification annulée.');
    expect(calls).toEqual([{ cmd: 'undo', args: { kind: 'technical_action', id: 42 } }]);
    expect(reloaded).toBe(1);
    expect(screen.queryByTestId('undo-button')).toBeNull();
  });

  it('takes Ctrl+Z outside text fields only, and shows the core refusal without reloading', async () => {
    const calls = mockBackend({
      undo: () => {
        throw { code: 'YEAR_CLOSED', message: "L'année 2016 est clôturée.", field: null };
      },
    });
    let reloaded = 0;
    render(UndoNotice);
    offerUndo({ kind: 'operational_case', id: 3, message: 'Affaire supprimée.', onundone: () => reloaded++ });
    await screen.findByTestId('undo-button');
    const input = document.createElement('input');
    document.body.append(input);
    await fireEvent.keyDown(input, { key: 'z', ctrlKey: true });
    expect(calls).toEqual([]);
    await fireEvent.keyDown(window, { key: 'z', ctrlKey: true });
    await waitFor(() => expect(screen.getByTestId('undo-error').textContent).toBe("L'année 2016 est clôturée."));
    expect(calls.map((c) => c.cmd)).toEqual(['undo']);
    expect(reloaded).toBe(0);
    input.remove();
  });

  it('recognises Ctrl+Z and Cmd+Z, not Ctrl+Shift+Z', () => {
    const target = document.body;
    expect(isUndoKey({ ctrlKey: true, metaKey: false, altKey: false, shiftKey: false, key: 'z', target })).toBe(true);
    expect(isUndoKey({ ctrlKey: false, metaKey: true, altKey: false, shiftKey: false, key: 'Z', target })).toBe(true);
    expect(isUndoKey({ ctrlKey: true, metaKey: false, altKey: false, shiftKey: true, key: 'z', target })).toBe(false);
    expect(isUndoKey({ ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, key: 'z', target })).toBe(false);
  });
});
