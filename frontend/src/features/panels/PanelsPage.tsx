import { useEffect, useRef, useState } from 'react';
import { Anchor, Card, Divider, Group, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { panelsQuery } from '../../api/panels';
import { PageHeader } from '../../components/PageHeader';
import { PagedList } from '../../components/PagedList';
import { cityName, useCities } from '../../lib/cities';
import { townCrumbs } from '../../lib/crumbs';
import { formatDate } from '../../lib/format';
import { usePageParam } from '../../lib/paging';
import { allowedActions } from '../../lib/permissions';
import { useSession } from '../../lib/session';
import { CreatePanelForm } from './CreatePanelForm';

const PAGE_SIZE = 10;

/** The panels (Local Panels of Stakeholders) of one town and, for who may, a form to create one. */
export function PanelsPage() {
  const { city = '' } = useParams();
  const { t } = useTranslation();
  const { panel } = useApi();
  const { user } = useSession();
  const cities = useCities();
  const [page, setPage] = usePageParam();
  const panels = useQuery({
    ...panelsQuery(panel, { city, page, size: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const actions = allowedActions(panels.data);
  const [createdId, setCreatedId] = useState<string>();
  const created = useRef<HTMLLIElement>(null);
  useEffect(() => {
    if (createdId) created.current?.focus();
  }, [createdId, panels.data]);
  const town = cityName(cities.data, city);
  const mayCreate = actions.has('CREATE_PANEL');

  return (
    <Stack gap="lg" data-testid="panels-section">
      <PageHeader
        title={t('panels.titleWithTown', { town })}
        crumbs={townCrumbs(t, cities.data, city, user?.isAdmin ?? false)}
        lead={t('panels.title')}
      />
      <PagedList
        query={panels}
        onPage={setPage}
        pagingLabel={t('panels.paging')}
        empty={{ title: t('panels.empty.title'), text: mayCreate ? t('panels.empty.manage') : t('panels.empty.text') }}
      >
        {(items) => (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('panels.list')}>
            {items.map((p) => (
              <Card
                key={p.id}
                withBorder
                component="li"
                padding="sm"
                data-testid="panel-item"
                ref={p.id === createdId ? created : undefined}
                tabIndex={p.id === createdId ? -1 : undefined}
              >
                <Group justify="space-between" align="flex-start">
                  <Anchor component={Link} to={`/panels/${p.id}`} fw={600} data-testid="panel-link">
                    {p.name}
                  </Anchor>
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
      </PagedList>
      {mayCreate && (
        <>
          <Divider />
          <CreatePanelForm city={city} onCreated={(p) => setCreatedId(p.id)} />
        </>
      )}
    </Stack>
  );
}
