/** The operational-cooperation filters, remembered for the session of the app. */
import type { CaseChannel, CaseFilter } from '$lib/generated/bindings';

export interface CaseFilterForm {
  year: number | null;
  country: string | null;
  ssi_id: number | null;
  kind_id: number | null;
  domain_id: number | null;
  channel: CaseChannel | null;
  text: string;
}

export const EMPTY_CASE_FILTER: CaseFilterForm = {
  year: null,
  country: null,
  ssi_id: null,
  kind_id: null,
  domain_id: null,
  channel: null,
  text: '',
};

export const operational = $state<{ filter: CaseFilterForm; tab: 'cases' | 'years' }>({
  filter: { ...EMPTY_CASE_FILTER },
  tab: 'cases',
});

export function toCaseFilter(form: CaseFilterForm): CaseFilter {
  const filter: CaseFilter = {};
  for (const key of ['year', 'country', 'ssi_id', 'kind_id', 'domain_id', 'channel'] as const) {
    if (form[key] !== null) (filter as Record<string, unknown>)[key] = form[key];
  }
  if (form.text.trim()) filter.text = form.text.trim();
  return filter;
}

export const CHANNELS: CaseChannel[] = ['none', 'interpol', 'europol', 'schengen'];
