import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { mockBackend, SSI_ROWS, yearList } from '../../test/fixtures';
import ChartsScreen from './ChartsScreen.svelte';

const svgFor = (args: Record<string, unknown>) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="760"><text>${args.name} ${JSON.stringify(args.filter)}</text></svg>`;

function backend(extra: Record<string, (args: Record<string, unknown>) => unknown> = {}) {
  return mockBackend({
    year_list: () => yearList([2012, 2013, 2014, 2015, 2016]),
    ssi_list: () => SSI_ROWS,
    programmes: () => [],
    funders: () => [],
    references: ({ list }) =>
      list === 'action_kind' ? [{ id: 3, name_fr: 'Formation', name_en: 'Training', active: true }] : [],
    chart_svg: svgFor,
    ...extra,
  });
}

const svgCalls = (calls: Array<{ cmd: string; args: Record<string, unknown> }>) =>
  calls.filter((c) => c.cmd === 'chart_svg').map((c) => c.args);

describe('ChartsScreen', () => {
  it('draws the first chart with no filter, then the picked chart', async () => {
    const calls = backend();
    render(ChartsScreen, { delay: 20 });
    const svg = await screen.findByTestId('chart-view-svg');
    expect(svg.querySelector('svg')).toBeTruthy();
    expect(svgCalls(calls)).toEqual([{ name: 'actions-by-country-year', filter: {} }]);

    await fireEvent.change(screen.getByTestId('chart-pick'), { target: { value: 'actions-by-year' } });
    await waitFor(() => expect(svgCalls(calls)).toHaveLength(2));
    expect(svgCalls(calls)[1]).toEqual({ name: 'actions-by-year', filter: { series_split: 'kind' } });
    await waitFor(() => expect(screen.getByTestId('chart-view-svg').textContent).toContain('actions-by-year'));
    // Options of the chart only: series split shown, top N and outlines hidden.
    expect(screen.getByTestId('chart-series-split')).toBeTruthy();
    expect(screen.queryByTestId('chart-top-n')).toBeNull();
    expect(screen.queryByTestId('chart-outline-covered')).toBeNull();
  });

  it('maps the filters and draws once after a burst of changes (debounce)', async () => {
    const calls = backend();
    render(ChartsScreen, { delay: 80 });
    await screen.findByTestId('chart-view-svg');
    await screen.findAllByRole('option', { name: '2013' });
    await screen.findByRole('option', { name: 'Formation' });

    await fireEvent.change(screen.getByTestId('chart-from'), { target: { value: '2013' } });
    await fireEvent.change(screen.getByTestId('chart-to'), { target: { value: '2015' } });
    await fireEvent.change(screen.getByTestId('chart-kind'), { target: { value: '3' } });
    await fireEvent.change(screen.getByTestId('chart-continent'), { target: { value: 'africa' } });
    await fireEvent.change(screen.getByTestId('chart-top-n'), { target: { value: '5' } });
    expect(svgCalls(calls)).toHaveLength(1);

    await waitFor(() => expect(svgCalls(calls)).toHaveLength(2));
    expect(svgCalls(calls)[1]).toEqual({
      name: 'actions-by-country-year',
      filter: { from: 2013, to: 2015, kind_id: 3, continent: 'africa', top_n: 5 },
    });
    await new Promise((r) => setTimeout(r, 150));
    expect(svgCalls(calls)).toHaveLength(2);
    expect(screen.getByTestId('chart-print-filters').textContent).toBe(
      'Période : 2013–2015 · Type : Formation · Continent : Afrique',
    );
  });

  it('shows the French message of the core in a banner', async () => {
    backend({
      chart_svg: () => {
        throw { code: 'INVALID_INPUT', message: 'La période est invalide.' };
      },
    });
    render(ChartsScreen, { delay: 20 });
    const banner = await screen.findByTestId('error-banner');
    expect(banner.dataset.code).toBe('INVALID_INPUT');
    expect(screen.getByTestId('error-message').textContent).toBe('La période est invalide.');
  });

  it('exports a PNG at the chosen width where the save dialog says', async () => {
    const calls = backend({
      'plugin:dialog|save': () => '/tmp/graphique.png',
      chart_export: () => 1234,
    });
    render(ChartsScreen, { delay: 20 });
    await screen.findByTestId('chart-view-svg');
    await fireEvent.change(screen.getByTestId('chart-png-width'), { target: { value: '4800' } });
    await fireEvent.click(screen.getByTestId('chart-export-png'));

    const notice = await screen.findByTestId('chart-notice');
    expect(notice.textContent).toContain('Graphique enregistré : /tmp/graphique.png');
    const exported = calls.find((c) => c.cmd === 'chart_export');
    expect(exported?.args).toEqual({
      name: 'actions-by-country-year',
      filter: {},
      format: 'png',
      width: 4800,
      path: '/tmp/graphique.png',
    });
  });

  it('follows the period chosen again after « Effacer les filtres »', async () => {
    const calls = backend();
    render(ChartsScreen, { delay: 20 });
    await screen.findByTestId('chart-view-svg');
    await screen.findAllByRole('option', { name: '2016' });
    const last = () => calls.filter((c) => c.cmd === 'chart_svg').at(-1)?.args.filter;
    await fireEvent.change(screen.getByTestId('chart-pick'), { target: { value: 'actions-by-year' } });
    await fireEvent.change(screen.getByTestId('chart-from'), { target: { value: '2016' } });
    await fireEvent.change(screen.getByTestId('chart-to'), { target: { value: '2016' } });
    await waitFor(() => expect(last()).toMatchObject({ from: 2016, to: 2016 }));
    await fireEvent.click(screen.getByTestId('chart-reset'));
    await waitFor(() => expect(last()).toEqual({ series_split: 'kind' }));
    await fireEvent.change(screen.getByTestId('chart-from'), { target: { value: '2016' } });
    await fireEvent.change(screen.getByTestId('chart-to'), { target: { value: '2016' } });
    await waitFor(() => expect(last()).toMatchObject({ from: 2016, to: 2016 }));
    expect(screen.getByTestId('chart-print-filters').textContent).toContain('2016');
  });

  it('says next to « Au » that a reversed period is refused, without swapping it', async () => {
    const calls = backend({
      chart_svg: (args) => {
        const f = args.filter as { from?: number; to?: number };
        if (f.from !== undefined && f.to !== undefined && f.from > f.to)
          throw {
            code: 'INVALID_INPUT',
            message: `L'année de début (${f.from}) est postérieure à l'année de fin (${f.to}).`,
            field: 'to',
          };
        return svgFor(args);
      },
    });
    render(ChartsScreen, { delay: 20 });
    await screen.findByTestId('chart-view-svg');
    await screen.findAllByRole('option', { name: '2016' });
    await fireEvent.change(screen.getByTestId('chart-from'), { target: { value: '2016' } });
    await fireEvent.change(screen.getByTestId('chart-to'), { target: { value: '2012' } });
    expect((await screen.findByTestId('chart-to-error')).textContent).toBe(
      "L'année de début (2016) est postérieure à l'année de fin (2012).",
    );
    expect(calls.filter((c) => c.cmd === 'chart_svg').at(-1)?.args.filter).toMatchObject({ from: 2016, to: 2012 });
    expect(screen.queryByTestId('chart-from-error')).toBeNull();
    await fireEvent.change(screen.getByTestId('chart-to'), { target: { value: '2016' } });
    await waitFor(() => expect(screen.queryByTestId('chart-to-error')).toBeNull());
  });
});
