/**
 * Dates typed by the user. The window's native date input follows the system
 * locale (mm/dd/yyyy under C), so forms use a text field read here instead:
 * dd/mm/yyyy (or d/m/yyyy, with / . or - between) and ISO yyyy-mm-dd are accepted,
 * and the core always receives ISO.
 */

const pad = (n: number) => String(n).padStart(2, '0');

function valid(y: number, m: number, d: number): boolean {
  if (y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1) return false;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= last;
}

/** The ISO date of what the user typed, '' for an empty text, or null when it is not a date. */
export function parseDateText(text: string): string | null {
  const s = text.trim();
  if (s === '') return '';
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(s);
  if (match) {
    [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  } else {
    match = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
    if (!match) return null;
    [d, m, y] = [Number(match[1]), Number(match[2]), Number(match[3])];
  }
  return valid(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** An ISO date as the field shows it (dd/mm/yyyy); '' for none. */
export function isoToText(iso: string | null | undefined): string {
  if (!iso) return '';
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? `${match[3]}/${match[2]}/${match[1]}` : iso;
}

/** `iso` plus `days` calendar days (negative allowed), computed in UTC so no time zone moves it. */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** Days from `from` to `to` (ISO), inclusive of both: the same day is 1. */
export function daysInclusive(from: string, to: string): number {
  const ms = (iso: string) => {
    const [y, m, d] = iso.split('-').map(Number);
    return Date.UTC(y, m - 1, d);
  };
  return Math.round((ms(to) - ms(from)) / 86_400_000) + 1;
}

/** Every ISO day from `from` to `to`, inclusive (empty when `to` is before `from`). */
export function daysBetween(from: string, to: string): string[] {
  const n = daysInclusive(from, to);
  return Array.from({ length: Math.max(0, Math.min(n, 366)) }, (_, i) => addDays(from, i));
}
