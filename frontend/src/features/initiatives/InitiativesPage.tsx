import { Anchor, Badge, Card, Divider, Grid, Group, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { facetsQuery, initiativesQuery, type InitiativeFilters, type InitiativeSort } from '../../api/initiatives';
import type { InitiativeStatus, TargetGroup, Theme } from '../../api/types';
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
import { themeLabel } from './contentLabels';
import { FacetFilters, type FacetKey, type Selection } from './FacetFilters';
import { InitiativeStatusBadge } from './StatusBadge';

const FACETS: FacetKey[] = ['status', 'theme', 'targetGroup', 'sdg', 'panelId'];
const SORTS: InitiativeSort[] = ['updatedAt,desc', 'createdAt,desc', 'title,asc'];

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
  // filters and order live in the URL, so a filtered list can be linked and reloaded
  const [params, setParams] = useSearchParams();
  const selection = Object.fromEntries(FACETS.map((k) => [k, params.getAll(k)])) as Selection;
  const sortParam = params.get('sort') as InitiativeSort | null;
  const sort: InitiativeSort = sortParam && SORTS.includes(sortParam) ? sortParam : 'updatedAt,desc';
  const filters: InitiativeFilters = {
    city,
    status: selection.status as InitiativeStatus[],
    theme: selection.theme as Theme[],
    targetGroup: selection.targetGroup as TargetGroup[],
    sdg: selection.sdg,
    panelId: selection.panelId,
  };
  const update = (apply: (p: URLSearchParams) => void) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      apply(next);
      next.delete('page');
      return next;
    });
  const choose = (key: FacetKey, values: string[]) =>
    update((p) => {
      p.delete(key);
      values.forEach((v) => p.append(key, v));
    });
  const initiatives = useQuery({
    ...initiativesQuery(api.initiative, { ...filters, sort, page, size: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const facets = useQuery({ ...facetsQuery(api.initiative, filters), placeholderData: keepPreviousData });
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
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <FacetFilters
            facets={facets.data}
            selection={selection}
            onChange={choose}
            sort={sort}
            onSort={(next) => update((p) => p.set('sort', next))}
          />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
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
              <Stack
                gap="xs"
                component="ul"
                p={0}
                m={0}
                style={{ listStyle: 'none' }}
                aria-label={t('initiatives.list')}
              >
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
                    {(i.themes.length > 0 || i.sdgTargets.length > 0) && (
                      <Group gap={4} mt={4}>
                        {i.themes.map((theme) => (
                          <Badge key={theme} size="xs" variant="light" color="indigo">
                            {themeLabel(t, theme)}
                          </Badge>
                        ))}
                        {i.sdgTargets.map((sdg) => (
                          <Badge key={sdg} size="xs" variant="outline" color="indigo.9">
                            {t('initiativeContent.sdg', { target: sdg })}
                          </Badge>
                        ))}
                      </Group>
                    )}
                  </Card>
                ))}
              </Stack>
            )}
          </PagedList>
        </Grid.Col>
      </Grid>
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
