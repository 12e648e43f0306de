import { useState } from 'react';
import { Alert, Anchor, Button, Group, Radio, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { isApiError } from '../../api/problem';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LANGUAGES } from '../../i18n/languages';
import { pick } from '../../lib/localizedText';
import { answerSurvey, answerToken, publicSurveyQuery, type PublicSurvey, type SurveyResponse } from './surveyApi';

type Answers = Record<string, { rating?: number; choice?: string; text?: string }>;

/**
 * A resident answers an initiative's survey: no sign-in, nothing about them kept but a random
 * token in this browser (so the same browser is not counted twice). Works one-handed on a phone:
 * one column, large radio targets, the submit button last.
 */
export function PublicSurveyPage() {
  const { token = '' } = useParams();
  const api = useApi();
  const survey = useQuery(publicSurveyQuery(api.initiative, token));
  if (survey.isPending) return <Loading heading />;
  if (survey.isError) return <ErrorState error={survey.error} onRetry={() => void survey.refetch()} />;
  return <SurveyForm survey={survey.data} />;
}

function SurveyForm({ survey }: { survey: PublicSurvey }) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const ui = i18n.resolvedLanguage ?? 'en';
  const [language, setLanguage] = useState(survey.languages.includes(ui) ? ui : (survey.languages[0] ?? ui));
  const [answers, setAnswers] = useState<Answers>({});
  const text = (value: Record<string, string>) => pick(value, language, survey.languages);
  const send = useMutation({
    mutationFn: (body: SurveyResponse) => answerSurvey(api.initiative, survey.token, body),
  });
  const already = isApiError(send.error) && send.error.type === 'urn:cohesion:problem:already-answered';
  const set = (id: string, value: Answers[string]) => setAnswers({ ...answers, [id]: value });
  const given = Object.entries(answers).filter(([, a]) => a.rating !== undefined || a.choice || a.text?.trim());

  const resultsLink = (
    <Anchor component={Link} to={`/s/${survey.token}/results`} data-testid="survey-results-link">
      {t('survey.public.resultsLink')}
    </Anchor>
  );

  if (send.isSuccess || already) {
    return (
      <Stack gap="md" maw={640} data-testid="survey-thanks">
        <Title order={1}>{text(survey.title)}</Title>
        <Alert color="green" title={t('survey.public.thanksTitle')} role="status">
          {t(already ? 'survey.public.already' : 'survey.public.thanks')}
        </Alert>
        {resultsLink}
      </Stack>
    );
  }

  return (
    <Stack
      gap="lg"
      maw={640}
      component="form"
      data-testid="survey-form"
      onSubmit={(e) => {
        e.preventDefault();
        send.mutate({
          answerToken: answerToken(survey.token),
          answers: given.map(([questionId, a]) => ({
            questionId,
            rating: a.rating,
            choice: a.choice,
            text: a.text?.trim() || undefined,
          })),
        });
      }}
    >
      <Title order={1}>{text(survey.title)}</Title>
      <Text size="sm">{t('survey.public.intro')}</Text>
      {survey.languages.length > 1 && (
        <Select
          label={t('survey.public.language')}
          data={survey.languages.map((l) => ({ value: l, label: LANGUAGES.find((x) => x.code === l)?.name ?? l }))}
          value={language}
          allowDeselect={false}
          onChange={(v) => v && setLanguage(v)}
          data-testid="survey-language"
        />
      )}
      {survey.status === 'CLOSED' ? (
        <Alert title={t('survey.public.closedTitle')} data-testid="survey-closed">
          {t('survey.public.closed')}
        </Alert>
      ) : (
        <>
          {survey.questions.map((q, index) => (
            <Stack key={q.id} gap="xs" data-testid="survey-question">
              {q.kind === 'RATING' && (
                <Radio.Group
                  label={`${index + 1}. ${text(q.text)}`}
                  description={t('survey.public.ratingHint')}
                  value={answers[q.id]?.rating?.toString() ?? null}
                  onChange={(v) => set(q.id, { rating: Number(v) })}
                >
                  <Group gap="md" mt="xs">
                    {[1, 2, 3, 4, 5].map((n) => (
                      <Radio
                        key={n}
                        value={String(n)}
                        label={String(n)}
                        size="md"
                        data-testid={`rating-${q.id}-${n}`}
                      />
                    ))}
                  </Group>
                </Radio.Group>
              )}
              {q.kind === 'CHOICE' && (
                <Radio.Group
                  label={`${index + 1}. ${text(q.text)}`}
                  value={answers[q.id]?.choice ?? null}
                  onChange={(v) => set(q.id, { choice: v })}
                >
                  <Stack gap="sm" mt="xs">
                    {q.options.map((o) => (
                      <Radio key={o.id} value={o.id} label={text(o.text)} size="md" data-testid={`choice-${o.id}`} />
                    ))}
                  </Stack>
                </Radio.Group>
              )}
              {q.kind === 'FREE_TEXT' && (
                <Textarea
                  label={`${index + 1}. ${text(q.text)}`}
                  description={t('survey.public.textHint')}
                  autosize
                  minRows={3}
                  maxLength={1000}
                  value={answers[q.id]?.text ?? ''}
                  onChange={(e) => set(q.id, { text: e.currentTarget.value })}
                  data-testid={`text-${q.id}`}
                />
              )}
            </Stack>
          ))}
          {send.isError && <ProblemAlert error={send.error} focusOnShow />}
          <Text size="xs" c="dimmed">
            {t('survey.public.privacy')}
          </Text>
          <Group>
            <Button
              type="submit"
              size="md"
              disabled={given.length === 0}
              loading={send.isPending}
              data-testid="survey-submit"
            >
              {t('survey.public.submit')}
            </Button>
          </Group>
        </>
      )}
      {resultsLink}
    </Stack>
  );
}
