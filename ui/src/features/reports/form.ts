/**
 * The Rapports screen's form: which report, for which year or country and period, turned
 * into the core's document request. The core checks everything again; this only catches
 * what can be told before asking (nothing chosen, a period upside down).
 */
import type { DocumentRequest } from '$lib/generated/bindings';

export type ReportKind = 'annual_report' | 'country_sheet';
export const REPORT_KINDS: readonly ReportKind[] = ['annual_report', 'country_sheet'];

export interface ReportForm {
  kind: ReportKind;
  /** Year of the annual report. */
  year: number | null;
  /** ISO alpha-2 of the country sheet. */
  country: string | null;
  /** Period of the country sheet; null = from the first / up to the last year with data. */
  from: number | null;
  to: number | null;
}

/** An empty form; the screen sets the year the core opens reports on (`YearList.last_full`). */
export function emptyForm(): ReportForm {
  return { kind: 'annual_report', year: null, country: null, from: null, to: null };
}

/** Fluent id of what keeps the form from being sent, or null when it can be. */
export function formProblem(form: ReportForm): string | null {
  if (form.kind === 'annual_report') return form.year === null ? 'reports-need-year' : null;
  if (!form.country) return 'reports-need-country';
  if (form.from !== null && form.to !== null && form.from > form.to) return 'reports-bad-period';
  return null;
}

/** The request for the core, or null while the form has a problem. */
export function toRequest(form: ReportForm): DocumentRequest | null {
  if (formProblem(form)) return null;
  if (form.kind === 'annual_report') return { kind: 'annual_report', year: form.year as number };
  return { kind: 'country_sheet', country: form.country as string, from: form.from, to: form.to };
}

/** Suggested file name: rapport-annuel-2016.pdf, fiche-pays-SN-2012-2016.pdf. */
export function fileName(request: DocumentRequest): string {
  if (request.kind === 'annual_report') return `rapport-annuel-${request.year}.pdf`;
  if (request.kind === 'country_sheet') {
    const period = [request.from, request.to].filter((y) => y !== null).join('-');
    return `fiche-pays-${request.country}${period ? `-${period}` : ''}.pdf`;
  }
  return 'document.pdf';
}
