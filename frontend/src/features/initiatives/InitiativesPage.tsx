import { useState } from 'react';
import { Anchor, Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { Link, useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { Panel } from '../../api/types';
import { EmptyState } from '../../shared/EmptyState';
import { Loading } from '../../shared/Loading';
import { PagingControls } from '../../shared/PagingControls';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { formatDate } from '../../shared/format';
import { useAsync } from '../../shared/useAsync';
import { listInitiatives } from './api';
import { CreateInitiativeForm } from './CreateInitiativeForm';
import { InitiativeStatusBadge } from './StatusBadge';

const PAGE_SIZE = 10;

/** The initiatives of one town, and (for who may manage the town) a form to start one. */
export function InitiativesSection({ city, canManage, panels }: { city: string; canManage: boolean; panels: Panel[] | undefined }) {
  const { t } = useTranslation();
  const { initiative } = useApi();
  const navigate = useNavigate();
  const [page, setPage] = useState(0);
  const initiatives = useAsync(() => listInitiatives(initiative, { city, page, size: PAGE_SIZE }), [initiative, city, page]);
  const panelName = (id: string) => panels?.find((p) => p.id === id)?.name;

  return (
    <Stack component="section" aria-labelledby="initiatives-title" data-testid="initiatives-section">
      <Title order={2} id="initiatives-title">
        {t('initiatives.title')}
      </Title>
      {initiatives.loading && !initiatives.data && <Loading />}
      {initiatives.error !== undefined && <ProblemAlert error={initiatives.error} onRetry={initiatives.reload} />}
      {initiatives.data && initiatives.data.items.length === 0 && (
        <EmptyState title={t('initiatives.empty.title')}>{canManage ? t('initiatives.empty.manage') : t('initiatives.empty.text')}</EmptyState>
      )}
      {initiatives.data && initiatives.data.items.length > 0 && (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('initiatives.title')}>
          {initiatives.data.items.map((i) => (
            <Card key={i.id} withBorder component="li" padding="sm" data-testid="initiative-item">
              <Group justify="space-between" align="flex-start" wrap="nowrap">
                <Anchor component={Link} to={`/initiatives/${i.id}`} fw={600}>
                  {i.title}
                </Anchor>
                <InitiativeStatusBadge status={i.status} />
              </Group>
              {'summary' in i && typeof i.summary === 'string' && (
                <Text size="sm" lineClamp={2}>
                  {i.summary}
                </Text>
              )}
              <Text size="xs" c="dimmed">
                {[panelName(i.panelId), t('initiatives.updatedAt', { date: formatDate(i.updatedAt) })].filter(Boolean).join(' · ')}
              </Text>
            </Card>
          ))}
        </Stack>
      )}
      {initiatives.data && (
        <PagingControls page={initiatives.data.page} totalPages={initiatives.data.totalPages} totalItems={initiatives.data.totalItems} onChange={setPage} label={t('initiatives.paging')} />
      )}
      {canManage && (
        <>
          <Divider />
          {panels && panels.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('initiatives.create.needPanel')}
            </Text>
          ) : (
            <CreateInitiativeForm panels={panels ?? []} onCreated={(created) => navigate(`/initiatives/${created.id}`)} />
          )}
        </>
      )}
    </Stack>
  );
}
