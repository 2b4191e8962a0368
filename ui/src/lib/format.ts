import { localeTag, t } from './i18n';

const numberFormats = new Map<string, Intl.NumberFormat>();

function numberFormat(tag: string): Intl.NumberFormat {
  let format = numberFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
    numberFormats.set(tag, format);
  }
  return format;
}

/**
 * A count or amount for display: `2 160` in French (the group separator is
 * U+202F, a narrow no-break space). Null or undefined shows the "no value" mark.
 */
export function formatNumber(value: number | null | undefined, tag: string = localeTag()): string {
  if (value === null || value === undefined || Number.isNaN(value)) return t('value-none');
  return numberFormat(tag).format(value);
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:$|T)/;

/**
 * A calendar date from the core ("2007-09-01", or the date part of an ISO
 * date-time) as dd/mm/yyyy. The string is split, never parsed through Date,
 * so no time zone can move the day. A value that is not a date is returned as is.
 */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return t('value-none');
  const match = ISO_DATE.exec(iso);
  if (!match) return iso;
  const [, year, month, day] = match;
  const m = Number(month);
  const d = Number(day);
  if (m < 1 || m > 12 || d < 1 || d > 31) return iso;
  return `${day}/${month}/${year}`;
}

/** Lower-cases and strips accents, for accent-insensitive search ("senegal" finds "Sénégal"). */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLocaleLowerCase('fr');
}
