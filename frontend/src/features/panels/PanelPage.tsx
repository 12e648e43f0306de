import { useState, type ReactNode } from 'react';
import { Badge, Button, Card, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { panelKeys } from '../../api/panels';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollRegion } from '../../components/ScrollRegion';
import { notifySuccess } from '../../components/notify';
import { LANGUAGES } from '../../i18n/languages';
import { cityName, useCities } from '../../lib/cities';
import { townPath } from '../../lib/crumbs';
import { formatDate, formatNumber } from '../../lib/format';
import { allowedActions } from '../../lib/permissions';
import { MembersSection } from './MembersSection';
import { PanelEditForm } from './PanelEditForm';
import {
  changePanelStatus,
  mandateFor,
  panelDetailQuery,
  PILLARS,
  type Member,
  type PanelDetail,
  type PanelStatus,
} from './panelApi';

const STATUS_COLOUR: Record<PanelStatus, string> = { FORMING: 'yellow', ACTIVE: 'green', CLOSED: 'gray' };

const languageName = (code: string) => LANGUAGES.find((l) => l.code === code)?.name ?? code;

/**
 * One panel: its status, term and mandate for everyone, its lifecycle steps and edit form for who
 * may, its members for its town. Other areas add their parts through `sections` (composed in
 * app/routes.tsx), so this feature does not import them.
 */
export function PanelPage({
  sections,
  memberExtras,
}: {
  sections?: (panel: PanelDetail) => ReactNode;
  /** More controls on each member's row, e.g. erasure (another feature's). */
  memberExtras?: (panel: PanelDetail, member: Member) => ReactNode;
}) {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const detail = useQuery(panelDetailQuery(client, id));
  const [editing, setEditing] = useState(false);

  if (detail.isPending) return <Loading heading label={t('panelPage.loading')} />;
  if (detail.isError) return <ErrorState error={detail.error} onRetry={() => void detail.refetch()} />;
  const panel = detail.data;
  const actions = allowedActions(panel);

  return (
    <Stack gap="lg" data-testid="panel-page">
      <PanelHeading panel={panel} />
      {actions.has('CHANGE_PANEL_STATUS') && panel.allowedTransitions.length > 0 && <LifecycleButtons panel={panel} />}
      {actions.has('EDIT_PANEL') &&
        (editing ? (
          <PanelEditForm panel={panel} onDone={() => setEditing(false)} />
        ) : (
          <Group>
            <Button variant="light" onClick={() => setEditing(true)} data-testid="edit-panel">
              {t('panelPage.edit.open')}
            </Button>
          </Group>
        ))}
      <Composition panel={panel} />
      {actions.has('VIEW_MEMBERS') ? (
        <MembersSection panel={panel} memberExtras={memberExtras && ((m) => memberExtras(panel, m))} />
      ) : (
        <Text size="sm" c="dimmed" data-testid="members-private">
          {t('panelPage.publicNote')}
        </Text>
      )}
      {sections?.(panel)}
    </Stack>
  );
}

function PanelHeading({ panel }: { panel: PanelDetail }) {
  const { t, i18n } = useTranslation();
  const cities = useCities();
  const town = cities.data?.find((c) => c.code === panel.city);
  const mandate = mandateFor(panel.mandate, i18n.resolvedLanguage ?? 'en', town?.defaultLanguage);
  return (
    <Stack gap="sm">
      <PageHeader
        title={panel.name}
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: cityName(cities.data, panel.city), to: townPath(panel.city) },
          { label: t('panels.short'), to: townPath(panel.city, 'panels') },
        ]}
        lead={panel.description ?? undefined}
        aside={
          <Badge color={STATUS_COLOUR[panel.status]} size="lg" variant="light" data-testid="panel-status">
            {t(`panelPage.status.${panel.status}`)}
          </Badge>
        }
      />
      <Text data-testid="panel-term">
        {panel.termStart && panel.termEnd
          ? t('panelPage.term', { start: formatDate(panel.termStart), end: formatDate(panel.termEnd) })
          : t('panelPage.noTerm')}
      </Text>
      <Card withBorder padding="md" component="section" aria-labelledby="mandate-title">
        <Title order={2} size="h4" id="mandate-title">
          {t('panelPage.mandate')}
        </Title>
        {mandate ? (
          <>
            {mandate.fallback && (
              <Text size="sm" c="dimmed" data-testid="mandate-fallback">
                {t('panelPage.mandateFallback', { language: languageName(mandate.language) })}
              </Text>
            )}
            <Text lang={mandate.language} style={{ whiteSpace: 'pre-line' }} data-testid="panel-mandate">
              {mandate.text}
            </Text>
          </>
        ) : (
          <Text c="dimmed">{t('panelPage.noMandate')}</Text>
        )}
      </Card>
    </Stack>
  );
}

function LifecycleButtons({ panel }: { panel: PanelDetail }) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const queryClient = useQueryClient();
  const step = useMutation({
    mutationFn: (to: PanelStatus) => changePanelStatus(client, panel.id, panel.version, to),
    onSuccess: async (changed) => {
      notifySuccess(t('panelPage.transitions.done', { status: t(`panelPage.status.${changed.status}`) }));
      await queryClient.invalidateQueries({ queryKey: panelKeys.all });
    },
  });
  return (
    <Stack gap="xs" component="section" aria-labelledby="lifecycle-title">
      <Title order={2} size="h4" id="lifecycle-title">
        {t('panelPage.transitions.title')}
      </Title>
      {step.error && <ProblemAlert error={step.error} focusOnShow testId="transition-error" />}
      <Group>
        {panel.allowedTransitions.map((to) => (
          <Button
            key={to}
            variant={to === 'CLOSED' ? 'default' : 'filled'}
            loading={step.isPending && step.variables === to}
            onClick={() => step.mutate(to)}
            data-testid={`transition-${to}`}
          >
            {t(`panelPage.transitions.to.${to}`)}
          </Button>
        ))}
      </Group>
    </Stack>
  );
}

function Composition({ panel }: { panel: PanelDetail }) {
  const { t } = useTranslation();
  const counts = panel.composition.byPillar as Record<string, number>;
  return (
    <Stack gap="xs" component="section" aria-labelledby="composition-title">
      <Title order={2} size="h4" id="composition-title">
        {t('panelPage.composition.title')}
      </Title>
      <Text data-testid="composition-total">
        {t('panelPage.composition.members', { total: formatNumber(panel.composition.members) })}
      </Text>
      <ScrollRegion label={t('panelPage.composition.caption')}>
        <Table withTableBorder data-testid="composition-table">
          <Table.Caption>{t('panelPage.composition.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('panelPage.composition.pillar')}</Table.Th>
              <Table.Th scope="col">{t('panelPage.composition.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {PILLARS.map((p) => (
              <Table.Tr key={p}>
                <Table.Th scope="row">{t(`panelPage.pillars.${p}`)}</Table.Th>
                <Table.Td>{formatNumber(counts[p] ?? 0)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Stack>
  );
}
