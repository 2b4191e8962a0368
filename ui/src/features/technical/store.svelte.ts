/**
 * What the technical-cooperation screen remembers for the session of the app:
 * module state, so it survives switching areas (the screen is re-created).
 */
import type { ActionFilter, ActionSort, ActionStatus } from '$lib/generated/bindings';

export interface ActionFilterForm {
  year: number | null;
  from: string;
  to: string;
  country: string | null;
  continent: string | null;
  ssi_id: number | null;
  kind_id: number | null;
  domain_id: number | null;
  programme_id: number | null;
  funder_id: number | null;
  status: ActionStatus | null;
  text: string;
}

export const EMPTY_FILTER: ActionFilterForm = {
  year: null,
  from: '',
  to: '',
  country: null,
  continent: null,
  ssi_id: null,
  kind_id: null,
  domain_id: null,
  programme_id: null,
  funder_id: null,
  status: null,
  text: '',
};

export type TechnicalTab = 'actions' | 'programmes' | 'references';

export const technical = $state<{ filter: ActionFilterForm; sort: ActionSort; tab: TechnicalTab }>({
  filter: { ...EMPTY_FILTER },
  sort: { column: 'start_date', descending: true },
  tab: 'actions',
});

export function resetFilter(): void {
  technical.filter = { ...EMPTY_FILTER };
}

/** The filter the core receives: empty fields left out. */
export function toActionFilter(form: ActionFilterForm): ActionFilter {
  const filter: ActionFilter = {};
  if (form.year !== null) filter.year = form.year;
  if (form.from) filter.from = form.from;
  if (form.to) filter.to = form.to;
  if (form.country) filter.country = form.country;
  if (form.continent) filter.continent = form.continent;
  if (form.ssi_id !== null) filter.ssi_id = form.ssi_id;
  if (form.kind_id !== null) filter.kind_id = form.kind_id;
  if (form.domain_id !== null) filter.domain_id = form.domain_id;
  if (form.programme_id !== null) filter.programme_id = form.programme_id;
  if (form.funder_id !== null) filter.funder_id = form.funder_id;
  if (form.status) filter.status = form.status;
  if (form.text.trim()) filter.text = form.text.trim();
  return filter;
}

/** How many filters are set (for the "reset" button). */
export function activeFilters(form: ActionFilterForm): number {
  return Object.keys(toActionFilter(form)).length;
}
