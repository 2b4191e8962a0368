/** The journal's filters and page, remembered for the session of the app. */
import type { AuditAction, JournalFilter } from '$lib/generated/bindings';

export interface JournalFilterForm {
  /** ISO dates, '' for none. */
  from: string;
  to: string;
  user: string | null;
  kind: string | null;
  action: AuditAction | null;
  text: string;
}

export const EMPTY_JOURNAL_FILTER: JournalFilterForm = {
  from: '',
  to: '',
  user: null,
  kind: null,
  action: null,
  text: '',
};

/** How many entries one page shows. */
export const JOURNAL_PAGE = 50;

export const journal = $state<{ filter: JournalFilterForm; offset: number }>({
  filter: { ...EMPTY_JOURNAL_FILTER },
  offset: 0,
});

export function resetJournalFilter(): void {
  journal.filter = { ...EMPTY_JOURNAL_FILTER };
  journal.offset = 0;
}

/** The filter the core receives: every field, null when empty. */
export function toJournalFilter(form: JournalFilterForm): JournalFilter {
  return {
    from: form.from || null,
    to: form.to || null,
    user: form.user,
    kind: form.kind,
    action: form.action,
    text: form.text.trim() || null,
    batch_id: null,
  };
}

/** How many filters are set (for the "reset" button). */
export function activeJournalFilters(form: JournalFilterForm): number {
  return Object.values(toJournalFilter(form)).filter((v) => v !== null).length;
}
