/** How many areas have a shortcut: Alt+1 … Alt+9, then Alt+0 for the tenth. */
export const SHORTCUT_COUNT = 10;

/** The digit of the area at `index` (1 … 9, then 0 for the tenth), or null when it has none. */
export function shortcutDigit(index: number): number | null {
  if (index < 0 || index >= SHORTCUT_COUNT) return null;
  return (index + 1) % 10;
}

/**
 * Alt+1 … Alt+9 → area index 0 … 8, Alt+0 → 9, or null. Uses the physical key
 * (`code`), so it works on AZERTY keyboards where the digits need Shift.
 */
export function shortcutIndex(
  event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>,
  count: number,
): number | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const match = /^(?:Digit|Numpad)([0-9])$/.exec(event.code);
  if (!match) return null;
  const digit = Number(match[1]);
  const index = digit === 0 ? 9 : digit - 1;
  return index < count ? index : null;
}

/** What an area says about its shortcut: `false` for one reached from the navigation only. */
export interface WithShortcut {
  shortcut?: boolean;
}

/**
 * The digit of each area (or null): the areas with a shortcut take 1 … 9, then 0, in
 * navigation order; an area with `shortcut: false` is skipped and gives its digit to the next.
 */
export function shortcutDigits(areas: readonly WithShortcut[]): (number | null)[] {
  let slot = 0;
  return areas.map((area) => (area.shortcut === false ? null : shortcutDigit(slot++)));
}

/** The index of the area whose Alt+digit `event` is, or null. */
export function shortcutArea(
  event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>,
  areas: readonly WithShortcut[],
): number | null {
  const slot = shortcutIndex(event, SHORTCUT_COUNT);
  if (slot === null) return null;
  const index = shortcutDigits(areas).indexOf(shortcutDigit(slot));
  return index < 0 ? null : index;
}

/** Where focus goes in a vertical list for ArrowUp/ArrowDown/Home/End (wrapping), or null. */
export function listMove(key: string, current: number, count: number): number | null {
  if (count === 0) return null;
  switch (key) {
    case 'ArrowDown':
      return (current + 1) % count;
    case 'ArrowUp':
      return (current - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return null;
  }
}
