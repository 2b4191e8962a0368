/**
 * Closed years, as the Rapports screen tells them: a year is closed when the core lists it
 * as closed; a year never closed, or reopened since, is open. The core refuses every write
 * dated in a closed year; this only says where the year stands.
 */
import type { YearState } from '$lib/generated/bindings';
import { formatDate } from '$lib/format';
import { t } from '$lib/i18n';

/** The state of `year` while it is closed; null while it is open. */
export function closedState(states: readonly YearState[], year: number): YearState | null {
  return states.find((s) => s.year === year && s.closed) ?? null;
}

/**
 * The sentence saying where `year` stands. The date is the UTC day of the closing, as the
 * annual report prints it.
 */
export function yearStateText(year: number, closed: YearState | null): string {
  const y = String(year);
  if (!closed) return t('year-closing-open', { year: y });
  return t('year-closing-closed', {
    year: y,
    date: formatDate(closed.closed_at),
    user: closed.closed_by || t('value-none'),
  });
}
