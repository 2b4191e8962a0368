import { describe, expect, it } from 'vitest';
import type { SessionRow, SessionStatus } from '$lib/generated/bindings';
import { yearMonths } from './calendar';

function session(id: number, start: string, end: string, status: SessionStatus = 'confirmed'): SessionRow {
  return {
    id,
    course_id: 1,
    course_code: 'C',
    course_title: 'Course',
    start_date: start,
    end_date: end,
    place_country: 'FR',
    place_country_name: 'France',
    city: '',
    language: '',
    capacity: 10,
    status,
    enrolled: 0,
    waiting: 0,
    instructors: [],
    request_reference: null,
  };
}

describe('year view month grids', () => {
  it('gives 12 Monday-first months with every day once', () => {
    const months = yearMonths(2027, []);
    expect(months).toHaveLength(12);
    expect(months.map((m) => m.month)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    // 1 January 2027 is a Friday: four blanks before it.
    expect(months[0].weeks[0].slice(0, 4)).toEqual([null, null, null, null]);
    expect(months[0].weeks[0][4]?.iso).toBe('2027-01-01');
    for (const m of months) {
      const days = m.weeks.flat().filter((d) => d !== null);
      expect(days[0]?.iso.slice(5)).toBe(`${String(m.month + 1).padStart(2, '0')}-01`);
      expect(m.weeks.every((w) => w.length === 7)).toBe(true);
    }
    expect(months[1].weeks.flat().filter(Boolean)).toHaveLength(28);
    expect(yearMonths(2028, [])[1].weeks.flat().filter(Boolean)).toHaveLength(29);
  });

  it('marks the days of sessions, across months, with the strongest status and conflicts', () => {
    const months = yearMonths(
      2027,
      [
        session(1, '2027-03-30', '2027-04-02', 'draft'),
        session(2, '2027-04-01', '2027-04-01', 'confirmed'),
        session(3, '2026-12-28', '2027-01-02', 'cancelled'),
      ],
      (id) => id === 1,
    );
    const day = (m: number, iso: string) => months[m].weeks.flat().find((d) => d?.iso === iso);
    expect(day(2, '2027-03-29')?.status).toBeNull();
    expect(day(2, '2027-03-30')).toMatchObject({ status: 'draft', count: 1, conflict: true });
    expect(day(3, '2027-04-01')).toMatchObject({ status: 'confirmed', count: 2, conflict: true });
    expect(day(3, '2027-04-03')).toMatchObject({ status: null, count: 0, conflict: false });
    expect(day(0, '2027-01-02')).toMatchObject({ status: 'cancelled', conflict: false });
    expect(months[2].sessions).toBe(1);
    expect(months[3].sessions).toBe(2);
    expect(months[0].sessions).toBe(1);
    expect(months[5].sessions).toBe(0);
  });
});
