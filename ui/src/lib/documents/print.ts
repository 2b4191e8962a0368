/**
 * Printing a document laid out by the core: its pages (SVG, the very pages of the PDF) go
 * into a print-only container, one per sheet, and the system print dialog opens. The page
 * size follows the document (A4 portrait or landscape), so nothing is scaled twice.
 */

/** Width and height of an SVG page from its viewBox (or width/height attributes). */
export function pageSize(svg: string): { width: number; height: number } | null {
  const head = svg.slice(0, 600);
  const box = /viewBox="\s*[-\d.]+[\s,]+[-\d.]+[\s,]+([\d.]+)[\s,]+([\d.]+)\s*"/.exec(head);
  if (box) return { width: Number(box[1]), height: Number(box[2]) };
  const w = /\bwidth="([\d.]+)/.exec(head);
  const h = /\bheight="([\d.]+)/.exec(head);
  return w && h ? { width: Number(w[1]), height: Number(h[1]) } : null;
}

export function isLandscape(svg: string): boolean {
  const size = pageSize(svg);
  return size !== null && size.width > size.height;
}

const CONTAINER = 'document-print-pages';
const STYLE = 'document-print-style';

/** Removes what a previous print left behind. */
export function clearPrint(doc: Document = document): void {
  doc.getElementById(CONTAINER)?.remove();
  doc.getElementById(STYLE)?.remove();
  doc.body.classList.remove('print-document');
}

/**
 * Puts `urls` (one image per page) in a print-only container and opens the print dialog.
 * Returns the container, for tests.
 */
export function printPages(urls: readonly string[], landscape: boolean, doc: Document = document): HTMLElement {
  clearPrint(doc);
  const style = doc.createElement('style');
  style.id = STYLE;
  style.textContent = `@page { size: A4 ${landscape ? 'landscape' : 'portrait'}; margin: 0; }`;
  doc.head.appendChild(style);
  const container = doc.createElement('div');
  container.id = CONTAINER;
  for (const url of urls) {
    const img = doc.createElement('img');
    img.src = url;
    img.alt = '';
    img.className = landscape ? 'landscape' : 'portrait';
    container.appendChild(img);
  }
  doc.body.appendChild(container);
  doc.body.classList.add('print-document');
  const view = doc.defaultView;
  view?.addEventListener('afterprint', () => clearPrint(doc), { once: true });
  view?.print();
  return container;
}
