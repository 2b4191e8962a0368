import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
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
});
