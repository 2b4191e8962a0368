import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import ConfirmHost from '$lib/components/ConfirmHost.svelte';
import UndoNotice from '$lib/components/UndoNotice.svelte';
import { dismissUndo, undoState } from '$lib/undo.svelte';
import type { SsiDetail } from '$lib/generated/bindings';
import { COUNTRIES } from '../../test/backend';
import { mockBackend } from '../../test/fixtures';
import CoverageEditor from './CoverageEditor.svelte';

const DETAIL: SsiDetail = {
  id: 1,
  code: 'DAK',
  city: 'Dakar',
  residence_country: { alpha2: 'SN', name_fr: 'Sénégal' },
  opened_on: '2008-01-01',
  closed_on: null,
  coverage: [{ alpha2: 'SN', name_fr: 'Sénégal' }],
  postings: [],
  years: [],
};

afterEach(() => dismissUndo());

describe('CoverageEditor', () => {
  it('adds a country chosen by type-ahead and shows the refusal naming the other SSI', async () => {
    let detail = DETAIL;
    mockBackend({
      countries: () => COUNTRIES,
      ssi_add_coverage: ({ country }) => {
        if (country === 'MA')
          throw { code: 'CONFLICT', message: 'Maroc est déjà couvert par le SSI RBA (Rabat).', field: 'country' };
        detail = { ...detail, coverage: [...detail.coverage, { alpha2: 'ML', name_fr: 'Mali' }] };
        return detail;
      },
    });
    const view = render(CoverageEditor, { detail, onchange: (d: SsiDetail) => view.rerender({ detail: d }) });

    const input = screen.getByTestId('coverage-input');
    await userEvent.type(input, 'mal');
    const options = await screen.findAllByTestId('coverage-option');
    expect(options.map((o) => o.getAttribute('data-code'))).toEqual(['ML']);
    await userEvent.keyboard('{Enter}');
    await fireEvent.click(screen.getByTestId('coverage-add'));
    expect(await screen.findByText('Mali')).toBeTruthy();
    expect(screen.getAllByTestId('coverage-item')).toHaveLength(2);

    await userEvent.type(input, 'maroc');
    await userEvent.keyboard('{Enter}');
    await fireEvent.click(screen.getByTestId('coverage-add'));
    expect((await screen.findByTestId('coverage-error')).textContent).toContain('SSI RBA');
    expect(screen.getAllByTestId('coverage-item')).toHaveLength(2);
  });

  it('offers to undo an added or a removed country, and reads the SSI again once undone', async () => {
    const covered: SsiDetail = { ...DETAIL, coverage: [...DETAIL.coverage, { alpha2: 'ML', name_fr: 'Mali' }] };
    const calls = mockBackend({
      countries: () => COUNTRIES,
      ssi_add_coverage: () => covered,
      ssi_remove_coverage: () => DETAIL,
      ssi_detail: () => DETAIL,
      undo: () => ({ rows: 1, batch_id: 4 }),
    });
    const shown: SsiDetail[] = [];
    render(ConfirmHost);
    render(UndoNotice);
    const view = render(CoverageEditor, {
      detail: DETAIL,
      onchange: (d: SsiDetail) => {
        shown.push(d);
        view.rerender({ detail: d });
      },
    });
    await userEvent.type(screen.getByTestId('coverage-input'), 'mal');
    await screen.findAllByTestId('coverage-option');
    await userEvent.keyboard('{Enter}');
    await fireEvent.click(screen.getByTestId('coverage-add'));
    expect((await screen.findByTestId('undo-message')).textContent).toBe('Mali ajouté à la couverture.');
    expect(undoState.offer).toMatchObject({ kind: 'ssi', id: 1 });

    await fireEvent.click(screen.getByTestId('coverage-remove'));
    await fireEvent.click(await screen.findByTestId('confirm-ok'));
    await waitFor(() => expect(screen.getByTestId('undo-message').textContent).toBe('Mali retiré de la couverture.'));
    await fireEvent.click(screen.getByTestId('undo-button'));
    await screen.findByTestId('undo-done');
    expect(calls.filter((c) => c.cmd === 'undo').map((c) => c.args)).toEqual([{ kind: 'ssi', id: 1 }]);
    await waitFor(() => expect(calls.some((c) => c.cmd === 'ssi_detail')).toBe(true));
    expect(shown).toHaveLength(3);
  });
});
