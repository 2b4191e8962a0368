import type { FluentBundle } from '@fluent/bundle';
import { buildBundle, DEFAULT_LOCALE, formatMessage, LOCALE_TAGS, LOCALES, type Args, type Locale } from './catalog';

const bundles = new Map<Locale, FluentBundle>();

function bundleFor(locale: Locale): FluentBundle {
  let bundle = bundles.get(locale);
  if (!bundle) {
    bundle = buildBundle(locale);
    bundles.set(locale, bundle);
  }
  return bundle;
}

const state = $state<{ locale: Locale }>({ locale: DEFAULT_LOCALE });

/** The current language; reading it inside a component makes the component follow it. */
export function locale(): Locale {
  return state.locale;
}

/** The BCP 47 tag of the current language ("fr-FR"), for Intl formatting. */
export function localeTag(): string {
  return LOCALE_TAGS[state.locale];
}

export function setLocale(next: Locale): void {
  if (!LOCALES.includes(next)) throw new Error(`unknown locale: ${next}`);
  state.locale = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/** Translates message `id` of the Fluent catalogue in the current language. */
export function t(id: string, args?: Args): string {
  return formatMessage(bundleFor(state.locale), id, args);
}
