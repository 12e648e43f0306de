import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { publishedFindingsQuery, publishedRecommendationsQuery } from '../../api/findings';
import type { Audience, RecommendationSummary } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { themeLabel } from '../../lib/vocabulary';

const AUDIENCES: readonly Audience[] = [
  'LOCAL_AUTHORITIES',
  'NATIONAL_POLICY_MAKERS',
  'EU_INSTITUTIONS',
  'CIVIL_SOCIETY_ORGANISATIONS',
];

/**
 * Public page of what the network concluded: the published common findings, then the published
 * recommendations grouped by the audience they are addressed to.
 */
export function FindingsPage() {
  const { t } = useTranslation();
  const { practice } = useApi();
  const findings = useQuery(publishedFindingsQuery(practice));
  const recommendations = useQuery(publishedRecommendationsQuery(practice));

  function findingList() {
    if (findings.isPending) return <Loading label={t('findings.loading')} lines={3} />;
    if (findings.isError) return <ProblemAlert error={findings.error} onRetry={() => void findings.refetch()} />;
    if (findings.data.items.length === 0) return <EmptyState title={t('findings.empty')} testId="findings-empty" />;
    return (
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {findings.data.items.map((f) => (
          <Card key={f.id} withBorder padding="md" component="li" data-testid={`finding-${f.id}`}>
            <Text fw={600} component="h3" fz="md" m={0} lang={f.language}>
              {f.statement}
            </Text>
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
            <Card key={r.id} withBorder padding="sm" component="li" data-testid={`recommendation-${r.id}`}>
              <Text fw={600} lang={r.language}>
                {r.title}
              </Text>
            </Card>
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
        <PageHeader title={t('findings.title')} />
        <Text c="dimmed">{t('findings.intro')}</Text>
      </Stack>
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
