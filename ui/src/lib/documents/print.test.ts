import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearPrint, isLandscape, pageSize, printPages } from './print';

const portrait = '<svg class="typst-doc" viewBox="0 0 595.2756 841.8898" width="595.2756pt" height="841.8898pt"></svg>';
const landscape = '<svg viewBox="0 0 841.8898 595.2756" width="841.8898pt" height="595.2756pt"></svg>';

describe('document printing', () => {
  afterEach(() => clearPrint());

  it('reads the page size of a typst SVG page', () => {
    expect(pageSize(portrait)).toEqual({ width: 595.2756, height: 841.8898 });
    expect(isLandscape(portrait)).toBe(false);
    expect(isLandscape(landscape)).toBe(true);
    expect(pageSize('<svg></svg>')).toBeNull();
  });

  it('prints one sheet per page in the orientation of the document', () => {
    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    const box = printPages(['blob:a', 'blob:b', 'blob:c'], true);
    expect(print).toHaveBeenCalledOnce();
    expect(box.querySelectorAll('img.landscape')).toHaveLength(3);
    expect(document.body.classList.contains('print-document')).toBe(true);
    expect(document.getElementById('document-print-style')?.textContent).toContain('A4 landscape');
    // A second print replaces the first one's pages instead of adding to them.
    printPages(['blob:d'], false);
    expect(document.querySelectorAll('#document-print-pages img')).toHaveLength(1);
    expect(document.getElementById('document-print-style')?.textContent).toContain('A4 portrait');
    window.dispatchEvent(new Event('afterprint'));
    expect(document.getElementById('document-print-pages')).toBeNull();
    expect(document.body.classList.contains('print-document')).toBe(false);
  });
});
