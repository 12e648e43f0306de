import { useState } from 'react';
import { Button, Card, Group, MultiSelect, Select, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LANGUAGES } from '../../i18n/languages';
import {
  createSurvey,
  QUESTION_KINDS,
  surveyKeys,
  updateSurvey,
  type QuestionKind,
  type Survey,
  type SurveyDefinition,
} from './surveyApi';

type Texts = Record<string, string>;
interface DraftQuestion {
  kind: QuestionKind;
  text: Texts;
  options: Texts[];
}

const MIN_QUESTIONS = 3;
const MAX_QUESTIONS = 6;
const MAX_OPTIONS = 8;

function starter(): DraftQuestion[] {
  return [
    { kind: 'RATING', text: {}, options: [] },
    { kind: 'CHOICE', text: {}, options: [{}, {}] },
    { kind: 'FREE_TEXT', text: {}, options: [] },
  ];
}

/** Only the languages chosen, so a text typed for a dropped language is not sent. */
function only(texts: Texts, languages: string[]): Texts {
  return Object.fromEntries(languages.map((l) => [l, texts[l] ?? '']));
}

/**
 * Composes (or, before the first answer, edits) an initiative's survey: its languages (the
 * town's by default), a heading and 3–6 questions with their texts in every chosen language.
 */
export function SurveyEditor({
  initiativeId,
  survey,
  defaultLanguages,
  onDone,
}: {
  initiativeId: string;
  survey?: Survey;
  defaultLanguages: string[];
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const [languages, setLanguages] = useState<string[]>(survey?.languages ?? defaultLanguages);
  const [title, setTitle] = useState<Texts>(survey?.title ?? {});
  const [questions, setQuestions] = useState<DraftQuestion[]>(
    survey
      ? survey.questions.map((q) => ({ kind: q.kind, text: q.text, options: q.options.map((o) => o.text) }))
      : starter(),
  );
  const save = useMutation({
    mutationFn: (body: SurveyDefinition) =>
      survey
        ? updateSurvey(api.initiative, initiativeId, survey.version, body)
        : createSurvey(api.initiative, initiativeId, body),
    onSuccess: async () => {
      await queries.invalidateQueries({ queryKey: surveyKeys.slot(initiativeId) });
      onDone();
    },
  });
  const languageOptions = [
    ...new Set([...LANGUAGES.map((l) => l.code as string), ...defaultLanguages, ...languages]),
  ].map((code) => ({ value: code, label: LANGUAGES.find((l) => l.code === code)?.name ?? code }));
  const change = (index: number, next: Partial<DraftQuestion>) =>
    setQuestions(questions.map((q, i) => (i === index ? { ...q, ...next } : q)));

  const submit = () =>
    save.mutate({
      languages,
      title: only(title, languages),
      questions: questions.map((q) => ({
        kind: q.kind,
        text: only(q.text, languages),
        options: q.kind === 'CHOICE' ? q.options.map((o) => only(o, languages)) : [],
      })),
    });

  return (
    <Stack
      gap="md"
      component="form"
      data-testid="survey-editor"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
    >
      <MultiSelect
        label={t('survey.editor.languages')}
        description={t('survey.editor.languagesHint')}
        data={languageOptions}
        value={languages}
        onChange={setLanguages}
        data-testid="survey-languages"
      />
      {languages.map((l) => (
        <TextInput
          key={l}
          label={t('survey.editor.heading', { language: l })}
          value={title[l] ?? ''}
          onChange={(e) => setTitle({ ...title, [l]: e.currentTarget.value })}
          maxLength={300}
          data-testid={`survey-title-${l}`}
        />
      ))}
      {questions.map((q, index) => (
        <Card withBorder key={index} data-testid="survey-question-editor">
          <Stack gap="xs">
            <Group justify="space-between">
              <Title order={4} size="h6">
                {t('survey.editor.question', { number: index + 1 })}
              </Title>
              {questions.length > MIN_QUESTIONS && (
                <Button
                  variant="subtle"
                  color="red"
                  size="xs"
                  onClick={() => setQuestions(questions.filter((_, i) => i !== index))}
                >
                  {t('survey.editor.removeQuestion', { number: index + 1 })}
                </Button>
              )}
            </Group>
            <Select
              label={t('survey.editor.kind')}
              data={QUESTION_KINDS.map((k) => ({ value: k, label: t(`survey.kinds.${k}`) }))}
              value={q.kind}
              allowDeselect={false}
              onChange={(v) =>
                v &&
                change(index, {
                  kind: v as QuestionKind,
                  options: v === 'CHOICE' && q.options.length < 2 ? [{}, {}] : q.options,
                })
              }
              data-testid={`survey-kind-${index + 1}`}
            />
            {languages.map((l) => (
              <TextInput
                key={l}
                label={t('survey.editor.questionText', { number: index + 1, language: l })}
                value={q.text[l] ?? ''}
                onChange={(e) => change(index, { text: { ...q.text, [l]: e.currentTarget.value } })}
                maxLength={300}
                data-testid={`survey-text-${index + 1}-${l}`}
              />
            ))}
            {q.kind === 'CHOICE' &&
              q.options.map((option, o) => (
                <Group key={o} align="flex-end" gap="xs" wrap="wrap">
                  {languages.map((l) => (
                    <TextInput
                      key={l}
                      style={{ flex: '1 1 10rem' }}
                      label={t('survey.editor.option', { number: o + 1, language: l })}
                      value={option[l] ?? ''}
                      onChange={(e) =>
                        change(index, {
                          options: q.options.map((x, i) => (i === o ? { ...x, [l]: e.currentTarget.value } : x)),
                        })
                      }
                      maxLength={300}
                      data-testid={`survey-option-${index + 1}-${o + 1}-${l}`}
                    />
                  ))}
                  {q.options.length > 2 && (
                    <Button
                      variant="subtle"
                      color="red"
                      size="xs"
                      onClick={() => change(index, { options: q.options.filter((_, i) => i !== o) })}
                    >
                      {t('survey.editor.removeOption', { number: o + 1 })}
                    </Button>
                  )}
                </Group>
              ))}
            {q.kind === 'CHOICE' && q.options.length < MAX_OPTIONS && (
              <Button variant="light" size="xs" onClick={() => change(index, { options: [...q.options, {}] })}>
                {t('survey.editor.addOption')}
              </Button>
            )}
          </Stack>
        </Card>
      ))}
      {questions.length < MAX_QUESTIONS && (
        <Button variant="light" onClick={() => setQuestions([...questions, { kind: 'RATING', text: {}, options: [] }])}>
          {t('survey.editor.addQuestion')}
        </Button>
      )}
      {save.isError && <ProblemAlert error={save.error} focusOnShow />}
      <Group>
        <Button type="submit" loading={save.isPending} data-testid="survey-save">
          {t('survey.editor.save')}
        </Button>
        <Button variant="default" onClick={onDone}>
          {t('survey.editor.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
