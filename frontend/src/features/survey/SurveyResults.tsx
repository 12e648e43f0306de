import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { allowedActions } from '../../lib/permissions';
import { SurveyResultsView } from '../../components/SurveyResultsView';
import { decideQuote, surveyKeys, surveyResultsQuery, type Quote } from './surveyApi';

/**
 * The residents' feedback on an initiative for its town's insiders: the aggregated answers, and
 * for a coordinator every free-text answer to approve or reject as a quote. Self-contained (it
 * loads its own data by initiative id), so the review round's page can show it too.
 */
export function SurveyResults({ initiativeId, headingLevel = 3 }: { initiativeId: string; headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation();
  const api = useApi();
  const results = useQuery(surveyResultsQuery(api.initiative, initiativeId));
  if (results.isPending) return <Loading />;
  if (results.isError) return <ErrorState error={results.error} onRetry={() => void results.refetch()} />;
  const can = allowedActions(results.data);
  return (
    <Stack gap="md">
      <SurveyResultsView results={results.data} headingLevel={headingLevel} />
      {can.has('MODERATE_SURVEY_QUOTES') && (
        <Stack gap="xs" component="section" aria-labelledby="survey-moderation-title" data-testid="survey-moderation">
          <Title order={headingLevel} size="h5" id="survey-moderation-title">
            {t('survey.moderation.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('survey.moderation.intro')}
          </Text>
          {results.data.moderation.length === 0 ? (
            <Text size="sm">{t('survey.moderation.empty')}</Text>
          ) : (
            results.data.moderation.map((quote) => (
              <QuoteRow key={quote.id} initiativeId={initiativeId} quote={quote} />
            ))
          )}
        </Stack>
      )}
    </Stack>
  );
}

function QuoteRow({ initiativeId, quote }: { initiativeId: string; quote: Quote }) {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const decide = useMutation({
    mutationFn: (approved: boolean) => decideQuote(api.initiative, initiativeId, quote, approved),
    onSuccess: () => queries.invalidateQueries({ queryKey: surveyKeys.results(initiativeId) }),
  });
  return (
    <Stack gap={4} data-testid="survey-moderation-item">
      <Text style={{ whiteSpace: 'pre-wrap' }}>{quote.text}</Text>
      <Group gap="xs">
        <Text size="sm" c="dimmed">
          {t(`survey.moderation.status.${quote.status}`)}
        </Text>
        {quote.status !== 'APPROVED' && (
          <Button
            size="xs"
            variant="light"
            loading={decide.isPending}
            onClick={() => decide.mutate(true)}
            data-testid="quote-approve"
          >
            {t('survey.moderation.approve')}
          </Button>
        )}
        {quote.status !== 'REJECTED' && (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            loading={decide.isPending}
            onClick={() => decide.mutate(false)}
            data-testid="quote-reject"
          >
            {t('survey.moderation.reject')}
          </Button>
        )}
      </Group>
      {decide.isError && <ProblemAlert error={decide.error} focusOnShow />}
    </Stack>
  );
}
