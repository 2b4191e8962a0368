/**
 * The choices an action and an operational case share: the SSI, the kind and the domain
 * (drop-downs that start empty) and the country. Checked once here for both forms.
 */
import { t } from './i18n';

export interface RefChoices {
  ssi_id: number | null;
  kind_id: number | null;
  domain_id: number | null;
  country: string | null;
}

/** Marks each unchosen drop-down as required in `fields`. */
export function requireChoices(v: RefChoices, fields: Record<string, string>): void {
  for (const key of ['ssi_id', 'kind_id', 'domain_id'] as const) {
    if (v[key] === null) fields[key] = t('form-required');
  }
}

/** The choices as the core takes them, once `requireChoices` found nothing missing. */
export function chosen(v: RefChoices): { ssi_id: number; kind_id: number; domain_id: number; country: string } {
  return { ssi_id: v.ssi_id!, kind_id: v.kind_id!, domain_id: v.domain_id!, country: v.country ?? '' };
}
