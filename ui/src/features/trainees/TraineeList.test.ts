import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import UndoNotice from '$lib/components/UndoNotice.svelte';
import { dismissUndo, undoState } from '$lib/undo.svelte';
import { coursesBackend } from '../../test/courses';
import { mockBackend } from '../../test/fixtures';
import TraineeList from './TraineeList.svelte';

afterEach(() => dismissUndo());

describe('TraineeList — undo', () => {
  it('offers to undo a new trainee under its new id, keeping the warnings, and reloads once undone', async () => {
    const calls = mockBackend(
      coursesBackend({
        trainee_duplicates: () => [],
        trainee_create: () => ({ id: 12, warnings: ['Un stagiaire du même nom existe déjà.'] }),
        undo: () => ({ rows: 1, batch_id: 2 }),
      }),
    );
    render(UndoNotice);
    render(TraineeList);
    await fireEvent.click(screen.getByTestId('trainee-new'));
    await userEvent.type(await screen.findByTestId('trainee-last_name'), 'DIOP');
    await userEvent.type(screen.getByTestId('trainee-state-input'), 'Sén');
    await fireEvent.mouseDown(await screen.findByText('Sénégal'));
    await fireEvent.click(screen.getByTestId('trainee-save'));

    await waitFor(() => expect(undoState.offer).toMatchObject({ kind: 'trainee', id: 12 }));
    expect(screen.getByTestId('undo-message').textContent).toBe('Stagiaire enregistré.');
    expect(screen.getByTestId('trainee-notice').textContent).toContain('Un stagiaire du même nom existe déjà.');

    const lists = () => calls.filter((c) => c.cmd === 'trainees').length;
    await waitFor(() => expect(lists()).toBe(2));
    await fireEvent.click(screen.getByTestId('undo-button'));
    await screen.findByTestId('undo-done');
    expect(calls.filter((c) => c.cmd === 'undo').map((c) => c.args)).toEqual([{ kind: 'trainee', id: 12 }]);
    await waitFor(() => expect(lists()).toBe(3));
  });
});
