import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { mockBackend } from '../../test/fixtures';
import DocumentPreview from './DocumentPreview.svelte';
import { clearPrint } from './print';

const page = (w: number, h: number) => `<svg viewBox="0 0 ${w} ${h}" width="${w}pt" height="${h}pt"></svg>`;

describe('DocumentPreview', () => {
  let made = 0;
  beforeEach(() => {
    made = 0;
    // jsdom has no object URLs; the component only needs distinct strings back.
    URL.createObjectURL = () => `blob:page-${++made}`;
    URL.revokeObjectURL = () => {};
  });
  afterEach(() => clearPrint());

  it('shows the pages the core laid out and prints exactly those', async () => {
    const calls = mockBackend({
      document_preview: () => ({ pages: [page(842, 595), page(842, 595)], certificates_issued: null }),
    });
    render(DocumentPreview, { request: { kind: 'attendance', session_id: 7 }, fileName: 'f.pdf' });
    const pages = await screen.findAllByTestId('document-page');
    expect(pages).toHaveLength(2);
    expect(pages[0].getAttribute('alt')).toBe('Page 1 sur 2');
    expect(screen.getByTestId('document-page-count').textContent).toBe('2 pages');
    expect(calls[0].args).toEqual({ request: { kind: 'attendance', session_id: 7 } });

    const print = vi.spyOn(window, 'print').mockImplementation(() => {});
    await fireEvent.click(screen.getByTestId('document-print'));
    expect(print).toHaveBeenCalledOnce();
    const printed = document.querySelectorAll('#document-print-pages img.landscape');
    expect([...printed].map((i) => i.getAttribute('src'))).toEqual(['blob:page-1', 'blob:page-2']);
  });

  it('zooms with the buttons and keeps within bounds', async () => {
    mockBackend({ document_preview: () => ({ pages: [page(595, 842)], certificates_issued: null }) });
    render(DocumentPreview, { request: { kind: 'certificates', session_id: 1 }, fileName: 'f.pdf' });
    await screen.findAllByTestId('document-page');
    expect(screen.getByTestId('document-zoom').textContent).toBe('100 %');
    await fireEvent.click(screen.getByRole('button', { name: 'Agrandir' }));
    expect(screen.getByTestId('document-zoom').textContent).toBe('125 %');
    for (let i = 0; i < 6; i++) await fireEvent.click(screen.getByRole('button', { name: 'Réduire' }));
    expect(screen.getByTestId('document-zoom').textContent).toBe('50 %');
  });

  it('says why a document cannot be laid out and offers nothing to save or print', async () => {
    mockBackend({
      document_preview: () => {
        throw { code: 'INVALID_INPUT', message: 'Aucun stagiaire reçu dans la session 3.', field: 'session_id' };
      },
    });
    render(DocumentPreview, { request: { kind: 'certificates', session_id: 3 }, fileName: 'f.pdf' });
    const notice = await screen.findByTestId('document-notice');
    expect(notice.textContent).toContain('Aucun stagiaire reçu dans la session 3.');
    expect(screen.queryAllByTestId('document-page')).toHaveLength(0);
    expect((screen.getByTestId('document-print') as HTMLButtonElement).disabled).toBe(true);
    expect((screen.getByTestId('document-save') as HTMLButtonElement).disabled).toBe(true);
  });

  it('tells how many certificate numbers were issued', async () => {
    mockBackend({ document_preview: () => ({ pages: [page(595, 842)], certificates_issued: 4 }) });
    render(DocumentPreview, { request: { kind: 'certificates', session_id: 1 }, fileName: 'f.pdf' });
    const notice = await screen.findByTestId('document-notice');
    expect(notice.textContent).toContain("4 numéros d'attestation attribués.");
  });
});
