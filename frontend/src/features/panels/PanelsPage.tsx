import { useState } from 'react';
import { Card, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { EmptyState } from '../../shared/EmptyState';
import { Loading } from '../../shared/Loading';
import { PagingControls } from '../../shared/PagingControls';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { formatDate } from '../../shared/format';
import { useAsync } from '../../shared/useAsync';
import { listPanels } from './api';
import { CreatePanelForm } from './CreatePanelForm';

const PAGE_SIZE = 10;

/** The panels (Local Panels of Stakeholders) of one town, and a form to create one. */
export function PanelsSection({ city, canManage, onChanged }: { city: string; canManage: boolean; onChanged?: () => void }) {
  const { t } = useTranslation();
  const { panel } = useApi();
  const [page, setPage] = useState(0);
  const panels = useAsync(() => listPanels(panel, { city, page, size: PAGE_SIZE }), [panel, city, page]);

  return (
    <Stack component="section" aria-labelledby="panels-title" data-testid="panels-section">
      <Title order={2} id="panels-title">
        {t('panels.title')}
      </Title>
      {panels.loading && !panels.data && <Loading />}
      {panels.error !== undefined && <ProblemAlert error={panels.error} onRetry={panels.reload} />}
      {panels.data && panels.data.items.length === 0 && (
        <EmptyState title={t('panels.empty.title')}>{canManage ? t('panels.empty.manage') : t('panels.empty.text')}</EmptyState>
      )}
      {panels.data && panels.data.items.length > 0 && (
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('panels.title')}>
          {panels.data.items.map((p) => (
            <Card key={p.id} withBorder component="li" padding="sm" data-testid="panel-item">
              <Group justify="space-between" align="flex-start">
                <Text fw={600}>{p.name}</Text>
                <Text size="xs" c="dimmed">
                  {t('panels.createdAt', { date: formatDate(p.createdAt) })}
                </Text>
              </Group>
              {p.description && (
                <Text size="sm" c="dimmed">
                  {p.description}
                </Text>
              )}
            </Card>
          ))}
        </Stack>
      )}
      {panels.data && <PagingControls page={panels.data.page} totalPages={panels.data.totalPages} totalItems={panels.data.totalItems} onChange={setPage} label={t('panels.paging')} />}
      {canManage && (
        <>
          <Divider />
          <CreatePanelForm
            city={city}
            onCreated={() => {
              panels.reload();
              onChanged?.();
            }}
          />
        </>
      )}
    </Stack>
  );
}
