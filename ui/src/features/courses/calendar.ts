import type { SessionRow, SessionStatus } from '$lib/generated/bindings';
import { addDays } from '$lib/dates';

export interface Bar {
  session: SessionRow;
  /** Columns (0 = Monday) the bar covers in this week, inclusive. */
  from: number;
  to: number;
  lane: number;
  /** Whether the session starts / ends inside this week (rounded corners, label). */
  starts: boolean;
  ends: boolean;
}

export interface Week {
  days: string[];
  bars: Bar[];
  lanes: number;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The Monday-first weeks that show `month` (0–11) of `year`, with the sessions laid out in lanes. */
export function monthWeeks(year: number, month: number, sessions: readonly SessionRow[]): Week[] {
  const first = `${year}-${pad(month + 1)}-01`;
  const weekday = (new Date(Date.UTC(year, month, 1)).getUTCDay() + 6) % 7;
  let monday = addDays(first, -weekday);
  const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
  const last = `${year}-${pad(month + 1)}-${pad(lastDay)}`;
  const weeks: Week[] = [];
  const sorted = [...sessions].sort(
    (a, b) => a.start_date.localeCompare(b.start_date) || b.end_date.localeCompare(a.end_date),
  );
  while (monday <= last) {
    const days = Array.from({ length: 7 }, (_, i) => addDays(monday, i));
    const sunday = days[6];
    const laneEnds: number[] = [];
    const bars: Bar[] = [];
    for (const s of sorted) {
      if (s.end_date < monday || s.start_date > sunday) continue;
      const from = s.start_date < monday ? 0 : days.indexOf(s.start_date);
      const to = s.end_date > sunday ? 6 : days.indexOf(s.end_date);
      let lane = laneEnds.findIndex((end) => end < from);
      if (lane < 0) lane = laneEnds.length;
      laneEnds[lane] = to;
      bars.push({ session: s, from, to, lane, starts: s.start_date >= monday, ends: s.end_date <= sunday });
    }
    weeks.push({ days, bars, lanes: laneEnds.length });
    monday = addDays(monday, 7);
  }
  return weeks;
}

/** Where a session sits on a year's timeline, in percent of the year. */
export function yearSpan(year: number, start: string, end: string): { left: number; width: number } {
  const t0 = Date.UTC(year, 0, 1);
  const t1 = Date.UTC(year + 1, 0, 1);
  const at = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Math.min(t1, Math.max(t0, Date.UTC(y, m - 1, d)));
  };
  const a = at(start);
  const b = Math.max(a, at(addDays(end, 1)));
  return { left: ((a - t0) / (t1 - t0)) * 100, width: ((b - a) / (t1 - t0)) * 100 };
}

/** One day of a year-view month grid. */
export interface YearDay {
  iso: string;
  /** The status shown for the day (the most significant of its sessions), null without session. */
  status: SessionStatus | null;
  /** How many sessions run that day. */
  count: number;
  /** Whether one of those sessions has a conflict. */
  conflict: boolean;
}

/** One small month of the year view: Monday-first weeks, null outside the month. */
export interface YearMonth {
  /** 0–11. */
  month: number;
  weeks: (YearDay | null)[][];
  /** Sessions that run at least one day this month. */
  sessions: number;
}

/** Which status colours a day when several sessions share it. */
const STATUS_WEIGHT: Record<SessionStatus, number> = { confirmed: 4, draft: 3, done: 2, cancelled: 1 };

/** The 12 month grids of `year`, marking the days that have sessions. */
export function yearMonths(
  year: number,
  sessions: readonly SessionRow[],
  hasConflict: (id: number) => boolean = () => false,
): YearMonth[] {
  return Array.from({ length: 12 }, (_, month) => {
    const lastDay = new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
    const weekday = (new Date(Date.UTC(year, month, 1)).getUTCDay() + 6) % 7;
    const first = `${year}-${pad(month + 1)}-01`;
    const last = `${year}-${pad(month + 1)}-${pad(lastDay)}`;
    const inMonth = sessions.filter((s) => s.start_date <= last && s.end_date >= first);
    const cells: (YearDay | null)[] = Array.from({ length: weekday }, () => null);
    for (let d = 1; d <= lastDay; d++) {
      const iso = `${year}-${pad(month + 1)}-${pad(d)}`;
      const day: YearDay = { iso, status: null, count: 0, conflict: false };
      for (const s of inMonth) {
        if (s.start_date > iso || s.end_date < iso) continue;
        day.count++;
        if (!day.status || STATUS_WEIGHT[s.status] > STATUS_WEIGHT[day.status]) day.status = s.status;
        if (hasConflict(s.id)) day.conflict = true;
      }
      cells.push(day);
    }
    while (cells.length % 7) cells.push(null);
    const weeks: (YearDay | null)[][] = [];
    for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
    return { month, weeks, sessions: inMonth.length };
  });
}
