/**
 * The filter line printed above the chart on paper, in the same words as the core's (charts.ftl):
 * "Période : 2012–2016 · Type : Formation · Continent : Afrique".
 */
import type { ChartFilter, FunderRow, ProgrammeRow, RefEntry, SsiRow } from '$lib/generated/bindings';
import { t } from '$lib/i18n';
import { continentLabel } from '$lib/options';

export interface SummaryNames {
  kind?: readonly RefEntry[];
  domain?: readonly RefEntry[];
  ssi?: readonly SsiRow[];
  programme?: readonly ProgrammeRow[];
  funder?: readonly FunderRow[];
}

function periodText(filter: ChartFilter): string {
  const from = filter.from ?? null;
  const to = filter.to ?? null;
  if (from !== null && to !== null && from === to) return t('charts-summary-year', { value: String(from) });
  let value: string;
  if (from !== null && to !== null) value = `${from}–${to}`;
  else if (from !== null) value = t('charts-summary-since', { from: String(from) });
  else if (to !== null) value = t('charts-summary-until', { to: String(to) });
  else value = t('charts-summary-all');
  return t('charts-summary-period', { value });
}

export function printSummary(filter: ChartFilter, names: SummaryNames): string {
  const parts = [periodText(filter)];
  const add = (id: string, value: string | undefined) => {
    if (value) parts.push(t(id, { value }));
  };
  const byId = <R extends { id: number }>(rows: readonly R[] | undefined, id: number | null | undefined) =>
    id === null || id === undefined ? undefined : rows?.find((r) => r.id === id);
  add('charts-summary-kind', byId(names.kind, filter.kind_id)?.name_fr);
  add('charts-summary-domain', byId(names.domain, filter.domain_id)?.name_fr);
  const ssi = byId(names.ssi, filter.ssi_id);
  add('charts-summary-ssi', ssi ? `${ssi.code} (${ssi.city})` : undefined);
  if (filter.continent) add('charts-summary-continent', continentLabel(filter.continent));
  add('charts-summary-programme', byId(names.programme, filter.programme_id)?.name);
  add('charts-summary-funder', byId(names.funder, filter.funder_id)?.name);
  return parts.join(' · ');
}
