import { describe, expect, it } from 'vitest';
import examples from './fold.examples.json';
import {
  compareFr,
  foldForSearch,
  formatBytes,
  formatDate,
  formatDateTime,
  formatInstant,
  formatNumber,
} from './format';

describe('formatNumber', () => {
  it('groups thousands the French way with a narrow no-break space', () => {
    expect(formatNumber(2160)).toBe('2\u202f160');
    expect(formatNumber(1234567)).toBe('1\u202f234\u202f567');
  });

  it('leaves small numbers and zero alone', () => {
    expect(formatNumber(347)).toBe('347');
    expect(formatNumber(0)).toBe('0');
  });

  it('uses a decimal comma', () => {
    expect(formatNumber(12.5)).toBe('12,5');
  });

  it('can format for another locale', () => {
    expect(formatNumber(2160, 'en-GB')).toBe('2,160');
  });

  it('shows a dash for a missing value', () => {
    expect(formatNumber(null)).toBe('—');
    expect(formatNumber(undefined)).toBe('—');
    expect(formatNumber(Number.NaN)).toBe('—');
  });
});

describe('formatDate', () => {
  it('turns an ISO date into dd/mm/yyyy', () => {
    expect(formatDate('2007-09-01')).toBe('01/09/2007');
    expect(formatDate('2016-12-31')).toBe('31/12/2016');
  });

  it('keeps the calendar day of an ISO date-time, whatever the time zone', () => {
    expect(formatDate('2007-09-01T23:30:00Z')).toBe('01/09/2007');
  });

  it('returns anything that is not a date unchanged', () => {
    expect(formatDate('septembre 2007')).toBe('septembre 2007');
    expect(formatDate('2007-13-01')).toBe('2007-13-01');
  });

  it('shows a dash for a missing date', () => {
    expect(formatDate(null)).toBe('—');
    expect(formatDate('')).toBe('—');
  });
});

describe('foldForSearch', () => {
  it('ignores case, accents and punctuation', () => {
    expect(foldForSearch('Sénégal')).toBe('senegal');
    expect(foldForSearch("CÔTE D'IVOIRE")).toBe('cote d ivoire');
  });

  it('folds as the core does, on the examples both sides read', () => {
    expect(examples.length).toBeGreaterThanOrEqual(10);
    for (const [input, folded] of examples) expect(foldForSearch(input), input).toBe(folded);
  });
});

describe('compareFr', () => {
  it('sorts the French way: Bénin before Burkina Faso, Côte d’Ivoire before Croatie', () => {
    const names = ['Croatie', 'Burkina Faso', "Côte d'Ivoire", 'Bénin'];
    expect([...names].sort(compareFr)).toEqual(['Bénin', 'Burkina Faso', "Côte d'Ivoire", 'Croatie']);
  });
});

describe('formatDateTime', () => {
  it('turns an ISO date-time into dd/mm/yyyy HH:MM, without time zones', () => {
    expect(formatDateTime('2026-12-01T10:15:00')).toBe('01/12/2026 10:15');
    expect(formatDateTime('2026-12-01T23:59:59.5')).toBe('01/12/2026 23:59');
  });

  it('shows a date alone as a date, and anything else as it is', () => {
    expect(formatDateTime('2026-12-01')).toBe('01/12/2026');
    expect(formatDateTime('bientôt')).toBe('bientôt');
    expect(formatDateTime(null)).toBe('—');
  });
});

describe('formatBytes', () => {
  const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

  it('counts in decimal units with one decimal below 100', () => {
    expect(plain(formatBytes(23_400_000))).toBe('23,4 Mo');
    expect(plain(formatBytes(52_428_800))).toBe('52,4 Mo');
    expect(plain(formatBytes(850_000))).toBe('850 ko');
    expect(plain(formatBytes(1_000_000))).toBe('1 Mo');
    expect(plain(formatBytes(512))).toBe('512 o');
    expect(plain(formatBytes(0))).toBe('0 o');
    expect(plain(formatBytes(2_500_000_000))).toBe('2,5 Go');
  });

  it('goes up a unit rather than show 1 000 of one', () => {
    expect(plain(formatBytes(999_960))).toBe('1 Mo');
    expect(plain(formatBytes(99_960))).toBe('100 ko');
  });

  it('shows a dash for a missing size', () => {
    expect(formatBytes(null)).toBe('—');
  });
});

describe('formatInstant', () => {
  it('shows a UTC instant in local time, dd/mm/yyyy HH:MM, seconds on request', () => {
    const at = '2026-12-01T09:05:07.250Z';
    const d = new Date(at);
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()}`;
    const time = `${pad(d.getHours())}:${pad(d.getMinutes())}`;
    expect(formatInstant(at)).toBe(`${day} ${time}`);
    expect(formatInstant(at, true)).toBe(`${day} ${time}:${pad(d.getSeconds())}`);
  });

  it('leaves what is not an instant alone', () => {
    expect(formatInstant(null)).toBe('—');
    expect(formatInstant('2026-12-01')).toBe('2026-12-01');
    expect(formatInstant('bientôt')).toBe('bientôt');
  });
});
