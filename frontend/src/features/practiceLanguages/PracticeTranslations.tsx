import { useState, type FormEvent, type Ref } from 'react';
import { Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { PRACTICE_TEXT_FIELDS, type Practice, type PracticeTextField } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { cityName, useCities } from '../../lib/cities';
import { fieldError } from '../../lib/fieldErrors';
import { formatDate } from '../../lib/format';
import { allowedActions } from '../../lib/permissions';
import {
  FIELD_MAX,
  fieldsByName,
  NETWORK_LANGUAGES,
  readingQuery,
  removeTranslation,
  translatePractice,
  translationValues,
  type TranslationBody,
} from './api';
import { languageName } from '../../lib/languageNames';
import { useFocusReturn } from './useFocusReturn';
import { usePracticeChanged, usePracticeReload } from './usePracticeChanged';

/**
 * The practice's translations for whoever may edit it: the existing ones (by whom, when) to edit or
 * delete (after a confirmation), and a form per language with the original beside each field.
 */
export function PracticeTranslations({ practice }: { practice: Practice }) {
  const { t, i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  const cities = useCities();
  const [open, setOpen] = useState<string | null>(null);
  const { targetRef, backRef } = useFocusReturn<HTMLHeadingElement, HTMLButtonElement>(open !== null);
  const targets = NETWORK_LANGUAGES.filter((l) => l !== practice.language);
  const [choice, setChoice] = useState<string>(targets[0]);
  if (!allowedActions(practice).has('EDIT_PRACTICE')) return null;

  return (
    <Card withBorder component="section" aria-labelledby="translations-title" data-testid="practice-translations">
      <Stack gap="sm">
        <Title order={2} size="h3" id="translations-title">
          {t('practiceLanguages.translations.title')}
        </Title>
        <Text size="sm">{t('practiceLanguages.translations.intro')}</Text>
        {practice.translations.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="translations-empty">
            {t('practiceLanguages.translations.none')}
          </Text>
        ) : (
          <Stack gap="xs" component="ul" aria-label={t('practiceLanguages.translations.listLabel')} p={0} m={0}>
            {practice.translations.map((tr) => (
              <Group
                key={tr.language}
                component="li"
                justify="space-between"
                gap="xs"
                style={{ listStyle: 'none' }}
                data-testid={`translation-${tr.language}`}
              >
                <Stack gap={0}>
                  <Text fw={500}>{languageName(tr.language, ui)}</Text>
                  <Text size="xs" c="dimmed">
                    {t('practiceLanguages.mark.translated', {
                      who: t(`practiceLanguages.by.${tr.translatedByRole}`, {
                        city: cityName(cities.data, tr.translatedByCity),
                      }),
                      date: formatDate(tr.translatedAt),
                    })}
                  </Text>
                </Stack>
                <Group gap="xs">
                  <Button
                    size="xs"
                    variant="light"
                    onClick={() => setOpen(tr.language)}
                    data-testid={`edit-translation-${tr.language}`}
                  >
                    {t('practiceLanguages.translations.edit')}
                  </Button>
                  <RemoveTranslation practice={practice} language={tr.language} onRemoved={() => setOpen(null)} />
                </Group>
              </Group>
            ))}
          </Stack>
        )}
        <Group gap="xs" align="flex-end">
          <NativeSelect
            label={t('practiceLanguages.translations.language')}
            value={choice}
            onChange={(e) => setChoice(e.currentTarget.value)}
            data={targets.map((l) => ({ value: l, label: languageName(l, ui) }))}
            data-testid="translation-language"
          />
          <Button ref={backRef} variant="light" onClick={() => setOpen(choice)} data-testid="open-translation">
            {t('practiceLanguages.translations.open')}
          </Button>
        </Group>
        {open && (
          <TranslationForm
            key={`${open}-${practice.version}`}
            practice={practice}
            language={open}
            onClose={() => setOpen(null)}
            heading={targetRef}
          />
        )}
      </Stack>
    </Card>
  );
}

function RemoveTranslation({
  practice,
  language,
  onRemoved,
}: {
  practice: Practice;
  language: string;
  onRemoved: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { practice: client } = useApi();
  const changed = usePracticeChanged();
  const reload = usePracticeReload(practice.id);
  const [asking, setAsking] = useState(false);
  const { targetRef, backRef } = useFocusReturn<HTMLButtonElement, HTMLButtonElement>(asking);
  const remove = useMutation({
    mutationFn: () => removeTranslation(client, practice, language),
    onSuccess: async (p) => {
      notifySuccess(t('practiceLanguages.translations.removed'));
      onRemoved();
      await changed(p);
    },
  });
  if (!asking)
    return (
      <Button
        ref={backRef}
        size="xs"
        variant="light"
        color="red"
        onClick={() => setAsking(true)}
        data-testid={`remove-translation-${language}`}
      >
        {t('practiceLanguages.translations.remove')}
      </Button>
    );
  return (
    <Stack gap="xs" role="group" aria-label={t('practiceLanguages.translations.remove')}>
      <Text size="sm">
        {t('practiceLanguages.translations.removeQuestion', {
          language: languageName(language, i18n.resolvedLanguage ?? 'en'),
        })}
      </Text>
      {remove.error != null && <ProblemAlert error={remove.error} focusOnShow onReload={reload} />}
      <Group gap="xs">
        <Button
          ref={targetRef}
          size="xs"
          color="red"
          loading={remove.isPending}
          onClick={() => remove.mutate()}
          data-testid="confirm-remove-translation"
        >
          {t('practiceLanguages.translations.removeConfirm')}
        </Button>
        <Button size="xs" variant="default" onClick={() => setAsking(false)} disabled={remove.isPending}>
          {t('common.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}

/**
 * One language's translation, field by field beside the original. Saved with the practice's version
 * as If-Match: when someone changed the practice meanwhile (412) the user is offered a reload. The
 * service's limits are the fields' limits; its violations appear on their fields.
 */
export function TranslationForm({
  practice,
  language,
  onClose,
  heading,
}: {
  practice: Practice;
  language: string;
  onClose: () => void;
  heading?: Ref<HTMLHeadingElement>;
}) {
  const { t, i18n } = useTranslation();
  const ui = i18n.resolvedLanguage ?? 'en';
  const { practice: client } = useApi();
  const reload = usePracticeReload(practice.id);
  const changed = usePracticeChanged();
  const reading = useQuery(readingQuery(client, practice, language));
  const [edited, setEdited] = useState<Partial<Record<PracticeTextField, string>>>({});
  const [local, setLocal] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (body: TranslationBody) => translatePractice(client, practice, language, body),
    onSuccess: async (p) => {
      notifySuccess(t('practiceLanguages.translations.saved'));
      await changed(p);
    },
  });
  const original = fieldsByName(practice.reading.fields);
  const target = languageName(language, ui);

  if (reading.isPending) return <Loading />;
  if (reading.isError) return <ErrorState error={reading.error} onRetry={() => void reading.refetch()} />;
  const values = { ...translationValues(reading.data.reading.fields), ...edited };

  function submit(e: FormEvent) {
    e.preventDefault();
    save.reset();
    const checks: Record<string, string> = {};
    for (const f of PRACTICE_TEXT_FIELDS)
      if (values[f].trim().length > FIELD_MAX[f])
        checks[f] = t('practiceLanguages.translations.tooLong', { max: FIELD_MAX[f] });
    const body = Object.fromEntries(
      PRACTICE_TEXT_FIELDS.map((f) => [f, values[f].trim() === '' ? null : values[f]]),
    ) as TranslationBody;
    if (PRACTICE_TEXT_FIELDS.every((f) => body[f] == null)) checks.form = t('practiceLanguages.translations.required');
    setLocal(checks);
    if (Object.keys(checks).length === 0) save.mutate(body);
  }

  return (
    <form
      onSubmit={submit}
      aria-label={t('practiceLanguages.translations.formLabel', { language: target })}
      data-testid="translation-form"
      data-language={language}
      noValidate
    >
      <Stack gap="md">
        <Title order={3} size="h4" ref={heading} tabIndex={-1}>
          {t('practiceLanguages.translations.formLabel', { language: target })}
        </Title>
        {save.error != null && (
          <ProblemAlert
            error={save.error}
            showViolations={false}
            focusOnShow
            onReload={reload}
            testId="translation-error"
          />
        )}
        {PRACTICE_TEXT_FIELDS.map((f) => {
          const source = original.get(f);
          const input = {
            label: t(`practices.fields.${f}`),
            description: t('practiceLanguages.translations.translation', { language: target }),
            value: values[f],
            onChange: (e: { currentTarget: { value: string } }) => {
              const value = e.currentTarget.value;
              setEdited((v) => ({ ...v, [f]: value }));
            },
            maxLength: FIELD_MAX[f],
            lang: language,
            error: fieldError(f, save.error, local),
            'data-testid': `translation-field-${f}`,
          };
          return (
            <SimpleGrid key={f} cols={{ base: 1, sm: 2 }} spacing="sm">
              <Stack gap={2}>
                <Text size="sm" fw={500}>
                  {t(`practices.fields.${f}`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {t('practiceLanguages.translations.original', { language: languageName(practice.language, ui) })}
                </Text>
                {source?.text ? (
                  <Text
                    size="sm"
                    style={{ whiteSpace: 'pre-wrap' }}
                    lang={practice.language !== ui ? practice.language : undefined}
                  >
                    {source.text}
                  </Text>
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('practiceLanguages.translations.emptyOriginal')}
                  </Text>
                )}
              </Stack>
              {f === 'title' ? <TextInput {...input} /> : <Textarea {...input} autosize minRows={2} maxRows={12} />}
            </SimpleGrid>
          );
        })}
        {local.form && (
          <Text c="red.9" size="sm" role="alert" data-testid="translation-required">
            {local.form}
          </Text>
        )}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending} data-testid="translation-save">
            {t('practiceLanguages.translations.save')}
          </Button>
          <Button variant="default" onClick={onClose} disabled={save.isPending}>
            {t('practiceLanguages.translations.close')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
