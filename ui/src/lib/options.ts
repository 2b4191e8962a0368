import type { FunderRow, ProgrammeRow, RefEntry, SsiRow } from './generated/bindings';
import { t } from './i18n';

export interface Option<V = number> {
  value: V;
  label: string;
}

export const refOptions = (entries: readonly RefEntry[] | undefined): Option[] =>
  (entries ?? []).map((e) => ({ value: e.id, label: e.name_fr }));

export const ssiOptions = (rows: readonly SsiRow[] | undefined): Option[] =>
  (rows ?? []).map((s) => ({ value: s.id, label: `${s.code} — ${s.city}` }));

export const programmeOptions = (rows: readonly ProgrammeRow[] | undefined): Option[] =>
  (rows ?? []).map((p) => ({ value: p.id, label: p.name }));

export const funderOptions = (rows: readonly FunderRow[] | undefined): Option[] =>
  (rows ?? []).map((f) => ({ value: f.id, label: f.name }));

/** Options whose labels come from Fluent ids `<prefix>-<value>`. */
export function keyOptions<V extends string>(values: readonly V[], label: (v: V) => string): Option<V>[] {
  return values.map((value) => ({ value, label: label(value) }));
}

/** The continents a filter offers (the core's codes; Antarctica has no SSI nor action). */
export const CONTINENTS = ['africa', 'asia', 'europe', 'north_america', 'south_america', 'australia'] as const;

/** A continent's name from its core code (`north_america` → Fluent `continent-north-america`). */
export const continentLabel = (code: string): string => t(`continent-${code.replace('_', '-')}`);

export const continentOptions = (): Option<string>[] => keyOptions(CONTINENTS, continentLabel);
