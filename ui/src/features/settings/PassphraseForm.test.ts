import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { GateStatus } from '$lib/generated/bindings';
import { mockBackend, plain, type Handler } from '../../test/fixtures';
import PassphraseForm from './PassphraseForm.svelte';

const OPEN: GateStatus = {
  path: '/home/agent/.local/share/coopdesk/coopdesk.sqlite',
  file: 'encrypted',
  open: true,
  problem: null,
  latest_backup: null,
  min_length: 12,
  demo_passphrase: 'demo-coopdesk-2016',
};

const IDS = ['passphrase-old', 'passphrase-new', 'passphrase-confirm'];
const input = (id: string) => screen.getByTestId(id) as HTMLInputElement;

function backend(change: Handler) {
  return mockBackend({ gate_status: () => OPEN, passphrase_change: change });
}

async function fill(old: string, next: string, confirm: string) {
  await fireEvent.input(input('passphrase-old'), { target: { value: old } });
  await fireEvent.input(input('passphrase-new'), { target: { value: next } });
  await fireEvent.input(input('passphrase-confirm'), { target: { value: confirm } });
}

describe('PassphraseForm', () => {
  it('sends the three entries, says the passphrase changed and empties the fields', async () => {
    const calls = backend(() => 3);
    render(PassphraseForm);
    expect(
      await screen.findByText('Au moins 12 caractères ; par exemple quatre mots sans lien entre eux.'),
    ).toBeTruthy();
    await fill('demo-coopdesk-2016', 'quatre mots sans lien', 'quatre mots sans lien');
    expect(plain(screen.getByTestId('passphrase-strength').textContent)).toBe('Solidité : solide');
    await fireEvent.click(screen.getByTestId('passphrase-save'));

    const done = await screen.findByTestId('passphrase-done');
    expect(done.textContent).toContain(
      'Les 3 sauvegardes du dossier des sauvegardes ont été rechiffrées avec la nouvelle phrase.',
    );
    expect(calls.filter((c) => c.cmd === 'passphrase_change').map((c) => c.args)).toEqual([
      { old: 'demo-coopdesk-2016', passphrase: 'quatre mots sans lien', confirm: 'quatre mots sans lien' },
    ]);
    expect(IDS.map((id) => input(id).value)).toEqual(['', '', '']);
    expect(screen.queryByTestId('passphrase-error')).toBeNull();
  });

  it.each([
    ['old', 'PASSPHRASE_WRONG', 'Phrase secrète incorrecte.'],
    ['passphrase', 'INVALID_INPUT', 'La phrase secrète doit compter au moins 12 caractères.'],
    ['confirm', 'INVALID_INPUT', 'Les deux saisies de la phrase secrète diffèrent.'],
  ])('shows a refusal about the %s field at that field', async (field, code, message) => {
    backend(() => {
      throw { code, message, field };
    });
    render(PassphraseForm);
    await fill('ancienne phrase', 'nouvelle phrase', 'nouvelle phrasé');
    await fireEvent.click(screen.getByTestId('passphrase-save'));

    const errors = await screen.findAllByTestId('passphrase-error');
    expect(errors.map((e) => [(e.closest('[data-field]') as HTMLElement).dataset.field, e.textContent])).toEqual([
      [field, message],
    ]);
    expect(screen.queryByTestId('passphrase-done')).toBeNull();
    expect(IDS.map((id) => input(id).value)).toEqual(['', '', '']);
    expect(document.activeElement).toBe(input('passphrase-old'));
    expect(input('passphrase-old').matches(':disabled')).toBe(false);
  });

  it('is disabled while the database is re-keyed', async () => {
    let finish: () => void = () => {};
    backend(() => new Promise<number>((resolve) => (finish = () => resolve(0))));
    render(PassphraseForm);
    await fill('demo-coopdesk-2016', 'quatre mots sans lien', 'quatre mots sans lien');
    await fireEvent.click(screen.getByTestId('passphrase-save'));
    expect((await screen.findByTestId('passphrase-busy')).textContent).toContain('Changement de la phrase secrète');
    for (const id of [...IDS, 'passphrase-save']) expect(screen.getByTestId(id).matches(':disabled')).toBe(true);
    finish();
    expect(await screen.findByTestId('passphrase-done')).toBeTruthy();
    expect(screen.queryByTestId('passphrase-busy')).toBeNull();
  });
});
