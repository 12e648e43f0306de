import type { ReactNode } from 'react';
import { Anchor, Card, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { initiativesQuery } from '../../api/initiatives';
import { panelsQuery } from '../../api/panels';
import { practicesQuery } from '../../api/practices';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { cityName, useCities } from '../../lib/cities';
import { townCrumbs, townPath } from '../../lib/crumbs';
import { allowedActions } from '../../lib/permissions';
import { useSession } from '../../lib/session';

function AreaCard({
  title,
  to,
  testId,
  query,
  count,
}: {
  title: string;
  to: string;
  testId: string;
  query: UseQueryResult<{ totalItems: number }>;
  count: (n: number) => ReactNode;
}) {
  return (
    <Card withBorder component="li" padding="md" data-testid={testId}>
      <Stack gap="xs">
        <Title order={2} size="h4">
          <Anchor component={Link} to={to}>
            {title}
          </Anchor>
        </Title>
        {query.isPending && <Skeleton height={18} width="50%" />}
        {query.isError && <ProblemAlert error={query.error} />}
        {query.data && <Text size="sm">{count(query.data.totalItems)}</Text>}
      </Stack>
    </Card>
  );
}

/** A town's dashboard: its areas (panels, initiatives, practices) with their counts, each a routed page. */
export function TownDashboardPage() {
  const { city = '' } = useParams();
  const { t } = useTranslation();
  const api = useApi();
  const { user } = useSession();
  const cities = useCities();
  const panels = useQuery(panelsQuery(api.panel, { city, page: 0, size: 1 }));
  const initiatives = useQuery(initiativesQuery(api.initiative, { city, page: 0, size: 1 }));
  const published = useQuery(practicesQuery(api.practice, { city, status: 'PUBLISHED', page: 0, size: 1 }));
  const practiceActions = allowedActions(published.data);
  const panelActions = allowedActions(panels.data);
  const mayDraft = practiceActions.has('VIEW_DRAFT_PRACTICES');
  const drafts = useQuery({
    ...practicesQuery(api.practice, { city, status: 'DRAFT', page: 0, size: 1 }),
    enabled: mayDraft,
  });
  const town = cityName(cities.data, city);
  const own = user?.city === city;
  return (
    <Stack gap="lg">
      <PageHeader
        title={own ? t('myTown.titleWithTown', { town }) : t('myTown.townTitle', { town })}
        crumbs={townCrumbs(t, cities.data, city, user?.isAdmin ?? false).slice(0, -1)}
        lead={panels.data && (panelActions.has('CREATE_PANEL') ? t('myTown.canManage') : t('myTown.readOnly'))}
      />
      <SimpleGrid
        cols={{ base: 1, sm: 3 }}
        component="ul"
        p={0}
        m={0}
        style={{ listStyle: 'none' }}
        aria-label={t('myTown.areas', { town })}
      >
        <AreaCard
          title={t('panels.short')}
          to={townPath(city, 'panels')}
          testId="area-panels"
          query={panels}
          count={(n) => t('myTown.summary.panels', { count: n })}
        />
        <AreaCard
          title={t('initiatives.title')}
          to={townPath(city, 'initiatives')}
          testId="area-initiatives"
          query={initiatives}
          count={(n) => t('myTown.summary.initiatives', { count: n })}
        />
        <AreaCard
          title={t('practices.title')}
          to={townPath(city, 'practices')}
          testId="area-practices"
          query={mayDraft ? drafts : published}
          count={(n) =>
            mayDraft ? t('myTown.summary.drafts', { count: n }) : t('myTown.summary.published', { count: n })
          }
        />
      </SimpleGrid>
    </Stack>
  );
}
