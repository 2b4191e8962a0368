/**
 * What the certificate check shows apart from the markup: where an error of the core goes,
 * the symbol of each verdict, the file filters of the scan and its end-to-end preset path.
 */
import type { AppError } from '$lib/backend/ipc';
import type { CertificateCheck, Verdict } from '$lib/generated/bindings';
import { t } from '$lib/i18n';

/** Where a refusal is shown: at the number field, under the scan button, or in a banner. */
export type ErrorPlace = 'number' | 'file' | 'banner';

/** By code and field, never by message: an unknown number at the field, an unreadable file under its button. */
export function errorPlace(action: 'check' | 'scan', error: AppError): ErrorPlace {
  if (action === 'check') return error.field === 'number' ? 'number' : 'banner';
  return error.field === 'file' || error.code === 'BAD_FILE' ? 'file' : 'banner';
}

/** A symbol beside the verdict, so that its colour is not the only cue. */
export const VERDICT_SYMBOL: Record<Verdict, string> = {
  authentic: '✓',
  forged: '✗',
  revoked: '⚠',
};

/** The trainee the database names, when it differs from the holder the QR code names. */
export function recordHolder(check: CertificateCheck): string | null {
  const name = check.record?.trainee_name;
  return name && name !== check.holder ? name : null;
}

/** Only an authentic certificate this desk holds can be revoked from here. */
export function revocable(check: CertificateCheck): boolean {
  return check.verdict === 'authentic' && check.record !== null;
}

/** The open dialog's filters: every file the scan reads first, then images, then PDF. */
export function scanFilters(): { name: string; extensions: string[] }[] {
  return [
    { name: t('certificate-filter-all'), extensions: ['png', 'jpg', 'jpeg', 'pdf'] },
    { name: t('certificate-filter-images'), extensions: ['png', 'jpg', 'jpeg'] },
    { name: t('certificate-filter-pdf'), extensions: ['pdf'] },
  ];
}
