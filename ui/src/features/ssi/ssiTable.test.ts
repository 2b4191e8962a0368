import { describe, expect, it } from 'vitest';
import { SSI_ROWS } from '../../test/fixtures';
import { filterSsi, nextSort, sortSsi } from './ssiTable';

const codes = (rows: { code: string }[]) => rows.map((r) => r.code);

describe('filterSsi', () => {
  it('matches code, city and French country name, ignoring case and accents', () => {
    expect(codes(filterSsi(SSI_ROWS, 'senegal'))).toEqual(['SN-DKR']);
    expect(codes(filterSsi(SSI_ROWS, 'RABAT'))).toEqual(['MA-RBA']);
    expect(codes(filterSsi(SSI_ROWS, 'de-b'))).toEqual(['DE-BER']);
    expect(codes(filterSsi(SSI_ROWS, 'côte'))).toEqual(['CI-ABJ']);
  });

  it('keeps everything for an empty query and nothing for an unknown one', () => {
    expect(filterSsi(SSI_ROWS, '  ')).toHaveLength(4);
    expect(filterSsi(SSI_ROWS, 'zzz')).toHaveLength(0);
  });
});

describe('sortSsi', () => {
  it('sorts text the French way, both directions', () => {
    const asc = sortSsi(SSI_ROWS, { column: 'residence_country_name', direction: 'asc' });
    expect(asc.map((r) => r.residence_country_name)).toEqual(['Allemagne', "Côte d'Ivoire", 'Maroc', 'Sénégal']);
    const desc = sortSsi(SSI_ROWS, { column: 'residence_country_name', direction: 'desc' });
    expect(desc[0].residence_country_name).toBe('Sénégal');
  });

  it('sorts numbers as numbers and ties by code', () => {
    const rows = sortSsi(SSI_ROWS, { column: 'staff_count', direction: 'desc' });
    expect(codes(rows)).toEqual(['MA-RBA', 'SN-DKR', 'CI-ABJ', 'DE-BER']);
  });

  it('puts a missing head last in both directions', () => {
    expect(sortSsi(SSI_ROWS, { column: 'head', direction: 'asc' }).at(-1)?.code).toBe('DE-BER');
    expect(sortSsi(SSI_ROWS, { column: 'head', direction: 'desc' }).at(-1)?.code).toBe('DE-BER');
  });

  it('does not change its input', () => {
    const before = codes(SSI_ROWS);
    sortSsi(SSI_ROWS, { column: 'city', direction: 'desc' });
    expect(codes(SSI_ROWS)).toEqual(before);
  });
});

describe('nextSort', () => {
  it('flips the same column and starts a new one', () => {
    expect(nextSort({ column: 'code', direction: 'asc' }, 'code')).toEqual({ column: 'code', direction: 'desc' });
    expect(nextSort({ column: 'code', direction: 'desc' }, 'city')).toEqual({ column: 'city', direction: 'asc' });
    expect(nextSort({ column: 'code', direction: 'asc' }, 'staff_count').direction).toBe('desc');
  });
});
