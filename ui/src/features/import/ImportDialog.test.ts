import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { ImportPreview, ImportReport, RowError } from '$lib/generated/bindings';
import { mockBackend, plain } from '../../test/fixtures';
import ImportButton from './ImportButton.svelte';

const PREVIEW: ImportPreview = {
  kind: 'actions',
  columns: [
    { index: 0, header: 'Référence', field: 'reference', samples: ['IMP-1', 'IMP-2'] },
    { index: 1, header: 'Libellé long', field: null, samples: ['Stage de tir'] },
    { index: 2, header: 'Pays', field: 'country', samples: ['Sénégal'] },
  ],
  unknown_columns: ['Libellé long'],
  missing_required: ['title'],
  fields: [
    { field: 'reference', label: 'Référence', required: true },
    { field: 'title', label: 'Intitulé', required: true },
    { field: 'country', label: 'Pays', required: true },
    { field: 'funder', label: 'Bailleur', required: false },
  ],
  total_rows: 2,
};

const error = (line: number, column: string, value: string, message: string): RowError => ({
  line,
  column,
  field: null,
  value,
  message,
  code: 'INVALID_INPUT',
});

const report = (over: Partial<ImportReport> = {}): ImportReport => ({
  kind: 'actions',
  total_rows: 2,
  valid_rows: 2,
  to_create: 2,
  to_update: 0,
  unchanged: 0,
  errors: [],
  warnings: [],
  ignored_columns: [],
  committed: false,
  batch_id: null,
  ...over,
});

/** Sends progress through the channel the command received, as the shell does. */
function progress(args: Record<string, unknown>, done: number, total: number, index: number) {
  const channel = args.onProgress as { id: number };
  const internals = (window as unknown as { __TAURI_INTERNALS__: { runCallback: (id: number, data: unknown) => void } })
    .__TAURI_INTERNALS__;
  internals.runCallback(channel.id, { index, message: { done, total } });
}

async function openAndPick() {
  await fireEvent.click(screen.getByTestId('import-open'));
  await fireEvent.click(await screen.findByTestId('import-pick'));
  return screen.findByTestId('import-mapping');
}

describe('ImportDialog', () => {
  it('maps an unrecognised column, then shows each error at its line and column, and imports nothing', async () => {
    const calls = mockBackend({
      'plugin:dialog|open': () => '/données/actions.xlsx',
      import_detect: () => PREVIEW,
      import_dry_run: (args) => {
        progress(args, 1, 2, 0);
        return report({
          valid_rows: 0,
          to_create: 0,
          errors: [
            error(2, 'Pays', 'Atlantide', 'Pays inconnu : « Atlantide ».'),
            error(3, 'Référence', 'IMP-1', '« IMP-1 » figure déjà à la ligne 2 du fichier.'),
          ],
          ignored_columns: [],
        });
      },
    });
    const onimported = vi.fn();
    render(ImportButton, { kind: 'actions', onimported });
    const mapping = await openAndPick();

    expect(screen.getByTestId('import-file').textContent).toContain('actions.xlsx');
    const rows = within(mapping).getAllByTestId('import-column');
    expect(rows).toHaveLength(3);
    expect(within(rows[1]).getByTestId('import-unknown')).toBeTruthy();
    expect(screen.getByTestId('import-missing').textContent).toContain('Intitulé');
    expect((screen.getByTestId('import-check') as HTMLButtonElement).disabled).toBe(true);

    await userEvent.selectOptions(screen.getByTestId('import-column-1'), 'Intitulé (obligatoire)');
    expect(screen.queryByTestId('import-missing')).toBeNull();
    await fireEvent.click(screen.getByTestId('import-check'));

    const table = await screen.findByTestId('import-errors');
    const dry = calls.find((c) => c.cmd === 'import_dry_run');
    expect(dry?.args.kind).toBe('actions');
    expect(dry?.args.path).toBe('/données/actions.xlsx');
    expect(dry?.args.mapping).toEqual(['reference', 'title', 'country']);
    const lines = within(table).getAllByTestId('import-error');
    expect(lines.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent?.trim()))).toEqual([
      ['2', 'Pays', 'Atlantide', 'Pays inconnu : « Atlantide ».'],
      ['3', 'Référence', 'IMP-1', '« IMP-1 » figure déjà à la ligne 2 du fichier.'],
    ]);
    expect(plain(screen.getByTestId('import-count-errors').textContent)).toBe('2');
    expect((screen.getByTestId('import-commit') as HTMLButtonElement).disabled).toBe(true);

    // The error rows are walked with the arrow keys.
    lines[0].focus();
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(lines[1]);

    expect(calls.some((c) => c.cmd === 'import_commit')).toBe(false);
    expect(onimported).not.toHaveBeenCalled();
  });

  it('imports a clean file with a progress bar and refreshes the list', async () => {
    let finish: (r: ImportReport) => void = () => {};
    const calls = mockBackend({
      'plugin:dialog|open': () => '/data/actions.csv',
      import_detect: () => ({
        ...PREVIEW,
        columns: PREVIEW.columns.map((c, i) => (i === 1 ? { ...c, field: 'title' as const } : c)),
        missing_required: [],
      }),
      import_dry_run: () => report({ to_create: 1, to_update: 1, warnings: [{ line: 3, message: 'Mali hors zone' }] }),
      import_commit: (args) =>
        new Promise<ImportReport>((resolve) => {
          progress(args, 1, 2, 0);
          finish = resolve;
        }),
    });
    const onimported = vi.fn();
    render(ImportButton, { kind: 'actions', onimported });
    await openAndPick();
    await fireEvent.click(screen.getByTestId('import-check'));
    const commit = await screen.findByTestId('import-commit');
    expect(commit.textContent?.trim()).toBe('Importer 2 lignes');
    expect(screen.getByTestId('import-warnings').textContent).toContain('Ligne 3 : Mali hors zone');
    await fireEvent.click(commit);

    const bar = await screen.findByTestId('import-progress');
    await waitFor(() => expect(plain(bar.textContent)).toContain('1 / 2 lignes'));
    expect(bar.querySelector('progress')?.value).toBe(1);
    finish(report({ to_create: 1, to_update: 1, committed: true }));

    const done = await screen.findByTestId('import-done');
    expect(done.textContent).toContain('1 créée(s), 1 mise(s) à jour');
    expect(onimported).toHaveBeenCalledTimes(1);
    expect(calls.find((c) => c.cmd === 'import_commit')?.args.mapping).toEqual(['reference', 'title', 'country']);
    await fireEvent.click(screen.getByTestId('import-close'));
    expect(screen.queryByTestId('import-dialog')).toBeNull();
  });

  it('cancels a running import and says nothing was saved', async () => {
    let reject: (e: unknown) => void = () => {};
    const calls = mockBackend({
      'plugin:dialog|open': () => '/data/actions.ods',
      import_detect: () => ({
        ...PREVIEW,
        columns: PREVIEW.columns.map((c, i) => (i === 1 ? { ...c, field: 'title' as const } : c)),
        missing_required: [],
      }),
      import_dry_run: () => report(),
      import_commit: () => new Promise((_, no) => (reject = no)),
      import_cancel: () => {
        reject({ code: 'CANCELLED', message: 'Import annulé : rien n’a été enregistré.' });
        return null;
      },
    });
    const onimported = vi.fn();
    render(ImportButton, { kind: 'actions', onimported });
    await openAndPick();
    await fireEvent.click(screen.getByTestId('import-check'));
    await fireEvent.click(await screen.findByTestId('import-commit'));
    await fireEvent.click(await screen.findByTestId('import-cancel'));

    expect((await screen.findByTestId('import-failure')).textContent).toBe("Import annulé : rien n'a été enregistré.");
    expect(screen.getByTestId('import-commit')).toBeTruthy();
    expect(calls.some((c) => c.cmd === 'import_cancel')).toBe(true);
    expect(onimported).not.toHaveBeenCalled();
  });

  it('says why a file cannot be read and stays on the first step', async () => {
    mockBackend({
      'plugin:dialog|open': () => '/data/notes.docx',
      import_detect: () => {
        throw { code: 'BAD_FILE', message: 'Format de fichier non pris en charge (« docx »).' };
      },
    });
    render(ImportButton, { kind: 'cases', onimported: vi.fn() });
    await fireEvent.click(screen.getByTestId('import-open'));
    expect(screen.getByRole('heading').textContent).toBe('Importer des affaires opérationnelles');
    await fireEvent.click(screen.getByTestId('import-pick'));
    expect((await screen.findByTestId('import-failure')).textContent).toContain('docx');
    expect(screen.getByTestId('import-pick')).toBeTruthy();
  });
});
