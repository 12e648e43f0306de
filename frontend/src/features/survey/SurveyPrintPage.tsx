import { Button, Group, Image, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useApi, useRuntimeConfig } from '../../api/ApiContext';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { pick } from '../../lib/localizedText';
import { surveySlotQuery } from './surveyApi';

/** A poster to print: the survey's heading in each of its languages, the QR code and the link. */
export function SurveyPrintPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const config = useRuntimeConfig();
  const slot = useQuery(surveySlotQuery(api.initiative, id));
  if (slot.isPending) return <Loading heading />;
  if (slot.isError) return <ErrorState error={slot.error} onRetry={() => void slot.refetch()} />;
  const survey = slot.data.survey;
  if (!survey || survey.status === 'DRAFT') return <EmptyState title={t('survey.print.notOpen')} />;
  const link = `${window.location.origin}/s/${survey.publicToken}`;
  return (
    <Stack gap="md" align="center" data-testid="survey-print">
      {survey.languages.map((l) => (
        <Title key={l} order={l === survey.languages[0] ? 1 : 2} size="h2" ta="center" lang={l}>
          {pick(survey.title, l, survey.languages)}
        </Title>
      ))}
      <Image
        src={`${config.initiativeApi}/public/surveys/${survey.publicToken}/qr.svg`}
        alt={t('survey.print.qrAlt', { link })}
        w={320}
        h={320}
        data-testid="survey-qr"
      />
      <Text size="lg" fw={600} style={{ wordBreak: 'break-all' }} ta="center">
        {link}
      </Text>
      <Text size="sm" ta="center">
        {t('survey.print.anonymous')}
      </Text>
      <Group className="no-print">
        <Button onClick={() => window.print()} data-testid="survey-print-button">
          {t('survey.print.print')}
        </Button>
      </Group>
    </Stack>
  );
}
