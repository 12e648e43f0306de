import { Alert, Anchor, Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { isApiError } from '../../api/problem';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { SurveyResultsView } from '../../components/SurveyResultsView';
import { pick } from '../../lib/localizedText';
import { publicResultsQuery } from './surveyApi';

/** What residents may see of a survey's answers: only from five responses on, without numbers before. */
export function PublicResultsPage() {
  const { token = '' } = useParams();
  const { t, i18n } = useTranslation();
  const api = useApi();
  const results = useQuery(publicResultsQuery(api.initiative, token));
  const back = (
    <Anchor component={Link} to={`/s/${token}`}>
      {t('survey.public.backToSurvey')}
    </Anchor>
  );
  if (results.isPending) return <Loading heading />;
  if (results.isError) {
    if (isApiError(results.error) && results.error.type === 'urn:cohesion:problem:not-enough-answers') {
      return (
        <Stack gap="md" maw={640}>
          <Title order={1}>{t('survey.public.resultsTitle')}</Title>
          <Alert title={t('survey.public.notEnoughTitle')} data-testid="survey-not-enough">
            {t('survey.public.notEnough')}
          </Alert>
          {back}
        </Stack>
      );
    }
    return <ErrorState error={results.error} onRetry={() => void results.refetch()} />;
  }
  const r = results.data;
  return (
    <Stack gap="md" maw={720}>
      <Title order={1}>{pick(r.title, i18n.resolvedLanguage ?? 'en', r.languages)}</Title>
      <SurveyResultsView results={r} headingLevel={2} />
      {back}
    </Stack>
  );
}
