/**
 * The import dialog's state, apart from the markup: the column mapping the user edits and
 * what the report allows.
 */
import type { FieldChoice, ImportField, ImportPreview, ImportReport } from '$lib/generated/bindings';

export type Step = 'pick' | 'mapping' | 'checking' | 'report' | 'importing' | 'done';

/** At most this many error rows are drawn; the count says how many there are. */
export const SHOWN_ERRORS = 200;

/** The automatic mapping of a preview: one field (or null) per column. */
export function initialMapping(preview: ImportPreview): (ImportField | null)[] {
  return preview.columns.map((c) => c.field);
}

/**
 * Gives column `index` the field `field`; a field goes to one column only, so another
 * column holding it is set to "ignored".
 */
export function assign(
  mapping: (ImportField | null)[],
  index: number,
  field: ImportField | null,
): (ImportField | null)[] {
  return mapping.map((f, i) => (i === index ? field : field !== null && f === field ? null : f));
}

/** Required fields no column is mapped to. */
export function missingRequired(fields: FieldChoice[], mapping: (ImportField | null)[]): FieldChoice[] {
  return fields.filter((f) => f.required && !mapping.includes(f.field));
}

/** Rows the commit would write (created or updated). */
export function toWrite(report: ImportReport): number {
  return report.to_create + report.to_update;
}

/** A report can be committed when it has no error and something to write. */
export function committable(report: ImportReport): boolean {
  return report.errors.length === 0 && toWrite(report) > 0;
}
