import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import UndoNotice from '$lib/components/UndoNotice.svelte';
import type { ProgrammeRow } from '$lib/generated/bindings';
import { dismissUndo, undoState } from '$lib/undo.svelte';
import { mockBackend } from '../../test/fixtures';
import ProgrammeYears from './ProgrammeYears.svelte';

const PROGRAMME: ProgrammeRow = {
  id: 4,
  code: 'EU-SAHEL',
  name: 'Sécurité au Sahel',
  kind: 'multilateral',
  budget_cents: 300_000,
  start_date: '2016-01-01',
  end_date: '2017-12-31',
  years: [
    { year: 2016, budget_cents: 150_000, spent_cents: 0, actions: 0 },
    { year: 2017, budget_cents: 150_000, spent_cents: 0, actions: 0 },
  ],
  funders: [],
  countries: [{ alpha2: 'ML', name_fr: 'Mali' }],
  actions: 0,
  spent_cents: 0,
};

afterEach(() => dismissUndo());

describe('ProgrammeYears', () => {
  it('saves a year budget in euros, then offers to undo it and reloads once undone', async () => {
    const calls = mockBackend({ programme_year_budget: () => null, undo: () => ({ rows: 1, batch_id: 2 }) });
    const onchange = vi.fn();
    render(UndoNotice);
    render(ProgrammeYears, { programme: PROGRAMME, onchange });
    await fireEvent.click(screen.getAllByTestId('programme-budget-edit')[1]);
    const input = screen.getByTestId('programme-budget-input');
    await userEvent.clear(input);
    await userEvent.type(input, '2 500,50{Enter}');
    expect((await screen.findByTestId('undo-message')).textContent).toBe('Budget 2017 enregistré.');
    expect(calls.filter((c) => c.cmd === 'programme_year_budget').map((c) => c.args)).toEqual([
      { id: 4, year: 2017, budgetCents: 250_050 },
    ]);
    expect(undoState.offer).toMatchObject({ kind: 'programme', id: 4 });
    expect(onchange).toHaveBeenCalledTimes(1);

    await fireEvent.click(screen.getByTestId('undo-button'));
    await screen.findByTestId('undo-done');
    expect(calls.filter((c) => c.cmd === 'undo').map((c) => c.args)).toEqual([{ kind: 'programme', id: 4 }]);
    expect(onchange).toHaveBeenCalledTimes(2);
  });
});
