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
