import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import ConfirmHost from '$lib/components/ConfirmHost.svelte';
import UndoNotice from '$lib/components/UndoNotice.svelte';
import type { TraineeDetail } from '$lib/generated/bindings';
import { dismissUndo, undoState } from '$lib/undo.svelte';
import { mockBackend, plain, type Handler } from '../../test/fixtures';
import TraineePage from './TraineePage.svelte';

const DETAIL: TraineeDetail = {
  trainee: {
    id: 4,
    name: 'DIOP Awa',
    last_name: 'DIOP',
    first_name: 'Awa',
    country: 'SN',
    country_name: 'Sénégal',
    unit_id: null,
    unit: null,
    rank: 'Capitaine',
    sessions: 3,
  },
  languages: 'français',
  history: [],
};

const ERASED: TraineeDetail = {
  ...DETAIL,
  trainee: { ...DETAIL.trainee, name: '[effacé]', last_name: '[effacé]', first_name: '', rank: '' },
  languages: '',
};

type Calls = Array<{ cmd: string; args: Record<string, unknown> }>;
const of = (calls: Calls, cmd: string) => calls.filter((c) => c.cmd === cmd).map((c) => c.args);

function show(extra: Record<string, Handler> = {}) {
  const calls = mockBackend({ trainee: () => DETAIL, history: () => [], ...extra });
  render(ConfirmHost);
  render(TraineePage, { id: 4 });
  return calls;
}

afterEach(() => {
  dismissUndo();
  delete (window as { __coopdeskSavePath?: unknown }).__coopdeskSavePath;
});

describe('TraineePage — personal data', () => {
  it('exports the data to the path the end-to-end hook gives, without the native dialog', async () => {
    const calls = show({ person_export: () => null });
    await screen.findByTestId('trainee-page');
    (window as { __coopdeskSavePath?: string }).__coopdeskSavePath = '/tmp/awa.json';
    await fireEvent.click(screen.getByTestId('trainee-export'));

    expect((await screen.findByTestId('trainee-export-done')).textContent).toContain(
      'Données exportées : /tmp/awa.json',
    );
    expect(of(calls, 'person_export')).toEqual([{ kind: 'trainee', id: 4, path: '/tmp/awa.json' }]);
    expect(of(calls, 'plugin:dialog|save')).toEqual([]);
    // Read once, then forgotten.
    expect((window as { __coopdeskSavePath?: string }).__coopdeskSavePath).toBeUndefined();
  });

  it('otherwise asks the native dialog, under a default JSON name; cancelling writes nothing', async () => {
    let chosen: string | null = null;
    const calls = show({ 'plugin:dialog|save': () => chosen, person_export: () => null });
    await screen.findByTestId('trainee-page');
    await fireEvent.click(screen.getByTestId('trainee-export'));
    await waitFor(() => expect(of(calls, 'plugin:dialog|save')).toHaveLength(1));
    expect(of(calls, 'plugin:dialog|save')[0]).toMatchObject({
      options: { defaultPath: 'donnees-stagiaire-4.json', filters: [{ extensions: ['json'] }] },
    });
    await waitFor(() => expect(screen.getByTestId('trainee-export')).toHaveProperty('disabled', false));
    expect(of(calls, 'person_export')).toEqual([]);
    expect(screen.queryByTestId('trainee-export-done')).toBeNull();

    chosen = '/media/cle/awa.json';
    await fireEvent.click(screen.getByTestId('trainee-export'));
    expect((await screen.findByTestId('trainee-export-done')).textContent).toContain(chosen);
    expect(of(calls, 'person_export')).toEqual([{ kind: 'trainee', id: 4, path: chosen }]);
  });

  it("shows the core's message when the export is refused", async () => {
    const refusal = "Impossible d'écrire /lecture-seule/awa.json : permission refusée.";
    show({
      person_export: () => {
        throw { code: 'DB_IO', message: refusal, field: 'path' };
      },
    });
    await screen.findByTestId('trainee-page');
    (window as { __coopdeskSavePath?: string }).__coopdeskSavePath = '/lecture-seule/awa.json';
    await fireEvent.click(screen.getByTestId('trainee-export'));
    expect((await screen.findByTestId('trainee-privacy-error')).textContent).toContain(refusal);
    expect(screen.queryByTestId('trainee-export-done')).toBeNull();
  });

  it('erases nothing when the confirmation is cancelled', async () => {
    const calls = show({ trainee_erase: () => ({ id: 4, enrolments: 3, journal_entries: 2 }) });
    await fireEvent.click(await screen.findByTestId('trainee-erase'));
    const message = plain((await screen.findByTestId('confirm-message')).textContent);
    expect(message).toBe(
      "Effacer définitivement l'identité de DIOP Awa ? Son nom, son prénom, son grade et ses langues sont remplacés partout dans la base, journal compris ; ses inscriptions restent, anonymes, pour les statistiques. Cette opération est irréversible.",
    );
    expect(screen.getByTestId('confirm-ok').textContent?.trim()).toBe('Effacer définitivement');
    await fireEvent.click(screen.getByTestId('confirm-cancel'));
    await waitFor(() => expect(screen.queryByTestId('confirm-dialog')).toBeNull());
    expect(of(calls, 'trainee_erase')).toEqual([]);
    expect(of(calls, 'trainee')).toHaveLength(1);
    expect(screen.queryByTestId('trainee-erased')).toBeNull();
    expect(screen.getByTestId('trainee-erase')).toHaveProperty('disabled', false);
  });

  it('erases once confirmed, reloads the page and says how many enrolments stay', async () => {
    let erased = false;
    const calls = show({
      trainee: () => (erased ? ERASED : DETAIL),
      trainee_erase: () => {
        erased = true;
        return { id: 4, enrolments: 3, journal_entries: 2 };
      },
    });
    await fireEvent.click(await screen.findByTestId('trainee-erase'));
    await fireEvent.click(await screen.findByTestId('confirm-ok'));

    expect((await screen.findByTestId('trainee-erased')).textContent).toContain(
      'Identité effacée ; 3 inscriptions conservées anonymes.',
    );
    expect(of(calls, 'trainee_erase')).toEqual([{ id: 4 }]);
    expect(of(calls, 'trainee')).toHaveLength(2);
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('[effacé]');
    // Already erased: nothing more to erase.
    expect(screen.queryByTestId('trainee-erase')).toBeNull();
    expect(screen.getByTestId('trainee-erased-already')).toBeTruthy();
    expect(screen.getByTestId('trainee-export')).toHaveProperty('disabled', false);
  });

  it('offers no erasure for a trainee already erased', async () => {
    show({ trainee: () => ERASED });
    expect(await screen.findByTestId('trainee-erased-already')).toBeTruthy();
    expect(screen.queryByTestId('trainee-erase')).toBeNull();
    expect(screen.getByTestId('trainee-export')).toBeTruthy();
  });
});

describe('TraineePage — undo', () => {
  it('offers to undo the edit of this trainee, and reloads the page once undone', async () => {
    const calls = show({
      units: () => [],
      trainee_duplicates: () => [],
      trainee_update: () => null,
      undo: () => ({ rows: 1, batch_id: 5 }),
    });
    render(UndoNotice);
    await fireEvent.click(await screen.findByTestId('trainee-edit'));
    const rank = await screen.findByTestId('trainee-rank');
    await fireEvent.input(rank, { target: { value: 'Commandant' } });
    await fireEvent.click(screen.getByTestId('trainee-save'));

    await waitFor(() => expect(undoState.offer).toMatchObject({ kind: 'trainee', id: 4 }));
    expect(screen.getByTestId('undo-message').textContent).toBe('Modifications du stagiaire enregistrées.');
    expect(of(calls, 'trainee_update')).toHaveLength(1);
    await waitFor(() => expect(of(calls, 'trainee')).toHaveLength(2));

    await fireEvent.click(screen.getByTestId('undo-button'));
    await screen.findByTestId('undo-done');
    expect(of(calls, 'undo')).toEqual([{ kind: 'trainee', id: 4 }]);
    await waitFor(() => expect(of(calls, 'trainee')).toHaveLength(3));
  });
});
