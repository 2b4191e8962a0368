/**
 * After a restore, the whole window must show the restored data. Each screen reads the core
 * when it opens, but some values live for the whole session: the reference data of
 * refdata.svelte.ts, the courses store, the filters and choices kept in module state
 * (technical, reports, SSI list…). There is no app-wide invalidation, and adding one would
 * have to be kept in step with every future cache; reloading the page forgets them all at
 * once, and the core (which holds the database) is not restarted. Nothing unsaved can be
 * lost: a form's changes are guarded when leaving its area, and Paramètres has no form.
 * The success notice goes through sessionStorage so that it is shown again after the reload.
 */
const NOTICE_KEY = 'coopdesk-settings-notice';

/** Keeps `text` for the settings screen of the reloaded page. */
export function keepNotice(text: string): void {
  try {
    sessionStorage.setItem(NOTICE_KEY, text);
  } catch {
    // No storage: the notice is shown before the reload only.
  }
}

/** The notice kept before a reload, once (null when there is none). */
export function takeNotice(): string | null {
  try {
    const text = sessionStorage.getItem(NOTICE_KEY);
    sessionStorage.removeItem(NOTICE_KEY);
    return text;
  } catch {
    return null;
  }
}

/** Reloads the window (the hash keeps Paramètres open). Its own function so tests can replace it. */
export function reloadWindow(): void {
  window.location.reload();
}
