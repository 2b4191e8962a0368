import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { GIGN_YEARS, KPIS_2015, KPIS_2016, mockBackend, plain, yearList } from '../../test/fixtures';
import DashboardScreen from './DashboardScreen.svelte';

const byYear: Record<number, typeof KPIS_2016> = { 2015: KPIS_2015, 2016: KPIS_2016 };

function backend() {
  return mockBackend({
    year_list: () => yearList([2014, 2016, 2015]),
    kpis: ({ year }) => byYear[year as number] ?? { ...KPIS_2016, year },
    gign_by_year: () => GIGN_YEARS,
    chart_svg: ({ name, filter }) =>
      `<svg xmlns="http://www.w3.org/2000/svg"><text>${name} ${JSON.stringify(filter)}</text></svg>`,
  });
}

describe('DashboardScreen', () => {
  it('opens on the year the core chose, not on a later year of plans, which is marked', async () => {
    const calls = mockBackend({
      year_list: () => ({
        years: [2015, 2016, 2017].map((year) => ({ year, planned: year === 2017 })),
        current: 2015,
        last_full: 2016,
      }),
      kpis: ({ year }) => byYear[year as number] ?? { ...KPIS_2016, year },
      gign_by_year: () => GIGN_YEARS,
      chart_svg: () => '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    });
    render(DashboardScreen);
    const select = (await screen.findByTestId('year-select')) as HTMLSelectElement;
    await waitFor(() => expect(calls.filter((c) => c.cmd === 'kpis').map((c) => c.args)).toEqual([{ year: 2015 }]));
    expect([...select.options].map((o) => o.textContent)).toEqual(['2017 (prévue)', '2016', '2015']);
    expect(select.selectedOptions[0]?.textContent).toBe('2015');
  });

  it('shows the GIGN courses per year below the cards, 2016 with 100 trainees from 20 states', async () => {
    backend();
    render(DashboardScreen);
    const rows = await screen.findAllByTestId('gign-row');
    const y2016 = rows.find((r) => r.dataset.year === '2016')!;
    expect(plain(y2016.querySelector('[data-testid="gign-trainees"]')!.textContent)).toBe('100');
    expect(plain(y2016.querySelector('[data-testid="gign-states"]')!.textContent)).toBe('20');
    expect(plain(y2016.textContent)).toContain('87,5 %');
  });

  it('shows the KPIs of the latest year, formatted the French way', async () => {
    const calls = backend();
    render(DashboardScreen);

    const actions = await screen.findByTestId('kpi-technical_actions');
    expect(plain(actions.textContent)).toBe('2 160');
    expect(actions.textContent).toContain('\u202f');
    expect(plain(screen.getByTestId('kpi-ssi_count').textContent)).toBe('74');
    expect(plain(screen.getByTestId('kpi-countries_covered').textContent)).toBe('158');
    expect(plain(screen.getByTestId('kpi-persons_located').textContent)).toBe('1 600');
    expect(plain(screen.getByTestId('kpi-arrest_warrants').textContent)).toBe('347');
    expect(plain(screen.getByTestId('kpi-trainees').textContent)).toBe('100');
    expect(plain(screen.getByTestId('kpi-trainee_states').textContent)).toBe('20');
    expect(screen.getByTestId('cell-founded').textContent).toContain(
      'Cellule relations internationales du GIGN créée le 01/09/2007',
    );
    expect(screen.getByText('Actions de coopération technique')).toBeTruthy();
    expect(calls.filter((c) => c.cmd === 'kpis')).toEqual([{ cmd: 'kpis', args: { year: 2016 } }]);
  });

  it('lists every year, latest first, and re-queries when the year changes', async () => {
    const calls = backend();
    render(DashboardScreen);

    const select = (await screen.findByTestId('year-select')) as HTMLSelectElement;
    const options = [...select.options].map((o) => o.textContent);
    expect(options).toEqual(['2016', '2015', '2014']);
    await waitFor(() => expect(select.value).toBe('2016'));
    await screen.findByTestId('kpi-technical_actions');

    await fireEvent.change(select, { target: { value: '2015' } });

    await waitFor(() => expect(plain(screen.getByTestId('kpi-technical_actions').textContent)).toBe('1 987'));
    expect(plain(screen.getByTestId('kpi-trainees').textContent)).toBe('94');
    expect(calls.filter((c) => c.cmd === 'kpis').map((c) => c.args.year)).toEqual([2016, 2015]);
  });

  it('shows two charts for the selected year and redraws them when the year changes', async () => {
    const calls = backend();
    render(DashboardScreen);
    const countries = await screen.findByTestId('dashboard-chart-countries-svg');
    expect(countries.textContent).toBe('actions-by-country-year {"from":2016,"to":2016,"top_n":10}');
    expect((await screen.findByTestId('dashboard-chart-operational-svg')).textContent).toBe('operational-by-year {}');

    await fireEvent.change(screen.getByTestId('year-select'), { target: { value: '2015' } });
    await waitFor(() =>
      expect(screen.getByTestId('dashboard-chart-countries-svg').textContent).toContain('"from":2015,"to":2015'),
    );
    const drawn = calls.filter((c) => c.cmd === 'chart_svg' && c.args.name === 'actions-by-country-year');
    expect(drawn.map((c) => (c.args.filter as { from: number }).from)).toEqual([2016, 2015]);
  });

  it('shows the French message of the core in an error banner', async () => {
    mockBackend({
      year_list: () => yearList([2016]),
      gign_by_year: () => GIGN_YEARS,
      chart_svg: () => '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
      kpis: () => {
        throw { code: 'DB_CORRUPT', message: 'La base de données est endommagée.' };
      },
    });
    render(DashboardScreen);

    const banner = await screen.findByTestId('error-banner');
    expect(banner.dataset.code).toBe('DB_CORRUPT');
    expect(screen.getByTestId('error-message').textContent).toBe('La base de données est endommagée.');
    expect(banner.textContent).toContain('restaurez une sauvegarde');
    expect(screen.queryByTestId('kpi-ssi_count')).toBeNull();
    // No retry for a damaged file: retrying cannot help.
    expect(screen.queryByRole('button', { name: 'Réessayer' })).toBeNull();
  });

  it('retries a transient failure on demand', async () => {
    let fail = true;
    mockBackend({
      year_list: () => {
        if (fail) throw { code: 'DB_IO', message: 'Fichier de données inaccessible.' };
        return yearList([2016]);
      },
      kpis: () => KPIS_2016,
      gign_by_year: () => GIGN_YEARS,
      chart_svg: () => '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
    });
    render(DashboardScreen);

    const retry = await screen.findByRole('button', { name: 'Réessayer' });
    fail = false;
    await fireEvent.click(retry);
    const actions = await screen.findByTestId('kpi-technical_actions');
    expect(plain(actions.textContent)).toBe('2 160');
    expect(screen.queryByTestId('error-banner')).toBeNull();
  });
});
