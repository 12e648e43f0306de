import { LANGUAGES } from '../i18n/languages';

/** A language's name in the reader's language (German, allemand, Deutsch…), for running text. */
export function languageName(code: string, uiLanguage: string): string {
  try {
    return new Intl.DisplayNames([uiLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A language's name in itself (Deutsch, Nederlands…), for a choice of languages. */
export function endonym(code: string): string {
  return LANGUAGES.find((l) => l.code === code)?.name ?? code;
}
