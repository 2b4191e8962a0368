import { describe, expect, it } from 'vitest';
import { centsToInput, formatMoney, parseCount, parseMoney } from './format';

const plain = (s: string) => s.replace(/[\u202f\u00a0]/g, ' ');

describe('formatMoney', () => {
  it('formats cents as euros the French way', () => {
    expect(plain(formatMoney(1250050))).toBe('12 500,50 €');
    expect(plain(formatMoney(0))).toBe('0,00 €');
    expect(plain(formatMoney(5))).toBe('0,05 €');
    expect(plain(formatMoney(123456789))).toBe('1 234 567,89 €');
  });

  it('can format in English and shows a dash for nothing', () => {
    expect(formatMoney(1250050, 'en-GB')).toBe('€12,500.50');
    expect(formatMoney(null)).toBe('—');
  });
});

describe('parseMoney', () => {
  it('reads what a French user types', () => {
    expect(parseMoney('12 500,50')).toBe(1250050);
    expect(parseMoney('12\u202f500,5')).toBe(1250050);
    expect(parseMoney('12500.50')).toBe(1250050);
    expect(parseMoney('1 000 €')).toBe(100000);
    expect(parseMoney('0,05')).toBe(5);
    expect(parseMoney('')).toBe(0);
  });

  it('keeps a minus sign for the core to refuse, and rejects garbage', () => {
    expect(parseMoney('-3')).toBe(-300);
    expect(parseMoney('12,345')).toBeNull();
    expect(parseMoney('abc')).toBeNull();
    expect(parseMoney('1,2,3')).toBeNull();
  });

  it('round-trips with centsToInput', () => {
    for (const cents of [0, 5, 100, 1250050, 123456789]) {
      expect(parseMoney(centsToInput(cents))).toBe(cents);
    }
    expect(centsToInput(1250050)).toBe('12 500,50');
    expect(centsToInput(100000)).toBe('1 000');
  });
});

describe('parseCount', () => {
  it('reads whole numbers, spaces allowed', () => {
    expect(parseCount('1 200')).toBe(1200);
    expect(parseCount('-4')).toBe(-4);
    expect(parseCount('')).toBe(0);
    expect(parseCount('3,5')).toBeNull();
  });
});
