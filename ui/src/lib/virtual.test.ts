import { describe, expect, it } from 'vitest';
import { moveIndex, pagesFor, scrollToShow, visibleRange } from './virtual';

describe('visibleRange', () => {
  it('renders only the rows in view plus the overscan', () => {
    expect(visibleRange(0, 280, 28, 50000, 5)).toEqual({ start: 0, end: 16 });
    expect(visibleRange(2800, 280, 28, 50000, 5)).toEqual({ start: 95, end: 116 });
  });

  it('stops at the end of the list and copes with tiny lists', () => {
    expect(visibleRange(28 * 49990, 280, 28, 50000, 5)).toEqual({ start: 49985, end: 50000 });
    expect(visibleRange(0, 600, 28, 3, 5)).toEqual({ start: 0, end: 3 });
    expect(visibleRange(0, 600, 28, 0, 5)).toEqual({ start: 0, end: 0 });
  });

  it('never renders more than the viewport needs, whatever the total', () => {
    const { start, end } = visibleRange(123456, 800, 28, 1_000_000, 8);
    expect(end - start).toBeLessThanOrEqual(Math.ceil(800 / 28) + 1 + 16);
  });
});

describe('pagesFor', () => {
  it('lists the pages covering a range', () => {
    expect(pagesFor({ start: 0, end: 40 }, 200)).toEqual([0]);
    expect(pagesFor({ start: 190, end: 230 }, 200)).toEqual([0, 1]);
    expect(pagesFor({ start: 400, end: 400 }, 200)).toEqual([]);
    expect(pagesFor({ start: 399, end: 401 }, 200)).toEqual([1, 2]);
  });
});

describe('scrollToShow', () => {
  it('scrolls up or down just enough, or not at all', () => {
    expect(scrollToShow(5, 0, 280, 28)).toBeNull();
    expect(scrollToShow(2, 280, 280, 28)).toBe(56);
    expect(scrollToShow(20, 0, 280, 28)).toBe(308);
    expect(scrollToShow(20, 0, 280, 28, 28)).toBe(336);
  });
});

describe('moveIndex', () => {
  it('moves and clamps', () => {
    expect(moveIndex('ArrowDown', 0, 10, 5)).toBe(1);
    expect(moveIndex('ArrowUp', 0, 10, 5)).toBe(0);
    expect(moveIndex('PageDown', 8, 10, 5)).toBe(9);
    expect(moveIndex('End', 0, 10, 5)).toBe(9);
    expect(moveIndex('Home', 7, 10, 5)).toBe(0);
    expect(moveIndex('x', 7, 10, 5)).toBeNull();
    expect(moveIndex('ArrowDown', 0, 0, 5)).toBeNull();
  });
});
