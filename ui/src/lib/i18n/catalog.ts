import { FluentBundle, FluentResource, type FluentVariable } from '@fluent/bundle';

/**
 * Fluent catalogues, shared with the Rust core (src-tauri/core/locales/<lang>/*.ftl).
 * They are bundled as raw text at build time. ui.ftl is added first; the other
 * files of a language (errors.ftl, written on the Rust side) follow in name order.
 */
const files = import.meta.glob<string>('../../../../src-tauri/core/locales/*/*.ftl', {
  query: '?raw',
  import: 'default',
  eager: true,
});

export const LOCALES = ['fr', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'fr';

/** BCP 47 tags used for Fluent plural rules and for Intl formatting. */
export const LOCALE_TAGS: Record<Locale, string> = { fr: 'fr-FR', en: 'en-GB' };

export type Args = Record<string, FluentVariable>;

/** The sources of one language, as [file name, text], ui.ftl first. */
export function sources(locale: Locale): Array<[string, string]> {
  const prefix = `/locales/${locale}/`;
  return Object.entries(files)
    .filter(([path]) => path.includes(prefix))
    .map(([path, text]): [string, string] => [path.slice(path.lastIndexOf('/') + 1), text])
    .sort(([a], [b]) => (a === 'ui.ftl' ? -1 : b === 'ui.ftl' ? 1 : a.localeCompare(b)));
}

export function buildBundle(locale: Locale): FluentBundle {
  const bundle = new FluentBundle(LOCALE_TAGS[locale], { useIsolating: false });
  for (const [name, text] of sources(locale)) {
    const errors = bundle.addResource(new FluentResource(text));
    for (const error of errors) {
      console.error(`[i18n] ${locale}/${name}: ${error.message}`);
    }
  }
  return bundle;
}

/** Formats message `id`; a missing message shows its id, so the gap is visible. */
export function formatMessage(bundle: FluentBundle, id: string, args?: Args): string {
  const message = bundle.getMessage(id);
  if (!message?.value) {
    console.error(`[i18n] missing message: ${id}`);
    return id;
  }
  const errors: Error[] = [];
  const text = bundle.formatPattern(message.value, args, errors);
  for (const error of errors) {
    console.error(`[i18n] ${id}: ${error.message}`);
  }
  return text;
}
