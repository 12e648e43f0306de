import { Anchor, Card, Divider, Group, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { initiativesQuery } from '../../api/initiatives';
import { panelsQuery } from '../../api/panels';
import { PageHeader } from '../../components/PageHeader';
import { PagedList } from '../../components/PagedList';
import { cityName, useCities } from '../../lib/cities';
import { townCrumbs } from '../../lib/crumbs';
import { formatDate } from '../../lib/format';
import { usePageParam } from '../../lib/paging';
import { allowedActions } from '../../lib/permissions';
import { useSession } from '../../lib/session';
import { CreateInitiativeForm } from './CreateInitiativeForm';
import { InitiativeStatusBadge } from './StatusBadge';

const PAGE_SIZE = 10;

/** The initiatives of one town and, for who may, a form to start one. */
export function InitiativesPage() {
  const { city = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const { user } = useSession();
  const navigate = useNavigate();
  const cities = useCities();
  const [page, setPage] = usePageParam();
  const initiatives = useQuery({
    ...initiativesQuery(api.initiative, { city, page, size: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  // every panel of the town, for the panel names and the create form's choice
  const panels = useQuery(panelsQuery(api.panel, { city, page: 0, size: 100 }));
  const actions = allowedActions(initiatives.data);
  const panelName = (id: string) => panels.data?.items.find((p) => p.id === id)?.name;
  const town = cityName(cities.data, city);
  const mayCreate = actions.has('CREATE_INITIATIVE');

  return (
    <Stack gap="lg" data-testid="initiatives-section">
      <PageHeader
        title={t('initiatives.titleWithTown', { town })}
        crumbs={townCrumbs(t, cities.data, city, user?.isAdmin ?? false)}
      />
      <PagedList
        query={initiatives}
        onPage={setPage}
        pagingLabel={t('initiatives.paging')}
        empty={{
          title: t('initiatives.empty.title'),
          text: mayCreate ? t('initiatives.empty.manage') : t('initiatives.empty.text'),
        }}
      >
        {(items) => (
          <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('initiatives.list')}>
            {items.map((i) => (
              <Card key={i.id} withBorder component="li" padding="sm" data-testid="initiative-item">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Anchor component={Link} to={`/initiatives/${i.id}`} fw={600}>
                    {i.title}
                  </Anchor>
                  <InitiativeStatusBadge status={i.status} />
                </Group>
                <Text size="xs" c="dimmed">
                  {[panelName(i.panelId), t('initiatives.updatedAt', { date: formatDate(i.updatedAt) })]
                    .filter(Boolean)
                    .join(' · ')}
                </Text>
              </Card>
            ))}
          </Stack>
        )}
      </PagedList>
      {mayCreate && panels.data && (
        <>
          <Divider />
          {panels.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {t('initiatives.create.needPanel')}
            </Text>
          ) : (
            <CreateInitiativeForm
              panels={panels.data.items}
              onCreated={(created) => navigate(`/initiatives/${created.id}`)}
            />
          )}
        </>
      )}
    </Stack>
  );
}
