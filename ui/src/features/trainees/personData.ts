/**
 * Personal-data rights, as the screens use them: a person's data exported (JSON, or one PDF
 * page) where the
 * user chooses, and a trainee's identity erased once confirmed. Used by the trainee page, the
 * agents view and the review list of the settings.
 */
import { save } from '@tauri-apps/plugin-dialog';
import { call } from '$lib/backend/ipc';
import { ask } from '$lib/confirm.svelte';
import type { Erased } from '$lib/generated/bindings';
import { t } from '$lib/i18n';
import { takePresetPath } from '$lib/presetPath';

export type PersonKind = 'trainee' | 'agent';

/** What an erased trainee's last name becomes (the core's `ERASED_NAME`). */
export const ERASED_NAME = '[effacé]';

export function isErased(lastName: string): boolean {
  return lastName === ERASED_NAME;
}

/** JSON holds everything in detail; PDF is the same dossier on one printed page. */
export type DossierFormat = 'json' | 'pdf';

/** The name proposed by the save dialog: `donnees-stagiaire-12.json` (or `.pdf`). */
export function exportFileName(kind: PersonKind, id: number, format: DossierFormat = 'json'): string {
  // A string, so that Fluent does not group the digits of a large id.
  const name = t(`privacy-export-file-${kind}`, { id: String(id) });
  return format === 'pdf' ? name.replace(/\.json$/, '.pdf') : name;
}

/**
 * Asks where to save, then has the core write everything it holds about the person there.
 * Resolves to the path written, or null when the dialog was cancelled; throws what the core
 * (or the dialog) refused with.
 */
export async function exportPerson(
  kind: PersonKind,
  id: number,
  format: DossierFormat = 'json',
): Promise<string | null> {
  // The core writes one PDF page when the path ends in .pdf, JSON otherwise.
  const path =
    takePresetPath('Save') ??
    (await save({
      defaultPath: exportFileName(kind, id, format),
      filters: [{ name: t(`privacy-export-filter-${format}`), extensions: [format] }],
    }));
  if (!path) return null;
  await call('personExport', kind, id, path);
  return path;
}

/**
 * Asks for confirmation, then erases the trainee's identity. Resolves to what the core did,
 * or null when the user cancelled; throws what the core refused with.
 */
export async function eraseTrainee(id: number, name: string): Promise<Erased | null> {
  if (!(await ask(t('privacy-erase-question', { name }), t('privacy-erase-ok')))) return null;
  return call('traineeErase', id);
}

/** « Identité effacée ; 3 inscriptions conservées anonymes. » */
export function erasedNotice(erased: Erased): string {
  return t('privacy-erased', { count: erased.enrolments });
}
