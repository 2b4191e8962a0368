/**
 * The state of the Graphiques screen's filters and its translation into the core's
 * `ChartFilter`: only the options the chosen chart uses are sent, empty choices are left out.
 */
import type { ChartFilter, ChartName, HeatmapSort, SeriesSplit } from '$lib/generated/bindings';

/** The six charts, in the order of the picker. */
export const CHART_NAMES: readonly ChartName[] = [
  'actions-by-country-year',
  'actions-heatmap',
  'actions-by-year',
  'actions-world-map',
  'operational-by-year',
  'trainees-by-state',
];

export const TOP_N_CHOICES = [5, 10, 15, 20, 30] as const;
/** Widths offered for a PNG export, in pixels. */
export const PNG_WIDTHS = [1200, 2400, 4800] as const;
/** The width handed to the core for an SVG export (the drawing's own size). */
export const SVG_WIDTH = 1200;
/** How long the screen waits after the last filter change before drawing. */
export const DEBOUNCE_MS = 300;

export interface ChartForm {
  from: number | null;
  to: number | null;
  kind_id: number | null;
  domain_id: number | null;
  ssi_id: number | null;
  continent: string | null;
  programme_id: number | null;
  funder_id: number | null;
  top_n: number | null;
  heatmap_sort: HeatmapSort;
  series_split: SeriesSplit;
  outline_covered: boolean;
  outline_residences: boolean;
}

export function emptyForm(): ChartForm {
  return {
    from: null,
    to: null,
    kind_id: null,
    domain_id: null,
    ssi_id: null,
    continent: null,
    programme_id: null,
    funder_id: null,
    top_n: null,
    heatmap_sort: 'total',
    series_split: 'kind',
    outline_covered: true,
    outline_residences: false,
  };
}

/** Which options each chart uses; the others are hidden and not sent. */
export interface ChartUses {
  actionFilters: boolean;
  domain: boolean;
  ssi: boolean;
  topN: boolean;
  heatmapSort: boolean;
  seriesSplit: boolean;
  outlines: boolean;
}

export function chartUses(name: ChartName): ChartUses {
  const actions = name.startsWith('actions-');
  return {
    actionFilters: actions,
    domain: name !== 'trainees-by-state',
    ssi: name !== 'trainees-by-state',
    topN: name === 'actions-by-country-year' || name === 'actions-heatmap' || name === 'trainees-by-state',
    heatmapSort: name === 'actions-heatmap',
    seriesSplit: name === 'actions-by-year',
    outlines: name === 'actions-world-map',
  };
}

/** The filter sent to `chartSvg`/`chartExport` for this chart and these choices. */
export function toChartFilter(name: ChartName, form: ChartForm): ChartFilter {
  const uses = chartUses(name);
  const filter: ChartFilter = {};
  // A reversed period is sent as chosen: the core refuses it, and the screen says so next
  // to the field (never swapped behind the user's back).
  if (form.from !== null) filter.from = form.from;
  if (form.to !== null) filter.to = form.to;
  if (uses.actionFilters && form.kind_id !== null) filter.kind_id = form.kind_id;
  if (uses.domain && form.domain_id !== null) filter.domain_id = form.domain_id;
  if (uses.ssi && form.ssi_id !== null) filter.ssi_id = form.ssi_id;
  if (form.continent !== null) filter.continent = form.continent;
  if (uses.actionFilters && form.programme_id !== null) filter.programme_id = form.programme_id;
  if (uses.actionFilters && form.funder_id !== null) filter.funder_id = form.funder_id;
  if (uses.topN && form.top_n !== null) filter.top_n = form.top_n;
  if (uses.heatmapSort) filter.heatmap_sort = form.heatmap_sort;
  if (uses.seriesSplit) filter.series_split = form.series_split;
  if (uses.outlines) {
    filter.outline_covered = form.outline_covered;
    filter.outline_residences = form.outline_residences;
  }
  return filter;
}

/** A suggested file name for an export: "actions-by-year-2012-2016.png". */
export function exportFileName(name: ChartName, filter: ChartFilter, extension: string): string {
  const period = [filter.from, filter.to].filter((y) => y !== null && y !== undefined).join('-');
  return `${name}${period ? `-${period}` : ''}.${extension}`;
}

/**
 * Calls `run` once `ms` after the last `schedule`; `cancel` forgets a pending call.
 */
export function debounce<A extends unknown[]>(run: (...args: A) => void, ms: number) {
  let timer: ReturnType<typeof setTimeout> | null = null;
  return {
    schedule(...args: A) {
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        run(...args);
      }, ms);
    },
    cancel() {
      if (timer !== null) clearTimeout(timer);
      timer = null;
    },
  };
}
