import { describe, expect, it } from 'vitest';
import type { FieldChoice, ImportReport } from '$lib/generated/bindings';
import { assign, committable, missingRequired, toWrite } from './steps';

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  kind: 'actions',
  total_rows: 3,
  valid_rows: 3,
  to_create: 2,
  to_update: 1,
  unchanged: 0,
  errors: [],
  warnings: [],
  ignored_columns: [],
  committed: false,
  batch_id: null,
  ...over,
});

describe('import steps', () => {
  it('moves a field to the column that takes it', () => {
    expect(assign(['reference', 'title', null], 2, 'title')).toEqual(['reference', null, 'title']);
    expect(assign(['reference', 'title'], 0, null)).toEqual([null, 'title']);
  });

  it('lists the required fields left without a column', () => {
    const fields: FieldChoice[] = [
      { field: 'reference', label: 'Référence', required: true },
      { field: 'title', label: 'Intitulé', required: true },
      { field: 'funder', label: 'Bailleur', required: false },
    ];
    expect(missingRequired(fields, ['reference', null]).map((f) => f.field)).toEqual(['title']);
  });

  it('commits only a report without errors that writes something', () => {
    expect(toWrite(report())).toBe(3);
    expect(committable(report())).toBe(true);
    expect(committable(report({ to_create: 0, to_update: 0, unchanged: 3 }))).toBe(false);
    const error = {
      line: 2,
      column: 'Pays',
      field: 'country' as const,
      value: 'X',
      message: 'm',
      code: 'INVALID_INPUT' as const,
    };
    expect(committable(report({ errors: [error] }))).toBe(false);
  });
});
