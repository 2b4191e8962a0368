import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { mockWindows } from '@tauri-apps/api/mocks';
import { afterEach, describe, expect, it } from 'vitest';
import type { AppError, BackupInfo, GateStatus } from '$lib/generated/bindings';
import {
  ACTIVITY,
  GIGN_YEARS,
  KPIS_2016,
  mockBackend,
  plain,
  SSI_ROWS,
  type Handler,
  yearList,
} from '../../test/fixtures';
import GateScreen from './GateScreen.svelte';
import { viewOf } from './screen';

const PATH = '/home/agent/.local/share/coopdesk/coopdesk.sqlite';

function gate(extra: Partial<GateStatus> = {}): GateStatus {
  return {
    path: PATH,
    file: 'encrypted',
    open: false,
    problem: null,
    latest_backup: null,
    min_length: 12,
    demo_passphrase: 'demo-coopdesk-2016',
    ...extra,
  };
}

const OPEN = gate({ open: true });
const CORRUPT: AppError = {
  code: 'DB_CORRUPT',
  message:
    "Le fichier de la base est endommagé (page 3). Il n'a pas été modifié : restaurez la dernière sauvegarde valide ou choisissez un autre fichier.",
  field: null,
  fields: [],
};
const LATEST: BackupInfo = {
  path: '/home/agent/.local/share/coopdesk/backups/coopdesk-2026-12-01T101500.sqlite',
  created: '2026-12-01T10:15:00',
  bytes: 23_400_000,
  schema_version: 16,
  records: { ssis: 74, technical_actions: 2160, operational_cases: 900, sessions: 12, trainees: 1000 },
};

/** What the dashboard asks for once the Shell is shown. */
const SHELL: Record<string, Handler> = {
  year_list: () => yearList([2016]),
  kpis: () => KPIS_2016,
  gign_by_year: () => GIGN_YEARS,
  ssi_list: () => SSI_ROWS,
  activity_by_year: () => ACTIVITY,
};

function backend(status: GateStatus, extra: Record<string, Handler> = {}) {
  return mockBackend({ gate_status: () => status, ...SHELL, ...extra });
}

const calls = (log: Array<{ cmd: string; args: Record<string, unknown> }>, cmd: string) =>
  log.filter((c) => c.cmd === cmd).map((c) => c.args);

const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;

/** The field (Field's `data-field`) an error message is shown in. */
const fieldOf = (error: HTMLElement) => (error.closest('[data-field]') as HTMLElement | null)?.dataset.field;

async function type(id: string, value: string) {
  await fireEvent.input(input(id), { target: { value } });
}

afterEach(() => {
  delete (window as { __coopdeskChoosePath?: unknown }).__coopdeskChoosePath;
});

describe('viewOf', () => {
  it('shows the Shell once open, a problem before the kind of file', () => {
    expect(viewOf(OPEN)).toBe('shell');
    expect(viewOf(gate({ open: true, problem: CORRUPT }))).toBe('shell');
    expect(viewOf(gate({ problem: CORRUPT }))).toBe('problem');
    expect(viewOf(gate({ file: 'not_database' }))).toBe('problem');
    expect(viewOf(gate({ file: 'missing' }))).toBe('create');
    expect(viewOf(gate({ file: 'plaintext' }))).toBe('convert');
    expect(viewOf(gate())).toBe('unlock');
  });
});

describe('GateScreen', () => {
  it.each([
    ['missing', gate({ file: 'missing' }), 'gate-create', 'Créer la base CoopDesk'],
    ['encrypted', gate(), 'gate-unlock', 'Déverrouiller la base'],
    ['plaintext', gate({ file: 'plaintext' }), 'gate-convert', 'Chiffrer la base'],
    ['damaged', gate({ problem: CORRUPT }), 'gate-problem', 'Fichier de la base endommagé'],
  ])('shows the screen of a %s file, with its path', async (_kind, status, testid, title) => {
    backend(status);
    render(GateScreen);
    const card = await screen.findByTestId(testid);
    expect(card.querySelector('h1')?.textContent).toBe(title);
    expect(screen.getByTestId('gate-path').textContent).toContain(PATH);
    expect(screen.queryByTestId('area-title')).toBeNull();
    expect(document.title).toBe(`${title} — CoopDesk`);
  });

  it('says a file that is no database is none, even without a problem from the core', async () => {
    backend(gate({ file: 'not_database' }));
    render(GateScreen);
    const card = await screen.findByTestId('gate-problem');
    expect(card.dataset.code).toBe('DB_NOT_DATABASE');
    expect(card.querySelector('h1')?.textContent).toBe("Ce fichier n'est pas une base CoopDesk");
    expect(screen.getByTestId('gate-problem-message').textContent).toContain(PATH);
    expect(screen.getByTestId('gate-choose')).toBeTruthy();
    expect(screen.getByTestId('gate-quit')).toBeTruthy();
    expect(screen.queryByTestId('gate-restore-latest')).toBeNull();
  });

  it('says what to do with a database of a newer CoopDesk', async () => {
    const message = 'Cette base de données a été créée par une version plus récente de CoopDesk.';
    backend(gate({ problem: { code: 'DB_TOO_NEW', message, field: null, fields: [] } }));
    render(GateScreen);
    const card = await screen.findByTestId('gate-problem');
    expect(card.dataset.code).toBe('DB_TOO_NEW');
    expect(card.querySelector('h1')?.textContent).toBe("Base d'une version plus récente");
    expect(screen.getByTestId('gate-problem-message').textContent).toBe(message);
    expect(card.textContent).toContain('Installez la dernière version de CoopDesk');
  });

  it('shows the Shell at once when the database is already open (after a reload)', async () => {
    const log = backend(OPEN);
    render(GateScreen);
    expect((await screen.findByTestId('area-title')).textContent).toBe('Tableau de bord');
    expect(screen.queryByTestId('gate-unlock')).toBeNull();
    expect(calls(log, 'gate_status')).toHaveLength(1);
  });

  it('focuses the first field and creates the base with the demo data by default', async () => {
    let finish: (status: GateStatus) => void = () => {};
    const log = backend(gate({ file: 'missing' }), {
      gate_create: () => new Promise((resolve) => (finish = resolve)),
    });
    render(GateScreen);
    await screen.findByTestId('gate-create');
    expect(document.activeElement).toBe(input('gate-create-passphrase'));
    expect(input('gate-create-passphrase').type).toBe('password');
    expect(input('gate-create-demo').checked).toBe(true);
    expect(input('gate-create-empty').checked).toBe(false);
    expect(screen.getByTestId('gate-create').textContent).toContain(
      'Au moins 12 caractères ; par exemple quatre mots sans lien entre eux.',
    );

    await type('gate-create-passphrase', 'cheval pomme');
    expect(plain(screen.getByTestId('passphrase-strength').textContent)).toBe('Solidité : acceptable');
    await type('gate-create-confirm', 'cheval pomme');
    await fireEvent.click(screen.getByTestId('gate-create-submit'));

    // Busy: a spinner, the whole form disabled, the fields already emptied.
    expect((await screen.findByTestId('gate-busy')).textContent).toContain('données de démonstration');
    for (const id of ['gate-create-passphrase', 'gate-create-demo', 'gate-demo-fill', 'gate-create-submit']) {
      expect(screen.getByTestId(id).matches(':disabled')).toBe(true);
    }
    expect(screen.getByTestId('gate-choose')).toHaveProperty('disabled', true);
    expect(input('gate-create-passphrase').value).toBe('');
    expect(input('gate-create-confirm').value).toBe('');
    expect(calls(log, 'gate_create')).toEqual([{ passphrase: 'cheval pomme', confirm: 'cheval pomme', demo: true }]);

    finish(OPEN);
    expect((await screen.findByTestId('area-title')).textContent).toBe('Tableau de bord');
    expect(screen.queryByTestId('gate-create')).toBeNull();
  });

  it('creates an empty base when « Base vide » is chosen, and hides the demo hint', async () => {
    const log = backend(gate({ file: 'missing' }), { gate_create: () => OPEN });
    render(GateScreen);
    await screen.findByTestId('gate-create');
    expect(plain(screen.getByTestId('gate-demo-hint').textContent)).toContain('« demo-coopdesk-2016 »');
    await fireEvent.click(screen.getByTestId('gate-create-empty'));
    expect(screen.queryByTestId('gate-demo-hint')).toBeNull();
    expect(screen.queryByTestId('gate-demo-fill')).toBeNull();
    await type('gate-create-passphrase', 'quatre mots sans lien');
    await type('gate-create-confirm', 'quatre mots sans lien');
    await fireEvent.click(screen.getByTestId('gate-create-submit'));
    await screen.findByTestId('area-title');
    expect(calls(log, 'gate_create')).toEqual([
      { passphrase: 'quatre mots sans lien', confirm: 'quatre mots sans lien', demo: false },
    ]);
  });

  it('fills both fields with the demo passphrase', async () => {
    const log = backend(gate({ file: 'missing' }), { gate_create: () => OPEN });
    render(GateScreen);
    await screen.findByTestId('gate-create');
    await fireEvent.click(screen.getByTestId('gate-demo-fill'));
    expect(input('gate-create-passphrase').value).toBe('demo-coopdesk-2016');
    expect(input('gate-create-confirm').value).toBe('demo-coopdesk-2016');
    expect(plain(screen.getByTestId('passphrase-strength').textContent)).toBe('Solidité : solide');
    expect(document.activeElement).toBe(screen.getByTestId('gate-create-submit'));
    await fireEvent.click(screen.getByTestId('gate-create-submit'));
    await screen.findByTestId('area-title');
    expect(calls(log, 'gate_create')).toEqual([
      { passphrase: 'demo-coopdesk-2016', confirm: 'demo-coopdesk-2016', demo: true },
    ]);
  });

  it.each([
    ['passphrase', 'La phrase secrète doit compter au moins 12 caractères.'],
    ['confirm', 'Les deux saisies de la phrase secrète diffèrent.'],
  ])('shows a refusal of the core at the %s field, fields emptied', async (field, message) => {
    backend(gate({ file: 'missing' }), {
      gate_create: () => {
        throw { code: 'INVALID_INPUT', message, field };
      },
    });
    render(GateScreen);
    await screen.findByTestId('gate-create');
    await type('gate-create-passphrase', 'court');
    await type('gate-create-confirm', 'autre');
    await fireEvent.click(screen.getByTestId('gate-create-submit'));

    const errors = await screen.findAllByTestId('gate-field-error');
    expect(errors.map((e) => [fieldOf(e), e.textContent])).toEqual([[field, message]]);
    expect(input('gate-create-passphrase').value).toBe('');
    expect(input('gate-create-confirm').value).toBe('');
    expect(input('gate-create-passphrase').matches(':disabled')).toBe(false);
    expect(document.activeElement).toBe(input('gate-create-passphrase'));
    expect(screen.queryByTestId('gate-busy')).toBeNull();
    expect(screen.getByTestId('gate-create')).toBeTruthy();
  });

  it('keeps the unlock screen usable after a wrong passphrase: message, empty field, focus', async () => {
    const wrong = 'Phrase secrète incorrecte (ou fichier qui n’est pas une base CoopDesk). Réessayez.';
    const log = backend(gate(), {
      gate_unlock: ({ passphrase }) => {
        if (passphrase !== 'demo-coopdesk-2016')
          throw { code: 'PASSPHRASE_WRONG', message: wrong, field: 'passphrase' };
        return OPEN;
      },
    });
    render(GateScreen);
    await screen.findByTestId('gate-unlock');
    const field = input('gate-unlock-passphrase');
    expect(document.activeElement).toBe(field);

    await userEvent.type(field, 'mauvaise phrase{Enter}');
    const error = await screen.findByTestId('gate-field-error');
    expect(error.textContent).toBe(wrong);
    expect(fieldOf(error)).toBe('passphrase');
    expect(field.value).toBe('');
    expect(field.matches(':disabled')).toBe(false);
    expect(document.activeElement).toBe(field);
    expect(screen.getByTestId('gate-unlock')).toBeTruthy();

    await userEvent.type(field, 'demo-coopdesk-2016{Enter}');
    expect((await screen.findByTestId('area-title')).textContent).toBe('Tableau de bord');
    expect(calls(log, 'gate_unlock')).toEqual([
      { passphrase: 'mauvaise phrase' },
      { passphrase: 'demo-coopdesk-2016' },
    ]);
  });

  it('warns while Caps Lock is on, and shows the passphrase on demand', async () => {
    backend(gate());
    render(GateScreen);
    await screen.findByTestId('gate-unlock');
    const field = input('gate-unlock-passphrase');
    await fireEvent.keyDown(field, { key: 'A', modifierCapsLock: true });
    expect(screen.getByTestId('caps-lock').textContent).toContain('Verr. Maj.');
    await fireEvent.keyUp(field, { key: 'CapsLock', modifierCapsLock: false });
    expect(screen.queryByTestId('caps-lock')).toBeNull();

    expect(field.type).toBe('password');
    await fireEvent.click(screen.getByTestId('passphrase-reveal'));
    expect(field.type).toBe('text');
    expect(screen.getByTestId('passphrase-reveal').getAttribute('aria-pressed')).toBe('true');
  });

  it('shows the problem screen when the passphrase is right but the file damaged', async () => {
    backend(gate(), { gate_unlock: () => gate({ problem: CORRUPT, latest_backup: LATEST }) });
    render(GateScreen);
    await screen.findByTestId('gate-unlock');
    await userEvent.type(input('gate-unlock-passphrase'), 'demo-coopdesk-2016{Enter}');
    const card = await screen.findByTestId('gate-problem');
    expect(card.dataset.code).toBe('DB_CORRUPT');
    expect(screen.getByTestId('gate-problem-message').textContent).toBe(CORRUPT.message);
    expect(screen.getByTestId('gate-backup-date').textContent).toBe('01/12/2026 10:15');
    expect(plain(screen.getByTestId('gate-backup-size').textContent)).toBe('23,4 Mo');
    expect(plain(screen.getByTestId('gate-backup-contents').textContent)).toBe(
      '74 SSI, 2 160 actions, 900 affaires, 12 sessions et 1 000 stagiaires',
    );
  });

  it('restores the latest copy only once the user confirmed', async () => {
    const log = backend(gate({ problem: CORRUPT, latest_backup: LATEST }), { gate_restore_latest: () => OPEN });
    render(GateScreen);
    await screen.findByTestId('gate-problem');

    await fireEvent.click(screen.getByTestId('gate-restore-latest'));
    const question = plain((await screen.findByTestId('confirm-message')).textContent);
    expect(question).toContain('Remplacer le fichier endommagé par la sauvegarde du 01/12/2026 10:15 ?');
    expect(question).toContain('74 SSI, 2 160 actions');
    expect(question).toContain('conservé à part');
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(calls(log, 'gate_restore_latest')).toHaveLength(0);

    await fireEvent.click(screen.getByTestId('gate-restore-latest'));
    await fireEvent.keyDown(await screen.findByTestId('confirm-dialog'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(calls(log, 'gate_restore_latest')).toHaveLength(0);
    expect(screen.getByTestId('gate-problem')).toBeTruthy();

    await fireEvent.click(screen.getByTestId('gate-restore-latest'));
    expect(screen.getByTestId('confirm-ok').textContent?.trim()).toBe('Restaurer la sauvegarde');
    await fireEvent.click(screen.getByTestId('confirm-ok'));
    expect((await screen.findByTestId('area-title')).textContent).toBe('Tableau de bord');
    expect(calls(log, 'gate_restore_latest')).toHaveLength(1);
  });

  it('shows why a restore failed and stays on the problem screen', async () => {
    const message = 'Aucune sauvegarde valide de cette base n’a été trouvée.';
    backend(gate({ problem: CORRUPT, latest_backup: LATEST }), {
      gate_restore_latest: () => {
        throw { code: 'NOT_FOUND', message, field: null };
      },
    });
    render(GateScreen);
    await fireEvent.click(await screen.findByTestId('gate-restore-latest'));
    await fireEvent.click(await screen.findByTestId('confirm-ok'));
    expect((await screen.findByTestId('error-message')).textContent).toBe(message);
    expect(screen.getByTestId('gate-problem')).toBeTruthy();
    expect(screen.getByTestId('gate-restore-latest')).toHaveProperty('disabled', false);
  });

  it('offers no restore for a damaged file without a good copy', async () => {
    backend(gate({ problem: CORRUPT }));
    render(GateScreen);
    await screen.findByTestId('gate-problem');
    expect(screen.queryByTestId('gate-restore-latest')).toBeNull();
    expect(screen.getByTestId('gate-no-backup')).toBeTruthy();
  });

  it('encrypts a plaintext base, says so, then shows the Shell on « Continuer »', async () => {
    const log = backend(gate({ file: 'plaintext' }), { gate_convert: () => OPEN });
    render(GateScreen);
    await screen.findByTestId('gate-convert');
    expect(document.activeElement).toBe(input('gate-convert-passphrase'));
    await type('gate-convert-passphrase', 'quatre mots sans lien');
    await type('gate-convert-confirm', 'quatre mots sans lien');
    await fireEvent.click(screen.getByTestId('gate-convert-submit'));

    const next = await screen.findByTestId('gate-converted-continue');
    expect(screen.getByTestId('gate-converted').textContent).toBe(
      'La base a été chiffrée ; la copie en clair a été supprimée.',
    );
    expect(document.activeElement).toBe(next);
    expect(screen.queryByTestId('gate-convert-passphrase')).toBeNull();
    expect(screen.queryByTestId('area-title')).toBeNull();
    expect(calls(log, 'gate_convert')).toEqual([
      { passphrase: 'quatre mots sans lien', confirm: 'quatre mots sans lien' },
    ]);

    await fireEvent.click(next);
    expect((await screen.findByTestId('area-title')).textContent).toBe('Tableau de bord');
  });

  it('shows a refusal of the conversion at its field', async () => {
    const message = 'Les deux saisies de la phrase secrète diffèrent.';
    backend(gate({ file: 'plaintext' }), {
      gate_convert: () => {
        throw { code: 'INVALID_INPUT', message, field: 'confirm' };
      },
    });
    render(GateScreen);
    await screen.findByTestId('gate-convert');
    await type('gate-convert-passphrase', 'quatre mots sans lien');
    await type('gate-convert-confirm', 'quatre mots sans lie');
    await fireEvent.click(screen.getByTestId('gate-convert-submit'));
    const error = await screen.findByTestId('gate-field-error');
    expect([fieldOf(error), error.textContent]).toEqual(['confirm', message]);
    expect(input('gate-convert-confirm').value).toBe('');
    expect(screen.queryByTestId('gate-converted')).toBeNull();
  });

  it('works on another file chosen in the native dialog', async () => {
    const other = '/media/cle/coopdesk.sqlite';
    const log = backend(gate({ problem: CORRUPT }), {
      'plugin:dialog|open': () => other,
      gate_choose: ({ path }) => gate({ path: path as string }),
    });
    render(GateScreen);
    await fireEvent.click(await screen.findByTestId('gate-choose'));
    expect(await screen.findByTestId('gate-unlock')).toBeTruthy();
    expect(screen.getByTestId('gate-path').textContent).toContain(other);
    expect(calls(log, 'plugin:dialog|open')[0]).toMatchObject({
      options: { multiple: false, directory: false, filters: [{ extensions: ['sqlite'] }] },
    });
    expect(calls(log, 'gate_choose')).toEqual([{ path: other }]);
  });

  it('changes nothing when the dialog is cancelled; takes the tests’ preset path without it', async () => {
    const log = backend(gate(), {
      'plugin:dialog|open': () => null,
      gate_choose: ({ path }) => gate({ path: path as string, file: 'missing' }),
    });
    render(GateScreen);
    await fireEvent.click(await screen.findByTestId('gate-choose'));
    await waitFor(() => expect(calls(log, 'plugin:dialog|open')).toHaveLength(1));
    expect(calls(log, 'gate_choose')).toHaveLength(0);
    expect(screen.getByTestId('gate-unlock')).toBeTruthy();

    (window as { __coopdeskChoosePath?: string }).__coopdeskChoosePath = '/tmp/neuve.sqlite';
    await fireEvent.click(screen.getByTestId('gate-choose'));
    expect(await screen.findByTestId('gate-create')).toBeTruthy();
    expect(calls(log, 'plugin:dialog|open')).toHaveLength(1);
    expect(calls(log, 'gate_choose')).toEqual([{ path: '/tmp/neuve.sqlite' }]);
  });

  it('closes the window on « Quitter »', async () => {
    mockWindows('main');
    const log = backend(gate({ problem: CORRUPT }), { 'plugin:window|close': () => null });
    render(GateScreen);
    await fireEvent.click(await screen.findByTestId('gate-quit'));
    await waitFor(() => expect(calls(log, 'plugin:window|close')).toEqual([{ label: 'main' }]));
  });

  it('shows a failure to ask the core, with a retry', async () => {
    let answer: () => GateStatus = () => {
      throw { code: 'DB_IO', message: 'Impossible d’accéder au fichier de la base : disque absent', field: null };
    };
    backend(gate(), { gate_status: () => answer() });
    render(GateScreen);
    expect((await screen.findByTestId('error-message')).textContent).toContain('disque absent');
    answer = () => gate();
    await fireEvent.click(screen.getByRole('button', { name: 'Réessayer' }));
    expect(await screen.findByTestId('gate-unlock')).toBeTruthy();
  });
});
