/**
 * The UI's languages with their endonyms (each language's name in itself, never translated:
 * a reader looks for their own language's name in the switcher).
 */
export const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'sq', name: 'Shqip' },
  { code: 'da', name: 'Dansk' },
  { code: 'de', name: 'Deutsch' },
  { code: 'et', name: 'Eesti' },
  { code: 'fr', name: 'Français' },
  { code: 'it', name: 'Italiano' },
  { code: 'lv', name: 'Latviešu' },
  { code: 'lt', name: 'Lietuvių' },
  { code: 'nl', name: 'Nederlands' },
  { code: 'sl', name: 'Slovenščina' },
] as const;

export type LanguageCode = (typeof LANGUAGES)[number]['code'];

export const LANGUAGE_CODES: readonly LanguageCode[] = LANGUAGES.map((l) => l.code);

/** Where the reader's choice is kept across visits. */
export const LANGUAGE_STORAGE_KEY = 'cohesion.lang';

export function isLanguage(value: string | null | undefined): value is LanguageCode {
  return value != null && (LANGUAGE_CODES as readonly string[]).includes(value);
}
