import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import type { PublicKey } from '$lib/generated/bindings';
import { mockBackend, plain, type Handler } from '../../test/fixtures';
import CertificateKey from './CertificateKey.svelte';
import SettingsScreen from './SettingsScreen.svelte';

const KEY: PublicKey = {
  fingerprint: '3f2a9c0e71b4d856',
  hex: '3f2a9c0e71b4d856 0c1d2e3f40516273 8495a6b7c8d9eaf0 0112233445566778',
  pem: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA…\n-----END PUBLIC KEY-----\n',
};

type Calls = Array<{ cmd: string; args: Record<string, unknown> }>;
const of = (calls: Calls, cmd: string) => calls.filter((c) => c.cmd === cmd).map((c) => c.args);
const preset = window as { __coopdeskSavePath?: string };

function show(extra: Record<string, Handler> = {}) {
  const calls = mockBackend({
    certificate_public_key: () => KEY,
    certificate_key_export: ({ path }) => ({ out: path, fingerprint: KEY.fingerprint }),
    ...extra,
  });
  render(CertificateKey);
  return calls;
}

describe('CertificateKey', () => {
  it('shows the fingerprint, the whole key and how a foreign unit checks a certificate offline', async () => {
    const calls = show();
    expect((await screen.findByTestId('certificate-key-fingerprint')).textContent).toBe('3f2a9c0e71b4d856');
    expect(screen.getByTestId('certificate-key-hex').textContent).toBe(KEY.hex);
    expect(document.body.textContent).toContain('imprimée au verso de chaque attestation');
    expect(document.body.textContent).toContain('coopdesk-cli certificate verify --scan');
    expect(screen.getByTestId('certificate-key-export').textContent?.trim()).toBe('Exporter la clé publique…');
    expect(calls.map((c) => c.cmd)).toEqual(['certificate_public_key']);
  });

  it('exports the key to the preset path of the end-to-end tests, without the dialog', async () => {
    const calls = show();
    await screen.findByTestId('certificate-key-fingerprint');
    preset.__coopdeskSavePath = '/tmp/e2e/cle.pem';
    await fireEvent.click(screen.getByTestId('certificate-key-export'));

    const saved = await screen.findByTestId('certificate-key-saved');
    expect(plain(saved.textContent)).toContain('Clé publique enregistrée : /tmp/e2e/cle.pem');
    expect(of(calls, 'certificate_key_export')).toEqual([{ path: '/tmp/e2e/cle.pem' }]);
    expect(of(calls, 'plugin:dialog|save')).toEqual([]);
    expect(preset.__coopdeskSavePath).toBeUndefined();
  });

  it('asks the save dialog for a .pem file, and writes nothing when it is cancelled', async () => {
    let answer: string | null = null;
    const calls = show({ 'plugin:dialog|save': () => answer });
    await screen.findByTestId('certificate-key-fingerprint');
    await fireEvent.click(screen.getByTestId('certificate-key-export'));
    await waitFor(() => expect(of(calls, 'plugin:dialog|save')).toHaveLength(1));
    expect(of(calls, 'plugin:dialog|save')[0]).toMatchObject({
      options: { defaultPath: 'coopdesk-cle-publique.pem', filters: [{ extensions: ['pem'] }] },
    });
    await waitFor(() => expect(screen.getByTestId('certificate-key-export')).toHaveProperty('disabled', false));
    expect(of(calls, 'certificate_key_export')).toEqual([]);
    expect(screen.queryByTestId('certificate-key-saved')).toBeNull();

    answer = '/home/agent/cle.pem';
    await fireEvent.click(screen.getByTestId('certificate-key-export'));
    expect(plain((await screen.findByTestId('certificate-key-saved')).textContent)).toContain(
      'Clé publique enregistrée : /home/agent/cle.pem',
    );
    expect(of(calls, 'certificate_key_export')).toEqual([{ path: '/home/agent/cle.pem' }]);
  });

  it("shows the core's message when the file cannot be written", async () => {
    const refusal = "Impossible d'écrire le fichier /interdit/cle.pem : accès refusé";
    show({
      certificate_key_export: () => {
        throw { code: 'DB_IO', message: refusal, field: 'path' };
      },
    });
    await screen.findByTestId('certificate-key-fingerprint');
    preset.__coopdeskSavePath = '/interdit/cle.pem';
    await fireEvent.click(screen.getByTestId('certificate-key-export'));
    expect((await screen.findByTestId('error-message')).textContent).toBe(refusal);
    expect(screen.queryByTestId('certificate-key-saved')).toBeNull();
  });

  it('is a section of the settings screen', async () => {
    mockBackend({
      database_info: () => ({ path: '/d/c.sqlite', backup_dir: '/d/b', schema_version: 16, latest_version: 16 }),
      backups: () => [],
      review_years: () => 10,
      review_list: () => [],
      certificate_public_key: () => KEY,
    });
    render(SettingsScreen);
    const section = await screen.findByTestId('settings-certificates');
    expect(within(section).getByRole('heading', { level: 2 }).textContent).toBe('Signature des attestations');
    expect((await within(section).findByTestId('certificate-key-fingerprint')).textContent).toBe(KEY.fingerprint);
  });
});
