import { Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import {
  draftFindingsQuery,
  draftRecommendationsQuery,
  publishedFindingsQuery,
  publishedRecommendationsQuery,
} from '../../api/findings';
import { AUDIENCES, type Audience, type FindingSummary, type RecommendationSummary } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { NetworkReportLinks } from '../../components/NetworkReportLinks';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { cityName, useCities } from '../../lib/cities';
import { allowedActions } from '../../lib/permissions';
import { useSession } from '../../lib/session';
import { themeLabel } from '../../lib/vocabulary';

function FindingCard({ finding: f }: { finding: FindingSummary }) {
  const { t } = useTranslation();
  return (
    <Card withBorder padding="md" component="li" data-testid={`finding-${f.id}`}>
      <Anchor component={Link} to={`/findings/${f.id}`} fw={600} fz="md" lang={f.language}>
        {f.statement}
      </Anchor>
      <Group gap="xs" mt="xs">
        {f.themes.map((theme) => (
          <Badge key={theme} variant="light" tt="none">
            {themeLabel(t, theme)}
          </Badge>
        ))}
        <Text size="sm" c="dimmed">
          {t('findings.citations', { n: f.citations })}
        </Text>
      </Group>
    </Card>
  );
}

function RecommendationCard({ recommendation: r }: { recommendation: RecommendationSummary }) {
  return (
    <Card withBorder padding="sm" component="li" data-testid={`recommendation-${r.id}`}>
      <Anchor component={Link} to={`/recommendations/${r.id}`} fw={600} lang={r.language}>
        {r.title}
      </Anchor>
    </Card>
  );
}

/**
 * Drafts the caller may see (the network admin's of every town, a coordinator's own town's
 * proposals); shown only to who the service lets read them.
 */
function Drafts({ city }: { city: string | null }) {
  const { t } = useTranslation();
  const { practice } = useApi();
  const cities = useCities();
  const findings = useQuery(draftFindingsQuery(practice, city));
  const recommendations = useQuery(draftRecommendationsQuery(practice, city));
  if (findings.isPending || recommendations.isPending) return <Loading lines={2} />;
  if (findings.isError || recommendations.isError) {
    return <ProblemAlert error={findings.error ?? recommendations.error} />;
  }
  const items = [
    ...findings.data.items.map((f) => ({
      id: f.id,
      to: `/findings/${f.id}`,
      text: f.statement,
      lang: f.language,
      town: f.proposedBy,
    })),
    ...recommendations.data.items.map((r) => ({
      id: r.id,
      to: `/recommendations/${r.id}`,
      text: r.title,
      lang: r.language,
      town: r.proposedBy,
    })),
  ];
  if (items.length === 0) return <EmptyState title={t('findings.drafts.empty')} testId="drafts-empty" />;
  return (
    <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="drafts">
      {items.map((d) => (
        <Group key={d.id} component="li" gap="xs" data-testid={`draft-${d.id}`}>
          <Anchor component={Link} to={d.to} lang={d.lang}>
            {d.text}
          </Anchor>
          <Text size="sm" c="dimmed">
            {d.town ? t('findings.proposedBy', { town: cityName(cities.data, d.town) }) : t('findings.byNetwork')}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}

/**
 * Public page of what the network concluded: the published common findings, then the published
 * recommendations grouped by the audience they are addressed to, and the network report. Who may
 * write them finds the buttons to start one and the drafts under way.
 */
export function FindingsPage() {
  const { t } = useTranslation();
  const { practice } = useApi();
  const { user } = useSession();
  const findings = useQuery(publishedFindingsQuery(practice));
  const recommendations = useQuery(publishedRecommendationsQuery(practice));
  const findingActions = allowedActions(findings.data);
  const recommendationActions = allowedActions(recommendations.data);
  const seesDrafts =
    user !== null &&
    (findingActions.has('VIEW_DRAFT_FINDINGS') || recommendationActions.has('VIEW_DRAFT_RECOMMENDATIONS'));

  function findingList() {
    if (findings.isPending) return <Loading label={t('findings.loading')} lines={3} />;
    if (findings.isError) return <ProblemAlert error={findings.error} onRetry={() => void findings.refetch()} />;
    if (findings.data.items.length === 0) return <EmptyState title={t('findings.empty')} testId="findings-empty" />;
    return (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {findings.data.items.map((f) => (
          <FindingCard key={f.id} finding={f} />
        ))}
      </Stack>
    );
  }

  function byAudience(items: readonly RecommendationSummary[], audience: Audience) {
    const addressed = items.filter((r) => r.audience === audience);
    if (addressed.length === 0) return null;
    return (
      <Stack key={audience} gap="xs" data-testid={`audience-${audience}`}>
        <Title order={3} fz="md">
          {t(`findings.audiences.${audience}`)}
        </Title>
        <Stack gap="xs" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {addressed.map((r) => (
            <RecommendationCard key={r.id} recommendation={r} />
          ))}
        </Stack>
      </Stack>
    );
  }

  function recommendationList() {
    if (recommendations.isPending) return <Loading label={t('findings.loading')} lines={2} />;
    if (recommendations.isError) {
      return <ProblemAlert error={recommendations.error} onRetry={() => void recommendations.refetch()} />;
    }
    const items = recommendations.data.items;
    if (items.length === 0) {
      return <EmptyState title={t('findings.recommendationsEmpty')} testId="recommendations-empty" />;
    }
    return <Stack gap="md">{AUDIENCES.map((audience) => byAudience(items, audience))}</Stack>;
  }

  return (
    <Stack gap="xl">
      <Stack gap="xs">
        <PageHeader
          title={t('findings.title')}
          aside={
            <Group gap="xs">
              {findingActions.has('WRITE_FINDING') && (
                <Button component={Link} to="/findings/new" size="xs" data-testid="new-finding">
                  {t('findings.editor.newTitle')}
                </Button>
              )}
              {recommendationActions.has('WRITE_RECOMMENDATION') && (
                <Button
                  component={Link}
                  to="/recommendations/new"
                  size="xs"
                  variant="light"
                  data-testid="new-recommendation"
                >
                  {t('findings.editor.newRecommendation')}
                </Button>
              )}
            </Group>
          }
        />
        <Text c="dimmed">{t('findings.intro')}</Text>
        <NetworkReportLinks />
      </Stack>
      {seesDrafts && (
        <Stack gap="sm" component="section" aria-labelledby="drafts-title">
          <Title order={2} id="drafts-title">
            {t('findings.drafts.title')}
          </Title>
          <Drafts city={user?.isAdmin ? null : (user?.city ?? null)} />
        </Stack>
      )}
      <Stack gap="sm" component="section" aria-labelledby="findings-list-title">
        <Title order={2} id="findings-list-title">
          {t('findings.findingsTitle')}
        </Title>
        {findingList()}
      </Stack>
      <Stack gap="sm" component="section" aria-labelledby="recommendations-title">
        <Title order={2} id="recommendations-title">
          {t('findings.recommendationsTitle')}
        </Title>
        {recommendationList()}
      </Stack>
    </Stack>
  );
}
