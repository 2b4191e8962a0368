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

const ISO_TIME = /^\d{4}-\d{2}-\d{2}[T ](\d{2}):(\d{2})/;

/**
 * A date-time from the core ("2026-12-01T10:15:00", local time) as dd/mm/yyyy HH:MM, split
 * like `formatDate` (never through Date). Without a time part it is the date alone.
 */
export function formatDateTime(iso: string | null | undefined): string {
  const date = formatDate(iso);
  const time = iso ? ISO_TIME.exec(iso) : null;
  if (!time || date === iso) return date;
  return `${date} ${time[1]}:${time[2]}`;
}

/**
 * An instant from the core in UTC ("2026-12-01T09:15:00.123Z") in the local time of the
 * machine: dd/mm/yyyy HH:MM, with the seconds when asked. A value that is not one is returned as is.
 */
export function formatInstant(iso: string | null | undefined, seconds = false): string {
  if (!iso) return t('value-none');
  const d = new Date(iso);
  if (!/(?:[zZ]|[+-]\d{2}:?\d{2})$/.test(iso) || Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  const time = `${pad(d.getHours())}:${pad(d.getMinutes())}${seconds ? `:${pad(d.getSeconds())}` : ''}`;
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${time}`;
}

/** Decimal units (1 Mo = 1 000 000 octets), as the file managers of Linux count them. */
const SIZE_UNITS = ['size-bytes', 'size-kb', 'size-mb', 'size-gb', 'size-tb'] as const;

/** A file size for display: `23,4 Mo`, `850 ko`, `512 o` in French. */
export function formatBytes(bytes: number | null | undefined, tag: string = localeTag()): string {
  if (bytes === null || bytes === undefined || Number.isNaN(bytes)) return t('value-none');
  let value = bytes;
  let unit = 0;
  // 999,5 ko and more would round to "1 000 ko": that is already 1 Mo.
  while (Math.abs(value) >= 999.5 && unit < SIZE_UNITS.length - 1) {
    value /= 1000;
    unit += 1;
  }
  // Whole bytes; one decimal below 100 of a larger unit (23,4 Mo), none above (230 Mo).
  const rounded = unit === 0 || Math.abs(value) >= 99.95 ? Math.round(value) : Math.round(value * 10) / 10;
  return t(SIZE_UNITS[unit], { n: formatNumber(rounded, tag) });
}

// Letters NFD does not split into a base and an accent.
const PLAIN: Record<string, string> = { œ: 'oe', æ: 'ae', ß: 'ss', ø: 'o', ł: 'l', đ: 'd', ı: 'i', ŧ: 't', ŀ: 'l' };

/**
 * The core's `text::fold`, for lists filtered in memory (a country picker, the SSI table):
 * lower case, accents and punctuation removed, words separated by one space. Both sides
 * are checked against `fold.examples.json`.
 */
export function foldForSearch(text: string): string {
  let out = '';
  for (const c of text.toLocaleLowerCase('fr').normalize('NFD')) {
    if (/[\u0300-\u036f]/u.test(c)) continue;
    const plain = PLAIN[c];
    if (plain) out += plain;
    else if (/[\p{L}\p{N}]/u.test(c)) out += c;
    else if (out && !out.endsWith(' ')) out += ' ';
  }
  return out.endsWith(' ') ? out.slice(0, -1) : out;
}

/** Two names in the core's `FR` collation order: folded first, then as written. */
export function compareFr(a: string, b: string): number {
  const x = foldForSearch(a);
  const y = foldForSearch(b);
  if (x !== y) return x < y ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

const moneyFormats = new Map<string, Intl.NumberFormat>();

/** An amount in cents as euros: `12 500,50 €` in French. Null shows the "no value" mark. */
export function formatMoney(cents: number | null | undefined, tag: string = localeTag()): string {
  if (cents === null || cents === undefined || Number.isNaN(cents)) return t('value-none');
  let format = moneyFormats.get(tag);
  if (!format) {
    format = new Intl.NumberFormat(tag, {
      style: 'currency',
      currency: 'EUR',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    moneyFormats.set(tag, format);
  }
  return format.format(cents / 100);
}

/** Cents as the form shows them for editing: `12 500,50` (no currency sign). */
export function centsToInput(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(Math.trunc(cents));
  const euros = Math.floor(abs / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ' ');
  const rest = abs % 100;
  return rest === 0 ? `${sign}${euros}` : `${sign}${euros},${String(rest).padStart(2, '0')}`;
}

/**
 * What the user typed as an amount in euros (`12 500,50`, `12500.5`, `1 000 €`) in cents,
 * or null when it is not an amount. A minus sign is kept: the core refuses it with its message.
 * An empty text is zero.
 */
export function parseMoney(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f€]/g, '');
  if (cleaned === '') return 0;
  const match = /^(-?)(\d+)(?:[.,](\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const [, sign, euros, decimals = ''] = match;
  const cents = Number(euros) * 100 + Number(decimals.padEnd(2, '0'));
  if (!Number.isSafeInteger(cents)) return null;
  return sign ? -cents : cents;
}

/** A whole number typed by the user (`1 200`, `-3`), or null. An empty text is zero. */
export function parseCount(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0\u202f]/g, '');
  if (cleaned === '') return 0;
  if (!/^-?\d+$/.test(cleaned)) return null;
  const value = Number(cleaned);
  return Number.isSafeInteger(value) ? value : null;
}

/** Today's date as the core reads it (yyyy-mm-dd), in local time. */
export function todayIso(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
