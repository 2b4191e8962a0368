import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import ConfirmHost from '$lib/components/ConfirmHost.svelte';
import UndoNotice from '$lib/components/UndoNotice.svelte';
import type { SsiDetail } from '$lib/generated/bindings';
import { dismissUndo, undoState } from '$lib/undo.svelte';
import { mockBackend, type Handler } from '../../test/fixtures';
import PostingsPanel from './PostingsPanel.svelte';

const DETAIL: SsiDetail = {
  id: 1,
  code: 'DAK',
  city: 'Dakar',
  residence_country: { alpha2: 'SN', name_fr: 'Sénégal' },
  opened_on: '2008-01-01',
  closed_on: null,
  coverage: [],
  postings: [
    {
      id: 5,
      agent_id: 8,
      agent: 'Paul MARTIN',
      force: 'gendarmerie',
      grade: 'Commandant',
      ssi_id: 1,
      ssi_code: 'DAK',
      role: 'attache',
      specialty: null,
      start_date: '2014-09-01',
      end_date: null,
    },
  ],
  years: [],
};

function show(handlers: Record<string, Handler>) {
  const calls = mockBackend({ references: () => [], ...handlers });
  const onchange = vi.fn();
  render(ConfirmHost);
  render(UndoNotice);
  render(PostingsPanel, { detail: DETAIL, onchange });
  return { calls, onchange };
}

afterEach(() => dismissUndo());

describe('PostingsPanel — undo', () => {
  it('offers to undo a new posting under the id the core gave it', async () => {
    const { onchange } = show({ agent_create: () => 30, posting_create: () => 77 });
    await fireEvent.click(screen.getByTestId('posting-new'));
    await fireEvent.click(await screen.findByTestId('posting-mode-new'));
    await userEvent.type(screen.getByTestId('posting-last-name'), 'DURAND');
    await userEvent.type(screen.getByTestId('posting-first-name'), 'Léa');
    await fireEvent.click(screen.getByTestId('posting-save'));

    await waitFor(() => expect(undoState.offer).toMatchObject({ kind: 'posting', id: 77 }));
    expect(screen.getByTestId('undo-message').textContent).toBe('Affectation enregistrée.');
    expect(onchange).toHaveBeenCalledTimes(1);
  });

  it('offers to undo the end of a posting', async () => {
    show({ posting_end: () => null });
    await fireEvent.click(screen.getByTestId('posting-end'));
    await fireEvent.click(screen.getByTestId('posting-end-ok'));

    await waitFor(() => expect(undoState.offer).toMatchObject({ kind: 'posting', id: 5 }));
    expect(screen.getByTestId('undo-message').textContent).toBe("Fin d'affectation enregistrée.");
  });

  it('offers to undo a deletion, and reloads the SSI once undone', async () => {
    const { calls, onchange } = show({ posting_delete: () => 1, undo: () => ({ rows: 1, batch_id: 3 }) });
    await fireEvent.click(screen.getByTestId('posting-delete'));
    await fireEvent.click(await screen.findByTestId('confirm-ok'));

    expect((await screen.findByTestId('undo-message')).textContent).toBe('Affectation supprimée.');
    expect(undoState.offer).toMatchObject({ kind: 'posting', id: 5 });
    expect(onchange).toHaveBeenCalledTimes(1);
    await fireEvent.click(screen.getByTestId('undo-button'));
    await screen.findByTestId('undo-done');
    expect(calls.filter((c) => c.cmd === 'undo').map((c) => c.args)).toEqual([{ kind: 'posting', id: 5 }]);
    expect(onchange).toHaveBeenCalledTimes(2);
  });
});
