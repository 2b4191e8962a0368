import type { AuditEntry } from '$lib/generated/bindings';

/** An entry of the audit trail: by default, the title of technical action 7 changed. */
export function auditEntry(id: number, extra: Partial<AuditEntry> = {}): AuditEntry {
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
    // As the core says: actions and cases can be put back to a version.
    revertible: ['technical_action', 'operational_case'].includes(extra.kind ?? 'technical_action'),
    changes: [{ field: 'title', label: 'Intitulé', before: '"Formation"', after: '"Stage"' }],
    ...extra,
  };
}
