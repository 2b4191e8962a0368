import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import ConfirmHost from '$lib/components/ConfirmHost.svelte';
import UndoNotice from '$lib/components/UndoNotice.svelte';
import { dismissUndo } from '$lib/undo.svelte';
import { actionsBackend } from '../../test/backend';
import { mockBackend, plain } from '../../test/fixtures';
import ActionsView from './ActionsView.svelte';
import { resetFilter } from './store.svelte';

describe('ActionsView', () => {
  it('shows the totals of the filtered set and renders only a window of a long list', async () => {
    resetFilter();
    const calls = mockBackend(actionsBackend(50000));
    render(ActionsView);
    expect(plain((await screen.findByTestId('actions-total-count')).textContent)).toBe('50 000');
    expect(plain(screen.getByTestId('actions-total-cost').textContent)).toBe('75 000 000,00 €');
    await waitFor(() => expect(screen.getAllByTestId('action-row').length).toBeGreaterThan(0));
    expect(screen.getAllByTestId('action-row').length).toBeLessThan(100);
    const pages = calls.filter((c) => c.cmd === 'actions');
    expect(pages.every((c) => (c.args.limit as number) <= 200)).toBe(true);
  });

  it('maps a core error to its field, saves nothing, and asks before dropping changes', async () => {
    resetFilter();
    const created: unknown[] = [];
    mockBackend(
      actionsBackend(0, {
        action_create: ({ input }) => {
          const i = input as { participants: number };
          if (i.participants < 0) {
            throw {
              code: 'INVALID_INPUT',
              message: 'La valeur ne peut pas être négative (-3).',
              field: 'participants',
            };
          }
          created.push(input);
          return { id: 9, warnings: ['Mali hors zone'] };
        },
      }),
    );
    render(ConfirmHost);
    render(UndoNotice);
    render(ActionsView);
    await fireEvent.click(await screen.findByTestId('action-new'));
    const reference = await screen.findByTestId('form-reference');
    await userEvent.type(reference, 'TA-NEW');
    await userEvent.type(screen.getByTestId('form-title'), 'Stage');
    const participants = screen.getByTestId('form-participants');
    await userEvent.clear(participants);
    await userEvent.type(participants, '-3');
    await fireEvent.click(screen.getByTestId('action-save'));
    expect((await screen.findByTestId('field-error-participants')).textContent).toBe(
      'La valeur ne peut pas être négative (-3).',
    );
    expect(created).toHaveLength(0);

    await fireEvent.click(screen.getByTestId('form-cancel'));
    expect((await screen.findByTestId('confirm-message')).textContent).toContain('Les abandonner');
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(screen.getByTestId('form-reference')).toBeTruthy();

    await userEvent.clear(participants);
    await userEvent.type(participants, '12');
    await fireEvent.click(screen.getByTestId('action-save'));
    await waitFor(() => expect(created).toHaveLength(1));
    expect(await screen.findByText('Mali hors zone')).toBeTruthy();
    expect(screen.queryByTestId('form-reference')).toBeNull();
    // What was saved, with « Annuler ».
    expect((await screen.findByTestId('undo-message')).textContent).toBe('Action TA-NEW enregistrée.');
    dismissUndo();
  });
});
