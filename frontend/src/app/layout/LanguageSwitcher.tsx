import { NativeSelect } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { changeLanguage } from '../../i18n';
import { isLanguage, LANGUAGES } from '../../i18n/languages';

/** The UI's language, by each language's own name; the choice is kept for the next visit. */
export function LanguageSwitcher() {
  const { t, i18n } = useTranslation();
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'en';
  return (
    <NativeSelect
      aria-label={t('language.label')}
      value={current}
      onChange={(e) => {
        const lng = e.currentTarget.value;
        if (isLanguage(lng)) void changeLanguage(lng);
      }}
      data={LANGUAGES.map((l) => ({ value: l.code, label: l.name }))}
      size="xs"
      w={130}
      data-testid="language-switcher"
    />
  );
}
