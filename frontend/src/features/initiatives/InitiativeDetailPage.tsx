import { Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { Loading } from '../../shared/Loading';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { formatDateTime } from '../../shared/format';
import { useAsync } from '../../shared/useAsync';
import { getPanel } from '../panels/api';
import { cityName, useCities } from '../panels/useCities';
import { getInitiative } from './api';
import { HistoryTable } from './HistoryTable';
import { outcomeLabel } from './labels';
import { InitiativeStatusBadge } from './StatusBadge';
import { TransitionControl } from './TransitionControl';

/** One initiative: status, outcome, the allowed next steps and the full history. */
export function InitiativeDetailPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const initiative = useAsync(() => getInitiative(api.initiative, id), [api.initiative, id]);
  const panelId = initiative.data?.panelId;
  const panel = useAsync(() => (panelId ? getPanel(api.panel, panelId) : Promise.resolve(undefined)), [api.panel, panelId]);
  const cities = useCities();

  if (initiative.loading && !initiative.data) return <Loading />;
  if (!initiative.data) return <ProblemAlert error={initiative.error} onRetry={initiative.reload} />;
  const i = initiative.data;

  return (
    <Stack gap="lg" data-testid="initiative-detail">
      <Anchor component={Link} to={`/my-town?city=${encodeURIComponent(i.city)}`} size="sm">
        {t('initiatives.backToTown', { town: cityName(cities.data, i.city) })}
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <Stack gap={4}>
          <Title order={1}>{i.title}</Title>
          <Text size="sm" c="dimmed">
            {[cityName(cities.data, i.city), panel.data?.name].filter(Boolean).join(' · ')}
          </Text>
        </Stack>
        <InitiativeStatusBadge status={i.status} />
      </Group>
      {initiative.error !== undefined && <ProblemAlert error={initiative.error} onRetry={initiative.reload} />}
      <Text style={{ whiteSpace: 'pre-wrap' }}>{i.summary}</Text>
      {(i.outcome || i.conclusion) && (
        <Card withBorder data-testid="initiative-conclusion">
          <Stack gap="xs">
            <Group gap="xs">
              <Text fw={600}>{t('initiatives.fields.outcome')}:</Text>
              {i.outcome && <Badge color="green">{outcomeLabel(t, i.outcome)}</Badge>}
            </Group>
            {i.conclusion && <Text style={{ whiteSpace: 'pre-wrap' }}>{i.conclusion}</Text>}
          </Stack>
        </Card>
      )}
      <Text size="xs" c="dimmed">
        {t('initiatives.timestamps', { created: formatDateTime(i.createdAt), updated: formatDateTime(i.updatedAt), version: i.version })}
      </Text>
      <TransitionControl initiative={i} onChanged={initiative.setData} onReload={initiative.reload} />
      <Stack gap="sm" component="section" aria-labelledby="history-title">
        <Title order={3} id="history-title">
          {t('initiatives.history.title')}
        </Title>
        <HistoryTable history={i.history} />
      </Stack>
    </Stack>
  );
}
