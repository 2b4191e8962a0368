import type { AuditEntry, FieldChange } from '$lib/generated/bindings';

const REVERTIBLE = ['technical_action', 'operational_case', 'ssi', 'trainee', 'session', 'programme'];
const LINKS: Record<string, string[]> = {
  ssi: ['ssi_coverage'],
  session: ['session_instructor'],
  programme: ['programme_funder', 'programme_country', 'programme_budget'],
};

function revertible(kind: string, parent: string | null): boolean {
  return REVERTIBLE.includes(kind) || (parent !== null && (LINKS[parent]?.includes(kind) ?? false));
}

/** A field change as tests write it: the names for reading are optional (none by default). */
export type ChangeInput = Omit<FieldChange, 'before_text' | 'after_text'> &
  Partial<Pick<FieldChange, 'before_text' | 'after_text'>>;

/** An entry of the audit trail: by default, the title of technical action 7 changed. */
export function auditEntry(
  id: number,
  extra: Partial<Omit<AuditEntry, 'changes'>> & { changes?: ChangeInput[] } = {},
): AuditEntry {
  const changes = extra.changes ?? [{ field: 'title', label: 'Intitulé', before: '"Formation"', after: '"Stage"' }];
  return {
    id,
    at: '2026-03-02T09:15:00.000Z',
    user: 'agent',
    batch_id: null,
    batch: null,
    kind: 'technical_action',
    kind_label: 'Action de coopération technique',
    record_id: 7,
    parent_kind: null,
    parent_id: null,
    action: 'update',
    // As the core says (audit::revert): these kinds, and the link rows that are part of them.
    revertible: revertible(extra.kind ?? 'technical_action', extra.parent_kind ?? null),
    ...extra,
    changes: changes.map((c) => ({ before_text: null, after_text: null, ...c })),
  };
}
