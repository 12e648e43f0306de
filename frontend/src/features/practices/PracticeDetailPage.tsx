import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { Loading } from '../../shared/Loading';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { formatDate, formatDateTime } from '../../shared/format';
import { useAsync } from '../../shared/useAsync';
import { canManageTown } from '../auth/token';
import { useSession } from '../auth/session';
import { cityName, useCities } from '../panels/useCities';
import { getPractice } from './api';
import { PracticeStatusBadge } from './PracticeStatusBadge';

const SECTIONS = ['context', 'approach', 'results', 'resources', 'transferability', 'lessons'] as const;

/** Every field of one good practice. */
export function PracticeDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const { user } = useSession();
  const cities = useCities();
  const practice = useAsync(() => getPractice(client, id), [client, id]);

  if (practice.loading && !practice.data) return <Loading />;
  if (!practice.data) return <ProblemAlert error={practice.error} onRetry={practice.reload} />;
  const p = practice.data;

  return (
    <Stack gap="lg" component="article" data-testid="practice-detail">
      <Anchor component={Link} to="/practices" size="sm">
        {t('practices.back')}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{p.title}</Title>
          <Text c="dimmed" size="sm">
            {[cityName(cities.data, p.city), p.publishedAt ? t('practices.publishedAt', { date: formatDate(p.publishedAt) }) : null].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        <Group gap="xs">
          <PracticeStatusBadge status={p.status} />
          {canManageTown(user, p.city) && (
            <Button component={Link} to={`/practices/${p.id}/edit`} variant="light" size="xs" data-testid="edit-practice">
              {t('practices.edit.action')}
            </Button>
          )}
        </Group>
      </Group>
      <Text size="lg">{p.summary}</Text>
      {SECTIONS.map((s) => (
        <Stack gap={4} key={s} component="section" aria-labelledby={`practice-${s}`}>
          <Title order={2} size="h3" id={`practice-${s}`}>
            {t(`practices.fields.${s}`)}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }} c={p[s] ? undefined : 'dimmed'}>
            {p[s] || t('practices.notProvided')}
          </Text>
        </Stack>
      ))}
      <Text size="xs" c="dimmed">
        {t('practices.timestamps', { created: formatDateTime(p.createdAt), updated: formatDateTime(p.updatedAt), version: p.version })}
      </Text>
      {p.sourceInitiativeId && user && (
        <Anchor component={Link} to={`/initiatives/${p.sourceInitiativeId}`} size="sm">
          {t('practices.sourceInitiative')}
        </Anchor>
      )}
    </Stack>
  );
}
