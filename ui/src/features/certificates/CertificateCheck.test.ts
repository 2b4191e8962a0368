import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError } from '$lib/backend/ipc';
import type { CertificateCheck as Check, CertificateInfo, Verdict } from '$lib/generated/bindings';
import CoursesScreen from '$features/courses/CoursesScreen.svelte';
import { planning } from '$features/courses/store.svelte';
import { mockBackend, plain, type Handler } from '../../test/fixtures';
import CertificateCheck from './CertificateCheck.svelte';
import { errorPlace, recordHolder, revocable } from './check';

const NUMBER = 'GIGN-2016-0001';
const RECORD: CertificateInfo = {
  number: NUMBER,
  trainee_id: 7,
  trainee_name: 'DIALLO Mamadou',
  state: 'SN',
  state_name: 'Sénégal',
  session_id: 3,
  course_title: 'Intervention spécialisée',
  start_date: '2016-03-07',
  end_date: '2016-03-18',
  dates: 'du 07/03/2016 au 18/03/2016',
  city: 'Satory',
  place_country: 'FR',
  place: 'Satory, France',
};
const LABELS: Record<Verdict, string> = { authentic: 'authentique', forged: 'falsifié', revoked: 'révoqué' };

function checked(verdict: Verdict, extra: Partial<Check> = {}): Check {
  return {
    verdict,
    verdict_label: LABELS[verdict],
    explanation: 'Ce numéro figure dans la base de la cellule.',
    source: 'number',
    number: NUMBER,
    holder: 'DIALLO Mamadou',
    course: 'Intervention spécialisée',
    start_date: '2016-03-07',
    end_date: '2016-03-18',
    dates: 'du 07/03/2016 au 18/03/2016',
    place: 'Satory, France',
    key_fingerprint: null,
    revocation: null,
    record: RECORD,
    ...extra,
  };
}

const REVOKED = checked('revoked', {
  explanation: 'Cette attestation a été révoquée le 02/12/2026 : erreur de saisie',
  revocation: { number: NUMBER, revoked_on: '2026-12-02', reason: 'erreur de saisie' },
});

type Calls = Array<{ cmd: string; args: Record<string, unknown> }>;
const of = (calls: Calls, cmd: string) => calls.filter((c) => c.cmd === cmd).map((c) => c.args);
const preset = window as { __coopdeskScanPath?: string };
const text = (testid: string) => plain(screen.getByTestId(testid).textContent);

function show(handlers: Record<string, Handler>) {
  const calls = mockBackend(handlers);
  render(CertificateCheck);
  return calls;
}

async function checkNumber(number: string) {
  await userEvent.type(screen.getByTestId('certificate-number'), `${number}{Enter}`);
}

afterEach(() => {
  planning.tab = 'planning';
  delete preset.__coopdeskScanPath;
});

describe('check', () => {
  it('places errors by code and field, and knows when a certificate can be revoked', () => {
    const notFound = new AppError('NOT_FOUND', 'x', { field: 'number' });
    expect(errorPlace('check', notFound)).toBe('number');
    expect(errorPlace('scan', new AppError('BAD_FILE', 'x', { field: 'file' }))).toBe('file');
    expect(errorPlace('check', new AppError('DB_IO', 'x'))).toBe('banner');
    expect(revocable(checked('authentic'))).toBe(true);
    expect(revocable(checked('authentic', { record: null }))).toBe(false);
    expect(revocable(REVOKED)).toBe(false);
    expect(recordHolder(checked('forged', { holder: 'DIALLO Mamadu' }))).toBe('DIALLO Mamadou');
    expect(recordHolder(checked('authentic'))).toBeNull();
  });
});

describe('CertificateCheck', () => {
  it('checks a number typed in (Enter submits) and shows an authentic certificate', async () => {
    const calls = show({ certificate_check: () => checked('authentic') });
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Vérifier une attestation');
    expect(screen.getByTestId('certificate-number').getAttribute('placeholder')).toBe(NUMBER);
    await checkNumber(` ${NUMBER} `);

    const card = await screen.findByTestId('certificate-result');
    expect(card.dataset.verdict).toBe('authentic');
    expect(text('certificate-verdict')).toBe('authentique');
    expect(text('certificate-explanation')).toBe('Ce numéro figure dans la base de la cellule.');
    expect(text('certificate-result-number')).toBe(NUMBER);
    expect(text('certificate-holder')).toBe('DIALLO Mamadou');
    expect(text('certificate-dates')).toBe('du 07/03/2016 au 18/03/2016');
    expect(text('certificate-place')).toBe('Satory, France');
    expect(text('certificate-source')).toBe('numéro saisi');
    expect(screen.queryByTestId('certificate-key')).toBeNull();
    expect(screen.queryByTestId('certificate-record-holder')).toBeNull();
    expect(screen.queryByTestId('certificate-revoked-on')).toBeNull();
    expect(text('certificate-revoke')).toBe('Révoquer cette attestation…');
    expect(of(calls, 'certificate_check')).toEqual([{ number: NUMBER }]);
  });

  it('shows a forged QR code read from the preset path, with the holder the database names', async () => {
    let finish: (value: Check) => void = () => {};
    const calls = show({
      certificate_scan: () => new Promise<Check>((resolve) => (finish = resolve)),
    });
    preset.__coopdeskScanPath = '/tmp/e2e/recto.png';
    await fireEvent.click(screen.getByTestId('certificate-scan'));

    expect(plain((await screen.findByTestId('certificate-busy')).textContent)).toBe('Lecture du code QR…');
    expect(screen.getByTestId('certificate-scan')).toHaveProperty('disabled', true);
    finish(
      checked('forged', {
        explanation: 'La signature ne correspond pas au contenu du code QR.',
        source: 'qr_code',
        holder: 'DIALLO Mamadu',
        key_fingerprint: '3f2a9c0e71b4d856',
      }),
    );

    const card = await screen.findByTestId('certificate-result');
    expect(card.dataset.verdict).toBe('forged');
    expect(text('certificate-verdict')).toBe('falsifié');
    expect(text('certificate-holder')).toBe('DIALLO Mamadu');
    expect(text('certificate-record-holder')).toBe('La base indique : DIALLO Mamadou');
    expect(text('certificate-key')).toBe('3f2a9c0e71b4d856');
    expect(text('certificate-source')).toBe('code QR lu');
    expect(screen.queryByTestId('certificate-revoke')).toBeNull();
    expect(screen.queryByTestId('certificate-busy')).toBeNull();
    expect(of(calls, 'certificate_scan')).toEqual([{ path: '/tmp/e2e/recto.png' }]);
    expect(of(calls, 'plugin:dialog|open')).toEqual([]);
    expect(preset.__coopdeskScanPath).toBeUndefined();
  });

  it('shows a revoked certificate with the date and reason of its revocation', async () => {
    show({ certificate_check: () => REVOKED });
    await checkNumber(NUMBER);
    const card = await screen.findByTestId('certificate-result');
    expect(card.dataset.verdict).toBe('revoked');
    expect(text('certificate-verdict')).toBe('révoqué');
    expect(text('certificate-revoked-on')).toBe('02/12/2026');
    expect(text('certificate-revoked-reason')).toBe('erreur de saisie');
    expect(screen.queryByTestId('certificate-revoke')).toBeNull();
  });

  it("shows an unknown number's refusal at the field", async () => {
    const refusal = `Aucune attestation ne porte le numéro « GIGN-2016-9999 ».`;
    show({
      certificate_check: () => {
        throw { code: 'NOT_FOUND', message: refusal, field: 'number' };
      },
    });
    await checkNumber('GIGN-2016-9999');
    expect((await screen.findByTestId('certificate-error')).textContent).toBe(refusal);
    expect(screen.getByTestId('certificate-number').getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByTestId('certificate-result')).toBeNull();
  });

  it("shows the core's refusal of an empty number at the field", async () => {
    const calls = show({
      certificate_check: () => {
        throw { code: 'INVALID_INPUT', message: "Saisissez le numéro de l'attestation.", field: 'number' };
      },
    });
    await fireEvent.click(screen.getByTestId('certificate-check-submit'));
    expect((await screen.findByTestId('certificate-error')).textContent).toBe("Saisissez le numéro de l'attestation.");
    expect(screen.queryByTestId('certificate-result')).toBeNull();
    expect(of(calls, 'certificate_check')).toHaveLength(1);
  });

  it("shows the core's message under the scan button for a file without our QR code", async () => {
    const refusal = "Aucun code QR n'a été trouvé dans « /home/agent/photo.jpg ».";
    const calls = show({
      'plugin:dialog|open': () => '/home/agent/photo.jpg',
      certificate_scan: () => {
        throw { code: 'BAD_FILE', message: refusal, field: 'file' };
      },
    });
    await fireEvent.click(screen.getByTestId('certificate-scan'));
    const error = await screen.findByTestId('certificate-error');
    expect(error.textContent).toBe(refusal);
    expect(error.closest('.by-scan')).not.toBeNull();
    expect(screen.getByTestId('certificate-number').getAttribute('aria-invalid')).toBeNull();
    const [dialog] = of(calls, 'plugin:dialog|open');
    const filters = (dialog.options as { filters: { extensions: string[] }[] }).filters;
    expect(filters.map((f) => f.extensions)).toEqual([['png', 'jpg', 'jpeg', 'pdf'], ['png', 'jpg', 'jpeg'], ['pdf']]);
    expect(of(calls, 'certificate_scan')).toEqual([{ path: '/home/agent/photo.jpg' }]);
  });

  it('revokes an authentic certificate for a reason the core requires, then checks it again', async () => {
    let revoked = false;
    const calls = show({
      certificate_check: () => (revoked ? REVOKED : checked('authentic')),
      certificate_revoke: ({ number, reason }) => {
        if (!(reason as string).trim()) {
          throw { code: 'INVALID_INPUT', message: 'Indiquez le motif de la révocation.', field: 'reason' };
        }
        revoked = true;
        return { number, revoked_on: '2026-12-02', reason };
      },
    });
    await checkNumber(NUMBER);
    await fireEvent.click(await screen.findByTestId('certificate-revoke'));

    const dialog = await screen.findByTestId('certificate-revoke-dialog');
    const reason = within(dialog).getByTestId('certificate-revoke-reason');
    expect(document.activeElement).toBe(reason);
    expect(plain(within(dialog).getByTestId('certificate-revoke-confirm').textContent)).toBe('Révoquer');
    await fireEvent.click(within(dialog).getByTestId('certificate-revoke-confirm'));
    expect((await screen.findByTestId('certificate-revoke-error')).textContent).toBe(
      'Indiquez le motif de la révocation.',
    );
    expect(screen.getByTestId('certificate-revoke-dialog')).toBeTruthy();

    await userEvent.type(reason, 'erreur de saisie');
    await fireEvent.click(within(dialog).getByTestId('certificate-revoke-confirm'));
    await waitFor(() => expect(screen.queryByTestId('certificate-revoke-dialog')).toBeNull());
    await waitFor(() => expect(screen.getByTestId('certificate-result').dataset.verdict).toBe('revoked'));
    expect(text('certificate-verdict')).toBe('révoqué');
    expect(of(calls, 'certificate_revoke')).toEqual([
      { number: NUMBER, reason: '' },
      { number: NUMBER, reason: 'erreur de saisie' },
    ]);
    expect(of(calls, 'certificate_check')).toEqual([{ number: NUMBER }, { number: NUMBER }]);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('certificate-result')));
  });

  it('closes the revocation dialog on Escape without revoking', async () => {
    const calls = show({ certificate_check: () => checked('authentic'), certificate_revoke: () => null });
    await checkNumber(NUMBER);
    await fireEvent.click(await screen.findByTestId('certificate-revoke'));
    await fireEvent.keyDown(await screen.findByTestId('certificate-revoke-dialog'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByTestId('certificate-revoke-dialog')).toBeNull());
    expect(of(calls, 'certificate_revoke')).toEqual([]);
    expect(screen.getByTestId('certificate-result').dataset.verdict).toBe('authentic');
  });

  it('is the fourth tab of the courses screen', async () => {
    mockBackend({});
    render(CoursesScreen);
    const tab = screen.getByTestId('tab-certificates');
    expect(tab.textContent?.trim()).toBe('Attestations');
    await fireEvent.click(tab);
    expect(await screen.findByRole('heading', { name: 'Vérifier une attestation' })).toBeTruthy();
    expect(screen.getByTestId('certificate-number')).toBeTruthy();
  });
});
