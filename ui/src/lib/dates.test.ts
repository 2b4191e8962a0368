import { describe, expect, it } from 'vitest';
import { addDays, daysBetween, daysInclusive, isoToText, parseDateText } from './dates';

describe('parseDateText', () => {
  it('reads dd/mm/yyyy as the French write it', () => {
    expect(parseDateText('05/03/2027')).toBe('2027-03-05');
    expect(parseDateText('5/3/2027')).toBe('2027-03-05');
    expect(parseDateText(' 05.03.2027 ')).toBe('2027-03-05');
    expect(parseDateText('05-03-2027')).toBe('2027-03-05');
  });
  it('reads ISO too', () => {
    expect(parseDateText('2027-03-05')).toBe('2027-03-05');
  });
  it('is empty for an empty text and null for anything that is not a real date', () => {
    expect(parseDateText('')).toBe('');
    expect(parseDateText('31/02/2027')).toBeNull();
    expect(parseDateText('29/02/2027')).toBeNull();
    expect(parseDateText('29/02/2028')).toBe('2028-02-29');
    expect(parseDateText('13/13/2027')).toBeNull();
    expect(parseDateText('03/05/27')).toBeNull();
    expect(parseDateText('demain')).toBeNull();
  });
});

describe('date helpers', () => {
  it('shows ISO as dd/mm/yyyy', () => {
    expect(isoToText('2027-03-05')).toBe('05/03/2027');
    expect(isoToText(null)).toBe('');
  });
  it('adds days across months and years', () => {
    expect(addDays('2027-01-30', 4)).toBe('2027-02-03');
    expect(addDays('2027-12-31', 1)).toBe('2028-01-01');
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });
  it('counts days inclusively', () => {
    expect(daysInclusive('2027-03-01', '2027-03-05')).toBe(5);
    expect(daysBetween('2027-03-30', '2027-04-02')).toEqual(['2027-03-30', '2027-03-31', '2027-04-01', '2027-04-02']);
    expect(daysBetween('2027-03-05', '2027-03-01')).toEqual([]);
  });
});
