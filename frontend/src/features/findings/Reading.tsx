import { NativeSelect, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicationReadingField } from '../../api/types';
import { LANGUAGE_CODES } from '../../i18n/languages';
import { useLangParam } from '../../lib/langParam';
import { endonym, languageName } from '../../lib/languageNames';

/**
 * The language a finding or recommendation is read in: `?lang=` when it names a network language
 * (a shared link keeps it), else the reader's UI language. The service answers with each field in
 * it where translated and in the original otherwise (marked FALLBACK).
 */
export function useReadingLanguage(): [string, (lang: string) => void] {
  const { i18n } = useTranslation();
  const [asked, pick] = useLangParam();
  const lang = asked && (LANGUAGE_CODES as readonly string[]).includes(asked) ? asked : (i18n.resolvedLanguage ?? 'en');
  return [lang, pick];
}

/** A choice of the languages it is written in, the original first; nothing when there is only one. */
export function ReadingPicker({
  original,
  translated,
  value,
  onChange,
}: {
  original: string;
  translated: readonly string[];
  value: string;
  onChange: (lang: string) => void;
}) {
  const { t } = useTranslation();
  const languages = [original, ...translated.filter((l) => l !== original)];
  if (languages.length < 2) return null;
  const options = languages.includes(value) ? languages : [...languages, value];
  return (
    <NativeSelect
      label={t('practiceLanguages.picker.label')}
      value={value}
      onChange={(e) => onChange(e.currentTarget.value)}
      data={options.map((code) => ({
        value: code,
        label: t(code === original ? 'practiceLanguages.picker.original' : 'practiceLanguages.picker.translated', {
          language: endonym(code),
        }),
      }))}
      maw={320}
      data-testid="reading-language"
    />
  );
}

/**
 * One field as read: its text with its own `lang` when it is not the page's, and a mark when it is
 * a translation or a fallback to the original.
 */
export function ReadingText({
  field,
  testId,
  size,
  fw,
}: {
  field: PublicationReadingField | undefined;
  testId: string;
  size?: string;
  fw?: number;
}) {
  const { i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  if (!field?.text) return null;
  return (
    <Stack gap={2}>
      <Text
        size={size}
        fw={fw}
        style={{ whiteSpace: 'pre-line' }}
        lang={field.language !== ui ? field.language : undefined}
        data-testid={testId}
        data-source={field.source}
      >
        {field.text}
      </Text>
      <ReadingMark field={field} />
    </Stack>
  );
}

/** Says a field is a translation, or the original shown because it is not translated into the language asked for. */
export function ReadingMark({ field }: { field: PublicationReadingField | undefined }) {
  const { t, i18n } = useTranslation();
  if (!field?.text || field.source === 'ORIGINAL') return null;
  return (
    <Text size="xs" c="dimmed" data-testid="reading-mark">
      {t(field.source === 'TRANSLATED' ? 'findings.reading.translated' : 'findings.reading.fallback', {
        language: languageName(field.language, i18n.resolvedLanguage ?? 'en'),
      })}
    </Text>
  );
}
