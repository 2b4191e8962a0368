/**
 * The ways out of the gate shared by its screens: work on another database file, or quit.
 */
import { getCurrentWindow } from '@tauri-apps/api/window';
import { open } from '@tauri-apps/plugin-dialog';
import { t } from '$lib/i18n';
import { takePresetPath } from '$lib/presetPath';

/** The database file the user picks in the native dialog; null when cancelled. */
export async function pickDatabase(): Promise<string | null> {
  const preset = takePresetPath('Choose');
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
