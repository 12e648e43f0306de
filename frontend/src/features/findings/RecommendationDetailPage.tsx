import { Alert, Anchor, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import {
  endorse,
  findingKeys,
  findingQuery,
  publishRecommendation,
  recommendationQuery,
  withdrawRecommendation,
} from '../../api/findings';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { notifySuccess } from '../../components/notify';
import { cityName, useCities } from '../../lib/cities';
import { formatDate, formatDateTime } from '../../lib/format';
import { allowedActions } from '../../lib/permissions';
import { useSession } from '../../lib/session';
import { backingMessage } from './backingProblem';
import { PublicationBadge } from './PublicationBadge';
import { ReadingMark, ReadingPicker, ReadingText, useReadingLanguage } from './Reading';
import { WithdrawControl } from './WithdrawControl';

/**
 * One recommendation: its title, summary and actions in the language the reader picks, its
 * audience, the findings that back it and the towns that endorse it. A coordinator endorses it for
 * their own town (or takes that back); the network admin edits, publishes or withdraws it.
 */
export function RecommendationDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { practice: client } = useApi();
  const { user } = useSession();
  const queryClient = useQueryClient();
  const cities = useCities();
  const [lang, pickLanguage] = useReadingLanguage();
  const recommendation = useQuery(recommendationQuery(client, id, lang));
  const actions = allowedActions(recommendation.data);

  const changed = async (message: string) => {
    notifySuccess(message);
    await queryClient.invalidateQueries({ queryKey: findingKeys.all });
  };
  const publish = useMutation({
    mutationFn: (version: number) => publishRecommendation(client, id, version),
    onSuccess: () => changed(t('findings.done.published')),
  });
  const withdraw = useMutation({
    mutationFn: ({ version, reason }: { version: number; reason: string }) =>
      withdrawRecommendation(client, id, version, reason),
    onSuccess: () => changed(t('findings.done.withdrawn')),
  });
  const endorsement = useMutation({
    mutationFn: ({ city, endorsed }: { city: string; endorsed: boolean }) => endorse(client, id, city, endorsed),
    onSuccess: (_, { endorsed }) =>
      changed(t(endorsed ? 'findings.recommendation.endorsed' : 'findings.recommendation.endorsementWithdrawn')),
  });

  if (recommendation.isPending) return <Loading heading />;
  if (recommendation.isError) {
    return <ErrorState error={recommendation.error} onRetry={() => void recommendation.refetch()} />;
  }
  const r = recommendation.data;
  const field = (name: string) => r.reading.fields.find((x) => x.name === name);
  const title = field('title');
  const town = user?.city ?? null;
  const endorsedByTown = town !== null && r.endorsingTowns.includes(town);
  const publishProblem = backingMessage(t, publish.error);

  return (
    <Stack gap="lg" component="article" data-testid="recommendation-detail">
      <PageHeader
        title={title?.text ?? r.title}
        documentTitle={t('findings.recommendation.title')}
        titleLang={title && title.language !== i18n.resolvedLanguage ? title.language : undefined}
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: t('findings.title'), to: '/findings' },
        ]}
        lead={[
          t(`findings.audiences.${r.audience}`),
          r.proposedBy
            ? t('findings.proposedBy', { town: cityName(cities.data, r.proposedBy) })
            : t('findings.byNetwork'),
          r.publishedAt ? t('findings.publishedAt', { date: formatDate(r.publishedAt) }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
        aside={
          <Group gap="xs">
            <PublicationBadge status={r.status} />
            {(actions.has('EDIT_RECOMMENDATION') || actions.has('REVISE_RECOMMENDATION')) && (
              <Button
                component={Link}
                to={`/recommendations/${r.id}/edit`}
                variant="light"
                size="xs"
                data-testid="edit-recommendation"
              >
                {t('findings.editor.edit')}
              </Button>
            )}
            {actions.has('PUBLISH_RECOMMENDATION') && r.allowedTransitions.includes('PUBLISHED') && (
              <Button
                size="xs"
                loading={publish.isPending}
                onClick={() => publish.mutate(r.version)}
                data-testid="publish-recommendation"
              >
                {t('findings.publish')}
              </Button>
            )}
          </Group>
        }
      />
      {publishProblem ? (
        <Alert color="red" role="alert" title={t('findings.recommendation.refused')} data-testid="backing-problem">
          {publishProblem}
        </Alert>
      ) : (
        publish.isError && <ProblemAlert error={publish.error} />
      )}
      <ReadingPicker
        original={r.language}
        translated={r.translations.map((tr) => tr.language)}
        value={lang}
        onChange={pickLanguage}
      />
      <ReadingMark field={title} />
      <ReadingText field={field('summary')} testId="recommendation-summary" size="lg" />
      {r.status === 'WITHDRAWN' && (
        <Alert
          color="red"
          title={t('findings.withdrawnTitle', { date: formatDate(r.withdrawnAt) })}
          data-testid="withdrawn"
        >
          {r.withdrawReason}
        </Alert>
      )}
      <Stack gap="xs" component="section" aria-labelledby="recommendation-actions">
        <Title order={2} size="h3" id="recommendation-actions">
          {t('findings.recommendation.actions')}
        </Title>
        <Stack
          gap={4}
          component="ol"
          m={0}
          data-testid="recommendation-action-list"
          lang={r.actionsSource !== 'TRANSLATED' && r.language !== i18n.resolvedLanguage ? r.language : undefined}
        >
          {r.readingActions.map((action, i) => (
            <Text component="li" key={i} size="sm">
              {action}
            </Text>
          ))}
        </Stack>
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="recommendation-findings">
        <Title order={2} size="h3" id="recommendation-findings">
          {t('findings.recommendation.backedBy')}
        </Title>
        <BackingFindings ids={r.findingIds} />
      </Stack>
      <Stack gap="xs" component="section" aria-labelledby="recommendation-endorsements">
        <Title order={2} size="h3" id="recommendation-endorsements">
          {t('findings.recommendation.endorsements')}
        </Title>
        {r.endorsingTowns.length === 0 ? (
          <Text size="sm" c="dimmed" data-testid="endorsements-empty">
            {t('findings.recommendation.noEndorsement')}
          </Text>
        ) : (
          <Group gap="xs" data-testid="endorsing-towns">
            {r.endorsingTowns.map((c) => (
              <Badge key={c} variant="light" tt="none">
                {cityName(cities.data, c)}
              </Badge>
            ))}
          </Group>
        )}
        {actions.has('ENDORSE_RECOMMENDATION') && town !== null && (
          <Group gap="xs">
            <Button
              size="xs"
              variant={endorsedByTown ? 'light' : 'filled'}
              loading={endorsement.isPending}
              onClick={() => endorsement.mutate({ city: town, endorsed: !endorsedByTown })}
              data-testid={endorsedByTown ? 'withdraw-endorsement' : 'endorse'}
            >
              {endorsedByTown
                ? t('findings.recommendation.unendorse', { town: cityName(cities.data, town) })
                : t('findings.recommendation.endorse', { town: cityName(cities.data, town) })}
            </Button>
          </Group>
        )}
        {endorsement.isError && <ProblemAlert error={endorsement.error} />}
      </Stack>
      {actions.has('WITHDRAW_RECOMMENDATION') && r.status === 'PUBLISHED' && (
        <Stack gap="xs">
          <WithdrawControl
            pending={withdraw.isPending}
            onWithdraw={(reason) => withdraw.mutate({ version: r.version, reason })}
          />
          {withdraw.isError && <ProblemAlert error={withdraw.error} />}
        </Stack>
      )}
      <Text size="xs" c="dimmed">
        {t('findings.timestamps', {
          created: formatDateTime(r.createdAt),
          updated: formatDateTime(r.updatedAt),
          version: r.version,
        })}
      </Text>
    </Stack>
  );
}

/** The findings behind a recommendation, each by its statement once read (a link to it in any case). */
function BackingFindings({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const findings = useQueries({ queries: ids.map((findingId) => findingQuery(client, findingId)) });
  return (
    <Stack gap={4} component="ul" m={0}>
      {ids.map((findingId, i) => {
        const finding = findings[i]?.data;
        return (
          <li key={findingId}>
            <Anchor
              component={Link}
              to={`/findings/${findingId}`}
              size="sm"
              lang={finding?.language}
              data-testid={`backing-${findingId}`}
            >
              {finding?.statement ?? t('findings.recommendation.finding', { n: i + 1 })}
            </Anchor>
          </li>
        );
      })}
    </Stack>
  );
}
