import { Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { SurveyResultsView } from '../../components/SurveyResultsView';
import { allowedActions } from '../../lib/permissions';
import { reviewSurveyResultsQuery, reviewSurveySlotQuery } from './reviewApi';

/**
 * What the residents said, beside the panel's review: the survey's counts, means and approved
 * quotes, for those who may read them (the town's coordinators and panel members).
 */
export function RoundSurveyResults({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const { initiative: client } = useApi();
  const slot = useQuery(reviewSurveySlotQuery(client, initiativeId));
  const survey = slot.data?.survey;
  const readable = slot.data !== undefined && allowedActions(slot.data).has('VIEW_SURVEY_RESULTS');
  const answered = readable && survey != null && survey.status !== 'DRAFT';
  const results = useQuery({ ...reviewSurveyResultsQuery(client, initiativeId), enabled: answered });

  if (slot.isSuccess && !readable) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="review-survey-title" data-testid="review-survey">
      <Title order={3} size="h4" id="review-survey-title">
        {t('reviews.survey.title')}
      </Title>
      {slot.isPending ? (
        <Loading />
      ) : slot.isError ? (
        <ErrorState error={slot.error} onRetry={() => void slot.refetch()} />
      ) : !answered ? (
        <Text size="sm" c="dimmed" data-testid="review-survey-none">
          {t('reviews.survey.none')}
        </Text>
      ) : results.isPending ? (
        <Loading />
      ) : results.isError ? (
        <ErrorState error={results.error} onRetry={() => void results.refetch()} />
      ) : (
        <SurveyResultsView results={results.data} headingLevel={4} />
      )}
    </Stack>
  );
}
