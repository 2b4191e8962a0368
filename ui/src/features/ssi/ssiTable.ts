import type { SsiRow } from '$lib/generated/bindings';
import { compareFr, foldForSearch } from '$lib/format';

/** The sortable columns of the SSI table, in display order. */
export const SSI_COLUMNS = [
  'code',
  'city',
  'residence_country_name',
  'continent',
  'head',
  'covered_count',
  'staff_count',
  'open',
] as const;

export type SsiColumn = (typeof SSI_COLUMNS)[number];
export type SortDirection = 'asc' | 'desc';
export interface SsiSort {
  column: SsiColumn;
  direction: SortDirection;
}

export const NUMERIC_COLUMNS: ReadonlySet<SsiColumn> = new Set(['covered_count', 'staff_count']);

/** Keeps the rows whose code, city or country (French name or ISO code) contains the query. */
export function filterSsi(rows: readonly SsiRow[], query: string): SsiRow[] {
  const needle = foldForSearch(query.trim());
  if (!needle) return [...rows];
  return rows.filter((row) =>
    [row.code, row.city, row.residence_country_name, row.residence_country].some((field) =>
      foldForSearch(field).includes(needle),
    ),
  );
}

function compare(a: SsiRow, b: SsiRow, column: SsiColumn): number {
  const x = a[column];
  const y = b[column];
  if (x === y) return 0;
  // An empty value (no head of post) always goes last, whatever the direction.
  if (x === null) return 1;
  if (y === null) return -1;
  if (typeof x === 'number' && typeof y === 'number') return x - y;
  if (typeof x === 'boolean' && typeof y === 'boolean') return x ? -1 : 1;
  return compareFr(String(x), String(y));
}

/** Sorts a copy of the rows; ties keep the order by code. */
export function sortSsi(rows: readonly SsiRow[], sort: SsiSort): SsiRow[] {
  const sign = sort.direction === 'asc' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const nullish = a[sort.column] === null || b[sort.column] === null;
    const primary = compare(a, b, sort.column);
    if (primary !== 0) return nullish ? primary : sign * primary;
    return compareFr(a.code, b.code);
  });
}

/** The next sort after a click on a column header: same column flips, a new one starts ascending. */
export function nextSort(current: SsiSort, column: SsiColumn): SsiSort {
  if (current.column === column) {
    return { column, direction: current.direction === 'asc' ? 'desc' : 'asc' };
  }
  return { column, direction: NUMERIC_COLUMNS.has(column) ? 'desc' : 'asc' };
}
