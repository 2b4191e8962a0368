/**
 * Unsaved changes are never lost silently: an open form registers a check, and
 * whoever is about to close it or leave the area calls `confirmLeave` first.
 */
import { ask } from './confirm.svelte';
import { t } from './i18n';

const dirtyChecks = new Set<() => boolean>();

/** Registers a form's "has unsaved changes" check; returns the function that removes it. */
export function guardUnsaved(isDirty: () => boolean): () => void {
  dirtyChecks.add(isDirty);
  return () => dirtyChecks.delete(isDirty);
}

export function hasUnsaved(): boolean {
  return [...dirtyChecks].some((check) => check());
}

/** True when nothing is unsaved, or when the user agrees to drop the changes. */
export async function confirmLeave(): Promise<boolean> {
  if (!hasUnsaved()) return true;
  return ask(t('leave-message'), t('leave-discard'));
}
