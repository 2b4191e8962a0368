export { t, locale, localeTag, setLocale } from './i18n.svelte';
export { LOCALES, DEFAULT_LOCALE, type Locale, type Args } from './catalog';
