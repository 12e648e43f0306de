import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { isLanguage, LANGUAGE_CODES, LANGUAGE_STORAGE_KEY, type LanguageCode } from './languages';

/** Every other language is its own chunk, loaded when chosen (en is bundled as the fallback). */
const locales = import.meta.glob<{ default: object }>('./locales/*.ts');

function storedLanguage(): LanguageCode | undefined {
  try {
    const value = window.localStorage.getItem(LANGUAGE_STORAGE_KEY);
    return isLanguage(value) ? value : undefined;
  } catch {
    return undefined; // storage disabled: the browser's language decides
  }
}

/** The reader's choice, else the first supported language the browser asks for, else en. */
export function initialLanguage(): LanguageCode {
  const stored = storedLanguage();
  if (stored) return stored;
  for (const tag of navigator.languages ?? [navigator.language]) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

async function loadLanguage(lng: LanguageCode): Promise<void> {
  if (lng === 'en' || i18n.hasResourceBundle(lng, 'translation')) return;
  const load = locales[`./locales/${lng}.ts`];
  if (!load) return; // not translated yet: i18next falls back to en
  const module = await load();
  i18n.addResourceBundle(lng, 'translation', module.default, true, true);
}

/** Switches the UI's language, keeps the choice for the next visit and sets <html lang>. */
export async function changeLanguage(lng: LanguageCode): Promise<void> {
  await loadLanguage(lng);
  await i18n.changeLanguage(lng);
  try {
    window.localStorage.setItem(LANGUAGE_STORAGE_KEY, lng);
  } catch {
    // storage disabled: the choice lasts for this visit only
  }
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = lng;
});

void i18n.use(initReactI18next).init({
  lng: 'en',
  fallbackLng: 'en',
  supportedLngs: [...LANGUAGE_CODES],
  resources: { en: { translation: en } },
  interpolation: { escapeValue: false },
  initAsync: false,
  returnNull: false,
});

/** Starts in the reader's language: resolves once its texts are loaded (or failed to load). */
export const i18nReady: Promise<void> = (() => {
  const lng = initialLanguage();
  if (lng === 'en') return Promise.resolve();
  return loadLanguage(lng)
    .then(() => i18n.changeLanguage(lng))
    .then(
      () => undefined,
      () => undefined,
    );
})();

export default i18n;
