/**
 * The ways out of the gate shared by its screens: work on another database file, or quit.
 */
import { getCurrentWindow } from '@tauri-apps/api/window';
import { open } from '@tauri-apps/plugin-dialog';
import { t } from '$lib/i18n';

/**
 * The end-to-end tests cannot drive the native open dialog (WebDriver does not see it): they
 * set this path just before clicking « Choisir un autre fichier… ». Read once, then forgotten.
 */
export function takeChoosePath(): string | null {
  const w = globalThis as { __coopdeskChoosePath?: unknown };
  const path = w.__coopdeskChoosePath;
  delete w.__coopdeskChoosePath;
  return typeof path === 'string' ? path : null;
}

/** The database file the user picks in the native dialog; null when cancelled. */
export async function pickDatabase(): Promise<string | null> {
  const preset = takeChoosePath();
  if (preset) return preset;
  const chosen = await open({
    multiple: false,
    directory: false,
    filters: [{ name: t('settings-filter-name'), extensions: ['sqlite'] }],
  });
  return typeof chosen === 'string' ? chosen : null;
}

/** Closes the window, which ends CoopDesk (it has one window). */
export function quit(): Promise<void> {
  return getCurrentWindow().close();
}
