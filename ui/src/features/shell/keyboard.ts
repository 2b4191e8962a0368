/**
 * Alt+1 … Alt+9 → area index 0 … 8, or null. Uses the physical key
 * (`code`), so it works on AZERTY keyboards where the digits need Shift.
 */
export function shortcutIndex(
  event: Pick<KeyboardEvent, 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'code'>,
  count: number,
): number | null {
  if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return null;
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(event.code);
  if (!match) return null;
  const index = Number(match[1]) - 1;
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
