/**
 * How the journal and the history panels show an entry: the names of kinds and actions
 * (Fluent ids `audit-kind-<table>` and `audit-action-<action>` of audit.ftl, shared with the
 * core), the values of a field change (JSON texts from the core), and where a record opens.
 */
import type { AuditAction, AuditEntry, FieldChange } from '$lib/generated/bindings';
import { compareFr, formatDate, formatMoney, formatNumber } from '$lib/format';
import { t } from '$lib/i18n';
import type { Option } from '$lib/options';

/** Every kind of record the core audits (its tables), for the journal's filter. */
export const KINDS = [
  'technical_action',
  'operational_case',
  'ssi',
  'ssi_coverage',
  'agent',
  'posting',
  'programme',
  'programme_funder',
  'programme_country',
  'programme_budget',
  'trainee',
  'enrolment',
  'attendance',
  'session',
  'session_instructor',
  'course',
  'instructor',
  'request',
  'foreign_unit',
  'network',
  'unit_network',
  'exchange',
  'exchange_unit',
  'domain',
  'action_kind',
  'case_kind',
  'funder',
] as const;

export const ACTIONS: readonly AuditAction[] = ['insert', 'update', 'delete'];

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase('fr') + text.slice(1);

/** The name of a kind of record (« Action de coopération technique »). */
export const kindLabel = (kind: string): string => t(`audit-kind-${kind}`);

/** « Création », « Modification », « Suppression ». */
export const actionLabel = (action: AuditAction): string => capitalise(t(`audit-action-${action}`));

/** The kinds, in French alphabetical order of their names. */
export function kindOptions(): Option<string>[] {
  return KINDS.map((kind) => ({ value: kind, label: kindLabel(kind) })).sort((a, b) => compareFr(a.label, b.label));
}

export const actionOptions = (): Option<AuditAction>[] =>
  ACTIONS.map((action) => ({ value: action, label: actionLabel(action) }));

/** Columns the core keeps as 0 / 1 (SQLite has no booleans). */
const BOOLEAN_FIELDS = new Set(['present', 'archived']);

/** Fields holding a code of the core, shown with the screens' own words. */
const CODES: Record<string, { values: readonly string[]; prefix: string }> = {
  'technical_action.status': { values: ['planned', 'done', 'cancelled'], prefix: 'status' },
  'session.status': { values: ['draft', 'confirmed', 'done', 'cancelled'], prefix: 'session-status' },
  'enrolment.status': {
    values: ['requested', 'confirmed', 'waiting', 'attended', 'passed', 'failed', 'withdrawn'],
    prefix: 'enrolment-status',
  },
  'operational_case.channel': { values: ['none', 'interpol', 'europol', 'schengen'], prefix: 'channel' },
  'programme.kind': { values: ['bilateral', 'multilateral'], prefix: 'lateral' },
  'funder.kind': { values: ['bilateral', 'multilateral'], prefix: 'lateral' },
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whole numbers shown without grouping: years and identifiers (2016, not « 2 016 »). */
const plainNumber = (field: string) => field === 'year' || field === 'id' || field.endsWith('_id');

function show(kind: string, field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return t('value-none');
  if (typeof value === 'boolean') return t(value ? 'value-yes' : 'value-no');
  if (typeof value === 'number') {
    if (BOOLEAN_FIELDS.has(field) && (value === 0 || value === 1)) return t(value ? 'value-yes' : 'value-no');
    if (field.endsWith('_cents')) return formatMoney(value);
    return plainNumber(field) ? String(value) : formatNumber(value);
  }
  if (typeof value === 'string') {
    const code = CODES[`${kind}.${field}`];
    if (code?.values.includes(value)) return t(`${code.prefix}-${value}`);
    return ISO_DATE.test(value) ? formatDate(value) : value;
  }
  if (Array.isArray(value)) return value.map((item) => show(kind, field, item)).join(', ') || t('value-none');
  return JSON.stringify(value);
}

/**
 * One value of a field change for display: the JSON text from the core unquoted (strings),
 * « — » for none, Oui / Non, ISO dates as dd/mm/yyyy, `…_cents` as euros. `kind` is the
 * record's table (for the codes of a status or a channel).
 */
export function formatValue(kind: string, field: string, json: string | null): string {
  if (json === null) return t('value-none');
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  return show(kind, field, value);
}

/** What a row of the journal says about the fields: « Intitulé, Participants » or « 3 champs ». */
export function summary(changes: readonly FieldChange[]): string {
  if (changes.length === 0) return t('value-none');
  if (changes.length <= 2) return changes.map((c) => c.label).join(', ');
  return t('journal-fields', { count: changes.length });
}

/** The kinds of record that have a page, and how the app's routing reaches it. */
const PAGES: Record<string, (id: number) => string> = {
  technical_action: (id) => `#/technical/action/${id}`,
  operational_case: (id) => `#/operational/case/${id}`,
  programme: (id) => `#/technical/programme/${id}`,
  ssi: (id) => `#/ssi/${id}`,
  trainee: (id) => `#/trainees/${id}`,
  session: (id) => `#/courses/session/${id}`,
};

export interface RecordTarget {
  kind: string;
  id: number;
  hash: string;
}

/**
 * The record an entry opens: its own when its kind has a page, else the record it belongs to
 * (the SSI of a covered country, the session of an enrolment), or null.
 */
export function recordTarget(entry: AuditEntry): RecordTarget | null {
  if (entry.record_id !== null && PAGES[entry.kind]) {
    return { kind: entry.kind, id: entry.record_id, hash: PAGES[entry.kind](entry.record_id) };
  }
  if (entry.parent_kind && entry.parent_id !== null && PAGES[entry.parent_kind]) {
    return { kind: entry.parent_kind, id: entry.parent_id, hash: PAGES[entry.parent_kind](entry.parent_id) };
  }
  return null;
}

/** Whether a record still exists, from its history: its last own entry is not a deletion. */
export function stillExists(target: RecordTarget, history: readonly AuditEntry[]): boolean {
  const own = history.filter((e) => e.kind === target.kind && e.record_id === target.id);
  return own.length === 0 || own[own.length - 1].action !== 'delete';
}
