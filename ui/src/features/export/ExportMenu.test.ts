import { fireEvent, render, screen } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { ExportList } from '$lib/generated/bindings';
import { mockBackend, plain } from '../../test/fixtures';
import ExportMenu from './ExportMenu.svelte';
import { exportFileName } from './exportFile';

const ACTIONS_2016: ExportList = {
  list: 'actions',
  filter: { year: 2016 },
  sort: { column: 'start_date', descending: true },
};

describe('exportFileName', () => {
  it('names the file after the list and its main filters', () => {
    expect(exportFileName(ACTIONS_2016, 'xlsx')).toBe('actions-2016.xlsx');
    expect(exportFileName({ ...ACTIONS_2016, filter: {} }, 'ods')).toBe('actions.ods');
    expect(exportFileName({ list: 'cases', filter: { year: 2015, country: 'SN' } }, 'csv_semicolon')).toBe(
      'affaires-2015-SN.csv',
    );
    expect(exportFileName({ list: 'trainees', text: '', state: 'SN', session_id: 12 }, 'csv_comma')).toBe(
      'stagiaires-SN-session-12.csv',
    );
    expect(exportFileName({ list: 'ssi', text: 'dak', sort: null }, 'xlsx')).toBe('ssi.xlsx');
    expect(exportFileName({ list: 'sessions', year: 2016 }, 'ods')).toBe('sessions-2016.ods');
    expect(exportFileName({ list: 'units' }, 'xlsx')).toBe('unites-partenaires.xlsx');
    expect(exportFileName({ list: 'exchanges', year: null }, 'xlsx')).toBe('echanges.xlsx');
  });
});

describe('ExportMenu', () => {
  it('offers four formats and writes the chosen one where the dialog says', async () => {
    const calls = mockBackend({
      'plugin:dialog|save': () => '/tmp/actions-2016.xlsx',
      export_list: () => ({ out: '/tmp/actions-2016.xlsx', format: 'xlsx', rows: 2160, bytes: 168000 }),
    });
    render(ExportMenu, { list: ACTIONS_2016 });
    await fireEvent.click(screen.getByTestId('export-menu'));
    const items = screen.getAllByRole('menuitem').map((b) => b.textContent?.trim());
    expect(items).toEqual([
      'Excel (XLSX)',
      'OpenDocument (ODS)',
      'CSV séparé par « ; » (Excel en français)',
      'CSV séparé par « , »',
    ]);
    await fireEvent.click(screen.getByTestId('export-xlsx'));

    const notice = await screen.findByTestId('export-notice');
    expect(plain(notice.textContent)).toContain('2 160 lignes exportées : /tmp/actions-2016.xlsx');
    const dialog = calls.find((c) => c.cmd === 'plugin:dialog|save');
    expect(dialog?.args).toMatchObject({
      options: { defaultPath: 'actions-2016.xlsx', filters: [{ name: 'Excel (XLSX)', extensions: ['xlsx'] }] },
    });
    const exported = calls.find((c) => c.cmd === 'export_list');
    expect(exported?.args).toEqual({ list: ACTIONS_2016, format: 'xlsx', path: '/tmp/actions-2016.xlsx' });
    expect(screen.queryByRole('menu')).toBeNull();
  });

  it('writes nothing when the dialog is cancelled', async () => {
    const calls = mockBackend({ 'plugin:dialog|save': () => null });
    render(ExportMenu, { list: { list: 'units' } });
    await fireEvent.click(screen.getByTestId('export-menu'));
    await fireEvent.click(screen.getByTestId('export-csv_semicolon'));
    await new Promise((r) => setTimeout(r, 10));
    const dialog = calls.find((c) => c.cmd === 'plugin:dialog|save');
    expect(dialog?.args).toMatchObject({ options: { defaultPath: 'unites-partenaires.csv' } });
    expect(calls.some((c) => c.cmd === 'export_list')).toBe(false);
    expect(screen.queryByTestId('export-notice')).toBeNull();
  });

  it("shows the core's French message when the file cannot be written", async () => {
    mockBackend({
      'plugin:dialog|save': () => '/interdit/a.ods',
      export_list: () => {
        throw {
          code: 'INVALID_INPUT',
          message: "Impossible d'écrire le fichier /interdit/a.ods : accès refusé",
          field: 'out',
        };
      },
    });
    render(ExportMenu, { list: ACTIONS_2016 });
    await fireEvent.click(screen.getByTestId('export-menu'));
    await fireEvent.click(screen.getByTestId('export-ods'));
    const notice = await screen.findByTestId('export-notice');
    expect(notice.textContent).toContain("Impossible d'écrire le fichier /interdit/a.ods");
    expect((screen.getByTestId('export-menu') as HTMLButtonElement).disabled).toBe(false);
  });

  it('is usable from the keyboard: arrows move, Escape closes', async () => {
    mockBackend({});
    render(ExportMenu, { list: ACTIONS_2016 });
    const button = screen.getByTestId('export-menu');
    button.focus();
    await userEvent.keyboard('{Enter}');
    await new Promise((r) => setTimeout(r, 0));
    expect(document.activeElement).toBe(screen.getByTestId('export-xlsx'));
    await userEvent.keyboard('{ArrowDown}');
    expect(document.activeElement).toBe(screen.getByTestId('export-ods'));
    await userEvent.keyboard('{ArrowUp}{ArrowUp}');
    expect(document.activeElement).toBe(screen.getByTestId('export-csv_comma'));
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(document.activeElement).toBe(button);
  });
});
