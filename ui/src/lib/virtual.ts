/**
 * Windowing math of the virtual tables: which rows to render for a scroll
 * position, and which pages of the core's list to fetch for them.
 */

export interface Range {
  /** First row to render. */
  start: number;
  /** One past the last row to render. */
  end: number;
}

/** The rows visible in a viewport scrolled to `scrollTop`, with `overscan` extra rows each side. */
export function visibleRange(
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  total: number,
  overscan = 8,
): Range {
  if (total <= 0 || rowHeight <= 0) return { start: 0, end: 0 };
  const first = Math.floor(Math.max(0, scrollTop) / rowHeight);
  const count = Math.ceil(Math.max(0, viewport) / rowHeight) + 1;
  const start = Math.max(0, Math.min(first - overscan, total - 1));
  const end = Math.min(total, first + count + overscan);
  return { start, end: Math.max(start, end) };
}

/** The page numbers (of `pageSize` rows) that hold rows `start` … `end - 1`. */
export function pagesFor(range: Range, pageSize: number): number[] {
  if (range.end <= range.start) return [];
  const first = Math.floor(range.start / pageSize);
  const last = Math.floor((range.end - 1) / pageSize);
  const pages: number[] = [];
  for (let p = first; p <= last; p++) pages.push(p);
  return pages;
}

/**
 * The scroll position that brings row `index` into view (under a sticky header of
 * `header` pixels), or null when it is already visible.
 */
export function scrollToShow(
  index: number,
  scrollTop: number,
  viewport: number,
  rowHeight: number,
  header = 0,
): number | null {
  const top = index * rowHeight;
  const bottom = top + rowHeight;
  if (top < scrollTop) return top;
  if (bottom > scrollTop + viewport - header) return bottom - viewport + header;
  return null;
}

/** The active row after a navigation key, or null for another key. */
export function moveIndex(key: string, current: number, total: number, pageRows: number): number | null {
  if (total === 0) return null;
  const clamp = (i: number) => Math.max(0, Math.min(total - 1, i));
  switch (key) {
    case 'ArrowDown':
      return clamp(current + 1);
    case 'ArrowUp':
      return clamp(current - 1);
    case 'PageDown':
      return clamp(current + pageRows);
    case 'PageUp':
      return clamp(current - pageRows);
    case 'Home':
      return 0;
    case 'End':
      return total - 1;
    default:
      return null;
  }
}
