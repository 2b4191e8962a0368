import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import ConfirmHost from '$lib/components/ConfirmHost.svelte';
import type { BackupInfo, DatabaseInfo } from '$lib/generated/bindings';
import { mockBackend, plain, yearList, type Handler } from '../../test/fixtures';
import { keepNotice, reloadWindow, takeNotice } from './reload';
import SettingsScreen from './SettingsScreen.svelte';

vi.mock('./reload', async (original) => ({ ...(await original<typeof import('./reload')>()), reloadWindow: vi.fn() }));

const DIR = '/home/agent/.local/share/coopdesk';

const INFO: DatabaseInfo = {
  path: `${DIR}/coopdesk.sqlite`,
  backup_dir: `${DIR}/backups`,
  schema_version: 16,
  latest_version: 16,
};

function backup(stamp: string, extra: Partial<BackupInfo> = {}): BackupInfo {
  return {
    path: `${DIR}/backups/coopdesk-${stamp.replace(/:/g, '')}.sqlite`,
    created: stamp,
    bytes: 23_400_000,
    schema_version: 16,
    records: { ssis: 74, technical_actions: 2160, operational_cases: 900, sessions: 12, trainees: 1000 },
    ...extra,
  };
}

const NEWEST = backup('2026-12-01T10:15:00');
const OLDER = backup('2026-11-30T08:05:09', {
  bytes: 850_000,
  records: { ssis: 73, technical_actions: 1, operational_cases: 0, sessions: 11, trainees: 99 },
});

function backend(extra: Record<string, Handler> = {}) {
  return mockBackend({
    database_info: () => INFO,
    backups: () => [NEWEST, OLDER],
    review_years: () => 10,
    review_list: () => [],
    certificate_public_key: () => ({ fingerprint: '0123456789abcdef', hex: '0123456789abcdef', pem: '' }),
    years_closed: () => [
      { year: 2016, closed: true, closed_at: '2017-02-01T09:00:00Z', closed_by: 'cellule', reason: '' },
    ],
    year_list: () => yearList([2015, 2016, 2017]),
    about: () => ({
      version: '0.1.0',
      licence: 'EUPL-1.2',
      schema_version: 20,
      latest_schema: 20,
      data_dir: '/home/cellule/.local/share/coopdesk',
      log_dir: '/home/cellule/.local/share/coopdesk/logs',
    }),
    ...extra,
  });
}

const count = (calls: Array<{ cmd: string }>, cmd: string) => calls.filter((c) => c.cmd === cmd).length;
const cells = (row: HTMLElement) => [...row.querySelectorAll('td')].map((td) => plain(td.textContent));

function show() {
  render(ConfirmHost);
  render(SettingsScreen);
}

beforeEach(() => {
  vi.mocked(reloadWindow).mockClear();
  takeNotice();
});

afterEach(() => {
  delete (window as { __coopdeskRestorePath?: unknown }).__coopdeskRestorePath;
});

describe('SettingsScreen', () => {
  it('shows where the database is and lists the copies with French sizes, dates and counts', async () => {
    backend();
    show();
    expect(await screen.findByTestId('settings-db-path')).toHaveProperty('textContent', INFO.path);
    expect(screen.getByTestId('settings-backup-dir').textContent).toBe(INFO.backup_dir);
    expect(screen.getByTestId('settings-schema').textContent).toBe('version du schéma 16');

    const rows = await screen.findAllByTestId('backup-row');
    expect(rows.map(cells)).toEqual([
      ['01/12/2026 10:15', '23,4 Mo', '74', '2 160', '900', '12', '1 000', 'Restaurer…'],
      ['30/11/2026 08:05', '850 ko', '73', '1', '0', '11', '99', 'Restaurer…'],
    ]);
    const restore = within(rows[0]).getByTestId('backup-restore');
    expect(restore.getAttribute('aria-label')).toBe('Restaurer la sauvegarde du 01/12/2026 10:15…');
  });

  it('says so when there is no copy yet', async () => {
    backend({ backups: () => [] });
    show();
    expect(await screen.findByTestId('backups-empty')).toBeTruthy();
    expect(screen.queryByTestId('backup-row')).toBeNull();
  });

  it('makes a copy now, busy meanwhile, then lists it and says where it is', async () => {
    const list = [OLDER];
    const made = backup('2026-12-02T09:00:00');
    let finish: () => void = () => {};
    const calls = backend({
      backups: () => [...list],
      backup_now: () =>
        new Promise((resolve) => {
          finish = () => {
            list.unshift(made);
            resolve(made);
          };
        }),
    });
    show();
    expect(await screen.findAllByTestId('backup-row')).toHaveLength(1);

    await fireEvent.click(screen.getByTestId('backup-now'));
    expect(await screen.findByTestId('settings-busy')).toHaveProperty('textContent', 'Sauvegarde en cours…');
    for (const id of ['backup-now', 'backup-export', 'restore-file', 'backup-restore']) {
      expect(screen.getByTestId(id)).toHaveProperty('disabled', true);
    }

    finish();
    await waitFor(() => expect(screen.getAllByTestId('backup-row')).toHaveLength(2));
    expect(cells(screen.getAllByTestId('backup-row')[0])[0]).toBe('02/12/2026 09:00');
    expect(screen.getByTestId('settings-notice').textContent).toContain(`Sauvegarde créée : ${made.path}`);
    expect(screen.queryByTestId('settings-busy')).toBeNull();
    expect(screen.getByTestId('backup-now')).toHaveProperty('disabled', false);
    expect(count(calls, 'backup_now')).toBe(1);
    expect(count(calls, 'backups')).toBe(2);
  });

  it('exports a copy where the user chooses, under a dated default name', async () => {
    const calls = backend({
      'plugin:dialog|save': () => '/media/cle/copie.sqlite',
      backup_save: ({ path }) => backup('2026-12-02T09:00:00', { path: path as string }),
    });
    show();
    await screen.findAllByTestId('backup-row');
    await fireEvent.click(screen.getByTestId('backup-export'));
    await waitFor(() =>
      expect(screen.getByTestId('settings-notice').textContent).toContain(
        'Copie enregistrée : /media/cle/copie.sqlite',
      ),
    );
    const dialog = calls.find((c) => c.cmd === 'plugin:dialog|save');
    expect(dialog?.args).toMatchObject({
      options: { filters: [{ name: 'Base CoopDesk (SQLite)', extensions: ['sqlite'] }] },
    });
    expect((dialog?.args.options as { defaultPath: string }).defaultPath).toMatch(
      /^coopdesk-sauvegarde-\d{4}-\d{2}-\d{2}\.sqlite$/,
    );
    expect(calls.find((c) => c.cmd === 'backup_save')?.args).toEqual({ path: '/media/cle/copie.sqlite' });
  });

  it('writes nothing when the save dialog is cancelled; a refusal of the core is shown', async () => {
    let chosen: string | null = null;
    const refusal = 'Une copie ne peut pas être écrite sur le fichier de la base lui-même.';
    const calls = backend({
      'plugin:dialog|save': () => chosen,
      backup_save: () => {
        throw { code: 'INVALID_INPUT', message: refusal, field: 'path' };
      },
    });
    show();
    await screen.findAllByTestId('backup-row');
    await fireEvent.click(screen.getByTestId('backup-export'));
    await waitFor(() => expect(count(calls, 'plugin:dialog|save')).toBe(1));
    expect(count(calls, 'backup_save')).toBe(0);

    chosen = INFO.path;
    await fireEvent.click(screen.getByTestId('backup-export'));
    expect(await screen.findByTestId('error-message')).toHaveProperty('textContent', refusal);
    expect(count(calls, 'backup_save')).toBe(1);
  });

  it('restores a copy of the list once confirmed, with its path, then reloads the window', async () => {
    const calls = backend({ backup_restore: () => OLDER });
    show();
    const rows = await screen.findAllByTestId('backup-row');
    await fireEvent.click(within(rows[1]).getByTestId('backup-restore'));

    const message = plain((await screen.findByTestId('confirm-message')).textContent);
    expect(message).toContain('Restaurer la sauvegarde du 30/11/2026 08:05 ?');
    expect(message).toContain('73 SSI, 1 action, 0 affaire, 11 sessions et 99 stagiaires');
    expect(message).toContain('Les données actuelles seront remplacées');
    expect(message).toContain('conservées dans une copie « avant restauration »');
    expect(screen.getByTestId('confirm-ok').textContent?.trim()).toBe('Remplacer les données');
    await fireEvent.click(screen.getByTestId('confirm-ok'));

    await waitFor(() => expect(reloadWindow).toHaveBeenCalledTimes(1));
    expect(calls.filter((c) => c.cmd === 'backup_restore').map((c) => c.args)).toEqual([{ path: OLDER.path }]);
    const notice = 'Données restaurées depuis la sauvegarde du 30/11/2026 08:05';
    expect(screen.getByTestId('settings-notice').textContent).toContain(notice);
    // Busy until the page goes away.
    expect(screen.getByTestId('backup-now')).toHaveProperty('disabled', true);
    // The reloaded page shows the same notice.
    expect(takeNotice()).toContain(notice);
  });

  it('restores nothing when the confirmation is cancelled, with the button or Escape', async () => {
    const calls = backend({ backup_restore: () => NEWEST });
    show();
    const rows = await screen.findAllByTestId('backup-row');
    await fireEvent.click(within(rows[0]).getByTestId('backup-restore'));
    await fireEvent.click(await screen.findByTestId('confirm-cancel'));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());

    await fireEvent.click(within(rows[0]).getByTestId('backup-restore'));
    await fireEvent.keyDown(await screen.findByTestId('confirm-dialog'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());

    expect(count(calls, 'backup_restore')).toBe(0);
    expect(reloadWindow).not.toHaveBeenCalled();
    expect(screen.queryByTestId('settings-notice')).toBeNull();
    expect(screen.getByTestId('backup-now')).toHaveProperty('disabled', false);
  });

  it('shows the core message of a file refused by the check, before any confirmation', async () => {
    const damaged = '/media/cle/abimee.sqlite';
    const refusal = `Cette sauvegarde est endommagée : ${damaged}. La base actuelle n'a pas été modifiée ; choisissez une autre sauvegarde.`;
    const calls = backend({
      backup_check: () => {
        throw { code: 'DB_CORRUPT', message: refusal, field: 'path' };
      },
    });
    show();
    await screen.findAllByTestId('backup-row');
    // The end-to-end tests' way past the native dialog, read once.
    (window as { __coopdeskRestorePath?: string }).__coopdeskRestorePath = damaged;
    await fireEvent.click(screen.getByTestId('restore-file'));

    const banner = await screen.findByTestId('error-banner');
    expect(banner.dataset.code).toBe('DB_CORRUPT');
    expect(screen.getByTestId('error-message').textContent).toBe(refusal);
    // The hint about a damaged data file would be wrong: the data file is untouched.
    expect(banner.textContent).not.toContain('restaurez une sauvegarde');
    expect(reloadWindow).not.toHaveBeenCalled();
    expect(screen.queryByTestId('settings-notice')).toBeNull();
    expect(takeNotice()).toBeNull();
    expect(count(calls, 'plugin:dialog|open')).toBe(0);
    expect(count(calls, 'backups')).toBe(1);
    expect(calls.filter((c) => c.cmd === 'backup_check').map((c) => c.args)).toEqual([{ path: damaged }]);
    expect(count(calls, 'backup_restore')).toBe(0);
    expect(screen.queryByTestId('confirm-message')).toBeNull();
    expect(screen.getByTestId('restore-file')).toHaveProperty('disabled', false);
    expect((window as { __coopdeskRestorePath?: string }).__coopdeskRestorePath).toBeUndefined();
  });

  it('asks the native dialog for the file to restore, and describes it from its check', async () => {
    const calls = backend({
      'plugin:dialog|open': () => '/media/cle/copie.sqlite',
      backup_check: () => NEWEST,
      backup_restore: () => NEWEST,
    });
    show();
    await screen.findAllByTestId('backup-row');
    await fireEvent.click(screen.getByTestId('restore-file'));
    expect(plain((await screen.findByTestId('confirm-message')).textContent)).toContain(
      'Restaurer la sauvegarde du 01/12/2026 10:15 ? Elle contient 74 SSI, 2 160 actions',
    );
    expect(calls.find((c) => c.cmd === 'plugin:dialog|open')?.args).toMatchObject({
      options: { multiple: false, directory: false, filters: [{ extensions: ['sqlite'] }] },
    });
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    expect(count(calls, 'backup_restore')).toBe(0);
  });

  it('ends with the form that changes the passphrase', async () => {
    backend({
      gate_status: () => ({
        path: INFO.path,
        file: 'encrypted',
        open: true,
        problem: null,
        latest_backup: null,
        min_length: 12,
        demo_passphrase: 'demo-coopdesk-2016',
      }),
    });
    show();
    const title = screen.getByRole('heading', { name: 'Phrase secrète' });
    const section = title.closest('section') as HTMLElement;
    for (const id of ['passphrase-old', 'passphrase-new', 'passphrase-confirm', 'passphrase-save']) {
      expect(within(section).getByTestId(id)).toBeTruthy();
    }
    expect(within(section).getByLabelText('Phrase secrète actuelle')).toBe(
      within(section).getByTestId('passphrase-old'),
    );
    expect(await within(section).findByText(/Au moins 12 caractères/)).toBeTruthy();
  });

  it('shows the notice kept across the reload once', async () => {
    keepNotice('Données restaurées depuis la sauvegarde du 30/11/2026 08:05.');
    backend();
    show();
    expect(screen.getByTestId('settings-notice').textContent).toContain('Données restaurées');
    expect(takeNotice()).toBeNull();
  });

  it('lists the closed years and says which CoopDesk this is', async () => {
    backend();
    render(SettingsScreen);
    const row = await screen.findByTestId('closed-year-row');
    expect(plain(row.textContent)).toContain('clôturée');
    expect(plain(row.textContent)).toContain('01/02/2017');
    expect((await screen.findByTestId('about-version')).textContent).toBe('CoopDesk 0.1.0');
    expect(screen.getByTestId('about-licence').textContent).toBe('EUPL-1.2');
    expect(plain(screen.getByTestId('about-schema').textContent)).toBe(
      'version 20 — cette version de CoopDesk écrit la version 20',
    );
    expect(screen.getByTestId('about-log-dir').textContent).toBe('/home/cellule/.local/share/coopdesk/logs');
  });
});
