import { useRef, useState, type ReactNode } from 'react';
import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { initiativeQuery } from '../../api/initiatives';
import type { Initiative } from '../../api/types';
import { panelQuery } from '../../api/panels';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ErrorState } from '../../components/ErrorState';
import { cityName, useCities } from '../../lib/cities';
import { townCrumbs, townPath } from '../../lib/crumbs';
import { formatDateTime } from '../../lib/format';
import { allowedActions } from '../../lib/permissions';
import { useSession } from '../../lib/session';
import { AdaptedFromNotice } from './AdaptedFromNotice';
import { ContentView } from './ContentView';
import { DeleteDraftButton } from './DeleteDraftButton';
import { EditInitiativeForm } from './EditInitiativeForm';
import { HistoryTable } from './HistoryTable';
import { outcomeLabel } from './labels';
import { InitiativeStatusBadge } from './StatusBadge';
import { TransitionControl } from './TransitionControl';

/**
 * One initiative: status, outcome, the allowed next steps and the full history. Other areas add
 * their parts through `sections` (composed in app/InitiativeRoute).
 */
export function InitiativeDetailPage({ sections }: { sections?: (initiative: Initiative) => ReactNode } = {}) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const { user } = useSession();
  const initiative = useQuery(initiativeQuery(api.initiative, id));
  const panelId = initiative.data?.panelId;
  const panel = useQuery({ ...panelQuery(api.panel, panelId ?? ''), enabled: panelId !== undefined });
  const cities = useCities();
  const actions = allowedActions(initiative.data);
  const status = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState(false);

  if (initiative.isPending) return <Loading heading />;
  if (initiative.isError) return <ErrorState error={initiative.error} onRetry={() => void initiative.refetch()} />;
  const i = initiative.data;
  const crumbs = [
    ...townCrumbs(t, cities.data, i.city, user?.isAdmin ?? false),
    { label: t('initiatives.title'), to: townPath(i.city, 'initiatives') },
  ];

  return (
    <Stack gap="lg" data-testid="initiative-detail">
      <PageHeader
        title={i.title}
        crumbs={crumbs}
        lead={[cityName(cities.data, i.city), panel.data?.name].filter(Boolean).join(' · ')}
        aside={
          <div ref={status} tabIndex={-1} data-testid="initiative-status-region" aria-live="polite">
            <InitiativeStatusBadge status={i.status} />
          </div>
        }
      />
      <Text style={{ whiteSpace: 'pre-wrap' }} lang={i.language}>
        {i.summary}
      </Text>
      {i.adaptedFrom && <AdaptedFromNotice link={i.adaptedFrom} />}
      {editing ? (
        <EditInitiativeForm key={i.version} initiative={i} onDone={() => setEditing(false)} />
      ) : (
        <ContentView initiative={i} />
      )}
      {!editing && (actions.has('EDIT_INITIATIVE') || actions.has('DELETE_INITIATIVE')) && (
        <Group align="flex-start">
          {actions.has('EDIT_INITIATIVE') && (
            <Button variant="light" onClick={() => setEditing(true)} data-testid="edit-initiative">
              {t('initiativeContent.edit.open')}
            </Button>
          )}
          {actions.has('DELETE_INITIATIVE') && <DeleteDraftButton initiative={i} />}
        </Group>
      )}
      {(i.outcome || i.conclusion) && (
        <Card withBorder data-testid="initiative-conclusion">
          <Stack gap="xs">
            <Group gap="xs">
              <Text fw={600}>{t('initiatives.fields.outcome')}</Text>
              {i.outcome && (
                <Badge color="green" variant="light">
                  {outcomeLabel(t, i.outcome)}
                </Badge>
              )}
            </Group>
            {i.conclusion && <Text style={{ whiteSpace: 'pre-wrap' }}>{i.conclusion}</Text>}
          </Stack>
        </Card>
      )}
      <Text size="xs" c="dimmed">
        {t('initiatives.timestamps', {
          created: formatDateTime(i.createdAt),
          updated: formatDateTime(i.updatedAt),
          version: i.version,
        })}
      </Text>
      {actions.has('CHANGE_STATUS') ? (
        <TransitionControl
          initiative={i}
          onChanged={() => status.current?.focus()}
          onReload={() => void initiative.refetch()}
        />
      ) : (
        <Text size="sm" c="dimmed" data-testid="initiative-read-only">
          {t('initiatives.transition.readOnly')}
        </Text>
      )}
      {sections?.(i)}
      <Stack gap="sm" component="section" aria-labelledby="history-title">
        <Title order={2} size="h3" id="history-title">
          {t('initiatives.history.title')}
        </Title>
        <HistoryTable history={i.history} />
      </Stack>
    </Stack>
  );
}
