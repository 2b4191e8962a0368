import { render, screen, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ReportsScreen from '$features/reports/ReportsScreen.svelte';
import OperationalScreen from '$features/operational/OperationalScreen.svelte';
import { operational } from '$features/operational/store.svelte';
import { reports } from '$features/reports/store.svelte';
import { ACTIVITY, mockBackend, plain, yearList } from '../../test/fixtures';

const headers = () => screen.getAllByRole('columnheader').map((th) => th.textContent?.trim());

describe('activity screens (YearTable)', () => {
  it('operational cooperation shows its columns, years in order and a total', async () => {
    mockBackend({ activity_by_year: () => ACTIVITY });
    operational.tab = 'years';
    render(OperationalScreen);

    const rows = await screen.findAllByTestId('year-row');
    expect(headers()).toEqual([
      'Année',
      'Affaires opérationnelles',
      'Personnes localisées',
      "dont sous mandat d'arrêt",
    ]);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(['2015', '2016']);
    expect(
      within(rows[1])
        .getAllByRole('cell')
        .map((c) => plain(c.textContent)),
    ).toEqual(['900', '1 600', '347']);
    const total = screen.getByTestId('year-total');
    expect(
      within(total)
        .getAllByRole('cell')
        .map((c) => plain(c.textContent)),
    ).toEqual(['1 750', '3 100', '647']);
    operational.tab = 'cases';
  });

  it('reports show every figure', async () => {
    mockBackend({ activity_by_year: () => ACTIVITY, year_list: () => yearList([]) });
    reports.tab = 'activity';
    render(ReportsScreen);
    await screen.findAllByTestId('year-row');
    expect(headers()).toHaveLength(9);
    expect(headers()).toContain('Demandes étrangères');
  });

  it('says so when nothing is recorded', async () => {
    mockBackend({ activity_by_year: () => [], year_list: () => yearList([]) });
    reports.tab = 'activity';
    render(ReportsScreen);
    expect(await screen.findByText('Aucune activité enregistrée.')).toBeTruthy();
    expect(screen.queryByTestId('year-total')).toBeNull();
  });
});
