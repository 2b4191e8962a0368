/**
 * The end-to-end tests cannot drive the native open and save dialogs (WebDriver does not see
 * them): just before clicking the button that opens one, they set `window.__coopdesk<Name>Path`
 * to the file to use. Each screen reads its own name, once, then forgets it.
 */
export type PresetName = 'Import' | 'Save' | 'Scan' | 'Choose' | 'Restore';

export function takePresetPath(name: PresetName): string | null {
  const w = globalThis as Record<string, unknown>;
  const key = `__coopdesk${name}Path`;
  const path = w[key];
  delete w[key];
  return typeof path === 'string' ? path : null;
}
