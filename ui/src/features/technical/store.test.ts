import { render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { mockBackend } from '../../test/fixtures';
import { activeFilters, EMPTY_FILTER, resetFilter, technical, toActionFilter } from './store.svelte';
import { actionsBackend } from '../../test/backend';
import TechnicalScreen from './TechnicalScreen.svelte';

describe('toActionFilter', () => {
  it('leaves empty fields out and trims the text', () => {
    expect(toActionFilter(EMPTY_FILTER)).toEqual({});
    expect(toActionFilter({ ...EMPTY_FILTER, year: 2016, text: '  Dakar ', status: 'done', ssi_id: 3 })).toEqual({
      year: 2016,
      text: 'Dakar',
      status: 'done',
      ssi_id: 3,
    });
    expect(activeFilters({ ...EMPTY_FILTER, country: 'SN', text: ' ' })).toBe(1);
  });
});

describe('the filter store', () => {
  it('keeps the filters when the screen is closed and opened again', async () => {
    resetFilter();
    const calls = mockBackend(actionsBackend());
    const first = render(TechnicalScreen);
    await userEvent.type(await screen.findByTestId('filter-text'), 'ZZZ');
    expect(technical.filter.text).toBe('ZZZ');
    first.unmount();

    render(TechnicalScreen);
    expect((screen.getByTestId('filter-text') as HTMLInputElement).value).toBe('ZZZ');
    await screen.findByTestId('actions-total-count');
    await new Promise((r) => setTimeout(r, 300));
    const last = calls.filter((c) => c.cmd === 'actions').at(-1);
    expect((last?.args.filter as { text?: string }).text).toBe('ZZZ');
    resetFilter();
  });
});
