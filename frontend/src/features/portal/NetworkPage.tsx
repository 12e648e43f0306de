import { Anchor, Group, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApi } from '../../api/ApiContext';
import {
  initiativeStatisticsQuery,
  networkCompositionQuery,
  practiceTownsQuery,
  transfersQuery,
} from '../../api/portal';
import { EmptyState } from '../../components/EmptyState';
import { LatestFindings } from '../../components/LatestFindings';
import { Loading } from '../../components/Loading';
import { NetworkReportLinks } from '../../components/NetworkReportLinks';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollRegion } from '../../components/ScrollRegion';
import { themeLabel } from '../../lib/vocabulary';
import { BarChart } from './BarChart';
import { flows, totalPractices, townFigures, type TownFigures } from './portalData';
import { balanceLabel, seatsLabel } from './TownFacts';
import { TownMap } from './TownMap';
import { TransferFlows } from './TransferFlows';
import { WithTable } from './WithTable';

/**
 * The public portal (/network): the partner towns on a map with each one's panel balance, active
 * initiatives and published practices, and the network's figures. Every figure comes from a
 * public, cacheable endpoint, so the page needs no login and no figure waits for one; each
 * source loads, fails and retries on its own.
 */
export function NetworkPage() {
  const { t } = useTranslation();
  const api = useApi();
  const composition = useQuery(networkCompositionQuery(api.panel));
  const initiatives = useQuery(initiativeStatisticsQuery(api.initiative));
  const practiceTowns = useQuery(practiceTownsQuery(api.practice));
  const transfers = useQuery(transfersQuery(api.practice));

  const towns = composition.data ? townFigures(composition.data, initiatives.data, practiceTowns.data) : [];
  const flowList =
    transfers.data && composition.data
      ? flows(
          transfers.data,
          towns.map((town) => town.code),
        )
      : [];

  function mapSection() {
    if (composition.isPending) return <Loading label={t('portal.loading')} lines={2} />;
    if (composition.isError) {
      return <ProblemAlert error={composition.error} onRetry={() => void composition.refetch()} />;
    }
    if (towns.length === 0) return <EmptyState title={t('portal.map.empty')} testId="portal-empty" />;
    return (
      <Stack gap="xs">
        <Text size="sm" c="dimmed">
          {t('portal.map.hint')}
        </Text>
        <WithTable testId="towns" interactive chart={<TownMap towns={towns} />} table={<TownTable towns={towns} />} />
      </Stack>
    );
  }

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <PageHeader title={t('portal.title')} lead={t('portal.lead')} />
        <NetworkReportLinks />
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="portal-map-title">
        <Title order={2} id="portal-map-title">
          {t('portal.map.title')}
        </Title>
        {(initiatives.isError || practiceTowns.isError) && (
          <ProblemAlert
            error={initiatives.error ?? practiceTowns.error}
            onRetry={() => {
              void initiatives.refetch();
              void practiceTowns.refetch();
            }}
          />
        )}
        {mapSection()}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="portal-figures-title">
        <Title order={2} id="portal-figures-title">
          {t('portal.figures.title')}
        </Title>
        <Totals
          towns={composition.data?.towns}
          panels={composition.data?.panels}
          activePanels={composition.data?.activePanels}
          members={composition.data ? seatsLabel(t, composition.data.members) : undefined}
          initiatives={initiatives.data?.network.total}
          activeInitiatives={initiatives.data?.network.active}
          practices={practiceTowns.data ? totalPractices(practiceTowns.data) : undefined}
          transfers={transfers.data?.length}
        />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl">
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('portal.figures.pillars')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('portal.figures.suppression')}
            </Text>
            {composition.data && (
              <BarChart
                testId="pillars"
                caption={t('portal.figures.pillars')}
                labelHeader={t('portal.figures.pillar')}
                valueHeader={t('portal.figures.seats')}
                bars={composition.data.pillars.map((p) => ({
                  key: p.pillar,
                  label: t(`balance.pillars.${p.pillar}`),
                  value: p.count,
                }))}
              />
            )}
          </Stack>
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('portal.figures.byStatus')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('portal.figures.noDrafts')}
            </Text>
            {initiatives.isPending && <Loading lines={1} />}
            {initiatives.data && (
              <BarChart
                testId="initiative-statuses"
                caption={t('portal.figures.byStatus')}
                labelHeader={t('portal.figures.status')}
                valueHeader={t('portal.figures.initiatives')}
                bars={initiatives.data.network.byStatus.map((s) => ({
                  key: s.status,
                  label: t(`initiatives.status.${s.status}`),
                  value: s.count,
                }))}
              />
            )}
          </Stack>
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('portal.figures.byTheme')}
            </Title>
            {initiatives.isPending && <Loading lines={1} />}
            {initiatives.data && (
              <BarChart
                testId="initiative-themes"
                caption={t('portal.figures.byTheme')}
                labelHeader={t('portal.figures.theme')}
                valueHeader={t('portal.figures.initiatives')}
                bars={initiatives.data.network.byTheme.map((th) => ({
                  key: th.theme,
                  label: themeLabel(t, th.theme),
                  value: th.count,
                }))}
              />
            )}
          </Stack>
          <Stack gap="xs">
            <Title order={3} size="h4">
              {t('portal.transfers.title')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('portal.transfers.hint')}
            </Text>
            {transfers.isPending && <Loading lines={1} />}
            {transfers.isError && <ProblemAlert error={transfers.error} onRetry={() => void transfers.refetch()} />}
            {transfers.data && composition.data && flowList.length === 0 && (
              <EmptyState title={t('portal.transfers.empty')} testId="transfers-empty" />
            )}
            {flowList.length > 0 && <TransferFlows flows={flowList} towns={towns} />}
          </Stack>
        </SimpleGrid>
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="portal-findings-title">
        <Title order={2} id="portal-findings-title">
          {t('findings.latestTitle')}
        </Title>
        <LatestFindings size={5} heading={false} />
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="portal-more-title">
        <Title order={2} id="portal-more-title">
          {t('portal.more.title')}
        </Title>
        <Group gap="lg">
          <Anchor component={Link} to="/findings" data-testid="portal-findings-link">
            {t('portal.more.findings')}
          </Anchor>
          <Anchor component={Link} to="/practices">
            {t('portal.more.practices')}
          </Anchor>
          <Anchor component={Link} to="/open-data">
            {t('portal.more.openData')}
          </Anchor>
        </Group>
      </Stack>
    </Stack>
  );
}

function Totals(props: {
  towns?: number;
  panels?: number;
  activePanels?: number;
  members?: string;
  initiatives?: number;
  activeInitiatives?: number;
  practices?: number;
  transfers?: number;
}) {
  const { t } = useTranslation();
  const shown = (n: number | string | undefined) => (n === undefined ? '…' : String(n));
  const tiles: [string, string, string][] = [
    ['towns', t('portal.figures.towns'), shown(props.towns)],
    [
      'panels',
      t('portal.figures.activePanels'),
      props.activePanels === undefined
        ? '…'
        : t('portal.figures.ofPanels', { active: props.activePanels, all: props.panels ?? 0 }),
    ],
    ['members', t('portal.figures.members'), shown(props.members)],
    ['initiatives', t('portal.figures.initiativesTotal'), shown(props.initiatives)],
    ['active-initiatives', t('portal.figures.activeInitiatives'), shown(props.activeInitiatives)],
    ['practices', t('portal.figures.practices'), shown(props.practices)],
    ['transfers', t('portal.figures.transfers'), shown(props.transfers)],
  ];
  return (
    <SimpleGrid cols={{ base: 2, sm: 4, lg: 7 }} component="dl" m={0} data-testid="portal-totals">
      {tiles.map(([key, label, value]) => (
        <Paper key={key} withBorder p="sm" radius="md" data-testid={`total-${key}`}>
          <Text component="dt" size="xs" c="dimmed">
            {label}
          </Text>
          <Text component="dd" m={0} fz="xl" fw={700}>
            {value}
          </Text>
        </Paper>
      ))}
    </SimpleGrid>
  );
}

/** The map's table alternative: every town with its figures. */
function TownTable({ towns }: { towns: TownFigures[] }) {
  const { t } = useTranslation();
  const caption = t('portal.map.tableCaption');
  const count = (n: number | null | undefined) => (n === null || n === undefined ? t('portal.notLoaded') : n);
  return (
    <ScrollRegion label={caption}>
      <Table data-testid="towns-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('portal.town.name')}</Table.Th>
            <Table.Th scope="col">{t('portal.town.balance')}</Table.Th>
            <Table.Th scope="col">{t('portal.town.seats')}</Table.Th>
            <Table.Th scope="col">{t('portal.town.activeInitiatives')}</Table.Th>
            <Table.Th scope="col">{t('portal.town.practices')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {towns.map((town) => (
            <Table.Tr key={town.code} data-testid={`towns-row-${town.code}`}>
              <Table.Th scope="row" fw={500}>
                {town.name}
              </Table.Th>
              <Table.Td>{balanceLabel(t, town)}</Table.Td>
              <Table.Td>{town.panel ? seatsLabel(t, town.panel.seats) : '–'}</Table.Td>
              <Table.Td>{count(town.initiatives?.active)}</Table.Td>
              <Table.Td>{count(town.practices)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollRegion>
  );
}
