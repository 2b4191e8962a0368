/**
 * What the settings screen says about a copy of the database, and the end-to-end tests'
 * way past the native open dialog.
 */
import type { BackupInfo } from '$lib/generated/bindings';
import { formatDateTime } from '$lib/format';
import { t } from '$lib/i18n';

/** "74 SSI, 2 160 actions, 900 affaires, 12 sessions et 100 stagiaires" (Fluent plurals). */
export function contentsOf(backup: BackupInfo): string {
  const r = backup.records;
  return t('settings-contents', {
    ssis: r.ssis,
    actions: r.technical_actions,
    cases: r.operational_cases,
    sessions: r.sessions,
    trainees: r.trainees,
  });
}

/** The question asked before a restore: the copy's date and what it holds. */
export function restoreQuestion(copy: BackupInfo): string {
  return t('settings-restore-confirm', { date: formatDateTime(copy.created), contents: contentsOf(copy) });
}

/** The name proposed by the save dialog: `coopdesk-sauvegarde-2026-12-01.sqlite`. */
export function exportFileName(today: string): string {
  return t('settings-export-file', { date: today });
}
