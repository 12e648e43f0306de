import { useState } from 'react';
import { Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import { cityQuery } from '../../api/towns';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { ProblemAlert } from '../../components/ProblemAlert';
import { allowedActions } from '../../lib/permissions';
import { SurveyEditor } from './SurveyEditor';
import { SurveyResults } from './SurveyResults';
import { changeSurveyStatus, surveyKeys, surveySlotQuery, type SurveyStatus } from './surveyApi';

/**
 * The residents' survey on an initiative's page: for its coordinator the editor, opening and
 * closing, the public link and the printable QR code; for the town's insiders the results.
 */
export function SurveySection({ initiativeId, city }: { initiativeId: string; city: string }) {
  const { t } = useTranslation();
  const api = useApi();
  const queries = useQueryClient();
  const slot = useQuery(surveySlotQuery(api.initiative, initiativeId));
  const town = useQuery(cityQuery(api.panel, city));
  const [editing, setEditing] = useState(false);
  const step = useMutation({
    mutationFn: ({ version, to }: { version: number; to: SurveyStatus }) =>
      changeSurveyStatus(api.initiative, initiativeId, version, to),
    onSuccess: () => queries.invalidateQueries({ queryKey: surveyKeys.all }),
  });

  const heading = (
    <Title order={2} size="h3" id="survey-title">
      {t('survey.section.title')}
    </Title>
  );
  if (slot.isPending) return <Loading />;
  if (slot.isError) return <ErrorState error={slot.error} onRetry={() => void slot.refetch()} />;
  const can = allowedActions(slot.data);
  const survey = slot.data.survey;
  const defaultLanguages = town.data?.languages ?? [];

  return (
    <Stack gap="sm" component="section" aria-labelledby="survey-title" data-testid="survey-section">
      {heading}
      {editing && can.has('MANAGE_SURVEY') ? (
        <SurveyEditor
          initiativeId={initiativeId}
          survey={survey ?? undefined}
          defaultLanguages={defaultLanguages}
          onDone={() => setEditing(false)}
        />
      ) : survey === null ? (
        <Stack gap="xs">
          <Text size="sm" c="dimmed" data-testid="survey-none">
            {t('survey.section.none')}
          </Text>
          {can.has('MANAGE_SURVEY') && (
            <Group>
              <Button onClick={() => setEditing(true)} data-testid="survey-create">
                {t('survey.section.create')}
              </Button>
            </Group>
          )}
        </Stack>
      ) : (
        <Stack gap="sm">
          <Group gap="sm">
            <Badge variant="light" data-testid="survey-status">
              {t(`survey.status.${survey.status}`)}
            </Badge>
            <Text size="sm" data-testid="survey-count">
              {t('survey.results.responses', { count: survey.responseCount })}
            </Text>
          </Group>
          {survey.status !== 'DRAFT' && (
            <Group gap="lg">
              <Anchor component={Link} to={`/s/${survey.publicToken}`} data-testid="survey-public-link">
                {t('survey.section.publicLink')}
              </Anchor>
              <Anchor component={Link} to={`/initiatives/${initiativeId}/survey/print`} data-testid="survey-print-link">
                {t('survey.section.print')}
              </Anchor>
            </Group>
          )}
          {can.has('MANAGE_SURVEY') && (
            <Group gap="sm">
              {survey.editable && (
                <Button variant="default" onClick={() => setEditing(true)} data-testid="survey-edit">
                  {t('survey.section.edit')}
                </Button>
              )}
              {survey.allowedTransitions.map((to) => (
                <Button
                  key={to}
                  loading={step.isPending}
                  onClick={() => step.mutate({ version: survey.version, to })}
                  data-testid={`survey-${to.toLowerCase()}`}
                >
                  {t(to === 'OPEN' ? 'survey.section.to.OPEN' : 'survey.section.to.CLOSED')}
                </Button>
              ))}
            </Group>
          )}
          {step.isError && <ProblemAlert error={step.error} focusOnShow onReload={() => void slot.refetch()} />}
          {can.has('VIEW_SURVEY_RESULTS') && survey.status !== 'DRAFT' && <SurveyResults initiativeId={initiativeId} />}
        </Stack>
      )}
    </Stack>
  );
}
