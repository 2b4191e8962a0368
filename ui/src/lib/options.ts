import type { FunderRow, ProgrammeRow, RefEntry, SsiRow } from './generated/bindings';

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
