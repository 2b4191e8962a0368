import { afterEach, describe, expect, it, vi } from 'vitest';
import { chartUses, debounce, emptyForm, exportFileName, toChartFilter } from './filters';
import { printSummary } from './print';

describe('toChartFilter', () => {
  it('sends nothing but the chart options when no filter is chosen', () => {
    expect(toChartFilter('actions-by-country-year', emptyForm())).toEqual({});
    expect(toChartFilter('actions-heatmap', emptyForm())).toEqual({ heatmap_sort: 'total' });
    expect(toChartFilter('actions-by-year', emptyForm())).toEqual({ series_split: 'kind' });
    expect(toChartFilter('actions-world-map', emptyForm())).toEqual({
      outline_covered: true,
      outline_residences: false,
    });
  });

  it('maps every filter of an action chart', () => {
    const form = {
      ...emptyForm(),
      from: 2012,
      to: 2016,
      kind_id: 3,
      domain_id: 4,
      ssi_id: 5,
      continent: 'africa',
      programme_id: 6,
      funder_id: 7,
      top_n: 15,
      heatmap_sort: 'continent' as const,
    };
    expect(toChartFilter('actions-heatmap', form)).toEqual({
      from: 2012,
      to: 2016,
      kind_id: 3,
      domain_id: 4,
      ssi_id: 5,
      continent: 'africa',
      programme_id: 6,
      funder_id: 7,
      top_n: 15,
      heatmap_sort: 'continent',
    });
  });

  it('leaves out what the chart does not use', () => {
    const form = {
      ...emptyForm(),
      from: 2014,
      kind_id: 3,
      domain_id: 4,
      ssi_id: 5,
      programme_id: 6,
      funder_id: 7,
      top_n: 10,
    };
    expect(toChartFilter('operational-by-year', form)).toEqual({ from: 2014, domain_id: 4, ssi_id: 5 });
    expect(toChartFilter('trainees-by-state', { ...form, continent: 'asia' })).toEqual({
      from: 2014,
      continent: 'asia',
      top_n: 10,
    });
    expect(chartUses('actions-by-year').topN).toBe(false);
  });

  it('sends a reversed period as chosen (the core refuses it), never swapped', () => {
    expect(toChartFilter('actions-by-year', { ...emptyForm(), from: 2016, to: 2012 })).toMatchObject({
      from: 2016,
      to: 2012,
    });
  });

  it('suggests a file name with the period', () => {
    expect(exportFileName('actions-by-year', { from: 2012, to: 2016 }, 'png')).toBe('actions-by-year-2012-2016.png');
    expect(exportFileName('actions-heatmap', {}, 'svg')).toBe('actions-heatmap.svg');
  });
});

describe('printSummary', () => {
  it('writes the period and the named filters in French', () => {
    const kind = [{ id: 3, name_fr: 'Formation' }] as never;
    expect(printSummary({ from: 2012, to: 2016, kind_id: 3, continent: 'africa' }, { kind })).toBe(
      'Période : 2012–2016 · Type : Formation · Continent : Afrique',
    );
    expect(printSummary({}, {})).toBe('Période : toutes les années');
    expect(printSummary({ from: 2015, to: 2015 }, {})).toBe('Année : 2015');
    expect(printSummary({ from: 2015 }, {})).toBe('Période : depuis 2015');
  });
});

describe('debounce', () => {
  afterEach(() => vi.useRealTimers());

  it('runs once, with the last arguments, after the delay', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const d = debounce(run, 300);
    d.schedule(1);
    vi.advanceTimersByTime(200);
    d.schedule(2);
    vi.advanceTimersByTime(200);
    d.schedule(3);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(run).toHaveBeenCalledTimes(1);
    expect(run).toHaveBeenCalledWith(3);
  });

  it('forgets a cancelled call', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const d = debounce(run, 100);
    d.schedule();
    d.cancel();
    vi.advanceTimersByTime(500);
    expect(run).not.toHaveBeenCalled();
  });
});
