import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { Practice } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { cityName, useCities } from '../../lib/cities';
import { formatDate } from '../../lib/format';
import { useLangParam } from '../../lib/langParam';
import { isNetworkLanguage, practiceLanguages, readingQuery, type ReadingField } from './api';
import { endonym, languageName } from '../../lib/languageNames';

const SECTIONS = ['context', 'approach', 'results', 'resources', 'transferability', 'lessons'] as const;

/**
 * The language a practice is read in: `?lang=` when it names a network language (a shared link keeps
 * it, even for a language the practice is not translated into: its fields are then marked as
 * fallbacks), else the reader's UI language when the practice has it, else the original.
 */
export function readingLanguage(practice: Practice, asked: string | null, uiLanguage: string): string {
  if (isNetworkLanguage(asked)) return asked;
  return practiceLanguages(practice).includes(uiLanguage) ? uiLanguage : practice.language;
}

/**
 * A practice's text in the language the reader picks: a picker of the languages the practice has
 * (the original first), the choice kept in the URL (`?lang=`), every field marked when it is a
 * translation (by whom, as a capacity and a town) or a fallback to the original, and each text in a
 * language other than the page's carrying its own `lang`.
 */
export function PracticeReading({ practice }: { practice: Practice }) {
  const { t, i18n } = useTranslation();
  const { practice: client } = useApi();
  const [asked, pick] = useLangParam();
  const ui = i18n.resolvedLanguage ?? 'en';
  const lang = readingLanguage(practice, asked, ui);
  const original = lang === practice.language;
  const reading = useQuery({ ...readingQuery(client, practice, lang), enabled: !original });
  const languages = practiceLanguages(practice);
  const options = languages.includes(lang) ? languages : [...languages, lang];

  const picker = options.length > 1 && (
    <NativeSelect
      label={t('practiceLanguages.picker.label')}
      value={lang}
      onChange={(e) => pick(e.currentTarget.value)}
      data={options.map((code) => ({
        value: code,
        label: t(
          code === practice.language ? 'practiceLanguages.picker.original' : 'practiceLanguages.picker.translated',
          { language: endonym(code) },
        ),
      }))}
      maw={320}
      data-testid="reading-language"
    />
  );

  let fields: readonly ReadingField[];
  if (original) fields = practice.reading.fields;
  else if (reading.isPending)
    return (
      <Stack gap="sm">
        {picker}
        <Loading />
      </Stack>
    );
  else if (reading.isError)
    return (
      <Stack gap="sm">
        {picker}
        <ErrorState error={reading.error} onRetry={() => void reading.refetch()} />
      </Stack>
    );
  else fields = reading.data.reading.fields;

  const field = (name: ReadingField['name']) => fields.find((f) => f.name === name);
  const title = field('title');
  const summary = field('summary');

  return (
    <Stack gap="lg" data-testid="practice-reading" data-language={lang}>
      {picker}
      {!original && title?.text && (
        <Stack gap={4}>
          <Text
            size="xl"
            fw={700}
            lang={title.language !== ui ? title.language : undefined}
            data-testid="reading-title"
          >
            {title.text}
          </Text>
          <Mark practice={practice} field={title} requested={lang} />
        </Stack>
      )}
      {summary && (
        <Stack gap={4}>
          <FieldText field={summary} ui={ui} size="lg" testId="reading-summary" />
          <Mark practice={practice} field={summary} requested={lang} />
        </Stack>
      )}
      {SECTIONS.map((s) => {
        const f = field(s);
        return (
          <Stack gap={4} key={s} component="section" aria-labelledby={`practice-${s}`}>
            <Title order={2} size="h3" id={`practice-${s}`}>
              {t(`practices.fields.${s}`)}
            </Title>
            {f && <Mark practice={practice} field={f} requested={lang} />}
            {f ? (
              <FieldText field={f} ui={ui} testId={`reading-${s}`} />
            ) : (
              <Text c="dimmed">{t('practices.notProvided')}</Text>
            )}
          </Stack>
        );
      })}
    </Stack>
  );
}

/** One field's text, with `lang` when it is not in the page's language; "not provided" when blank. */
function FieldText({ field, ui, size, testId }: { field: ReadingField; ui: string; size?: string; testId: string }) {
  const { t } = useTranslation();
  if (!field.text)
    return (
      <Text c="dimmed" size={size} data-testid={testId}>
        {t('practices.notProvided')}
      </Text>
    );
  return (
    <Text
      size={size}
      style={{ whiteSpace: 'pre-wrap' }}
      lang={field.language !== ui ? field.language : undefined}
      data-testid={testId}
    >
      {field.text}
    </Text>
  );
}

/** The mark of a translated field (by whom, when) or of a fallback to the original; nothing for the original. */
function Mark({ practice, field, requested }: { practice: Practice; field: ReadingField; requested: string }) {
  const { t, i18n } = useTranslation();
  const cities = useCities();
  const ui = i18n.resolvedLanguage ?? 'en';
  if (field.source === 'ORIGINAL' || !field.text) return null;
  let text: string;
  if (field.source === 'TRANSLATED') {
    const info = practice.translations.find((tr) => tr.language === field.language);
    const who = info
      ? t(`practiceLanguages.by.${info.translatedByRole}`, { city: cityName(cities.data, info.translatedByCity) })
      : '';
    text = t('practiceLanguages.mark.translated', { who, date: formatDate(info?.translatedAt) });
  } else {
    text = t('practiceLanguages.mark.fallback', {
      language: languageName(requested, ui),
      original: languageName(practice.language, ui),
    });
  }
  return (
    <Text size="xs" c="dimmed" fs="italic" data-testid={`reading-mark-${field.name}`} data-source={field.source}>
      {text}
    </Text>
  );
}
