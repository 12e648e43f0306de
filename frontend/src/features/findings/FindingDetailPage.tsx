import { Alert, Badge, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { findingKeys, findingQuery, publishFinding, withdrawFinding } from '../../api/findings';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { ProblemAlert } from '../../components/ProblemAlert';
import { notifySuccess } from '../../components/notify';
import { cityName, useCities } from '../../lib/cities';
import { formatDate, formatDateTime } from '../../lib/format';
import { allowedActions } from '../../lib/permissions';
import { themeLabel } from '../../lib/vocabulary';
import { backingMessage } from './backingProblem';
import { EvidenceList } from './EvidenceList';
import { FindingRevisions } from './FindingRevisions';
import { PublicationBadge } from './PublicationBadge';
import { ReadingMark, ReadingPicker, ReadingText, useReadingLanguage } from './Reading';
import { WithdrawControl } from './WithdrawControl';

/**
 * One common finding: its statement and explanation in the language the reader picks, its themes
 * and SDG targets, its evidence as it stands now and the towns it comes from. Who may, edits,
 * publishes or withdraws it here; a refused publication says what the evidence lacks.
 */
export function FindingDetailPage() {
  const { id = '' } = useParams();
  const { t, i18n } = useTranslation();
  const { practice: client } = useApi();
  const queryClient = useQueryClient();
  const cities = useCities();
  const [lang, pickLanguage] = useReadingLanguage();
  const finding = useQuery(findingQuery(client, id, lang));
  const actions = allowedActions(finding.data);

  const changed = async (message: string) => {
    notifySuccess(message);
    await queryClient.invalidateQueries({ queryKey: findingKeys.all });
  };
  const publish = useMutation({
    mutationFn: (version: number) => publishFinding(client, id, version),
    onSuccess: () => changed(t('findings.done.published')),
  });
  const withdraw = useMutation({
    mutationFn: ({ version, reason }: { version: number; reason: string }) =>
      withdrawFinding(client, id, version, reason),
    onSuccess: () => changed(t('findings.done.withdrawn')),
  });

  if (finding.isPending) return <Loading heading />;
  if (finding.isError) return <ErrorState error={finding.error} onRetry={() => void finding.refetch()} />;
  const f = finding.data;
  const field = (name: string) => f.reading.fields.find((x) => x.name === name);
  const statement = field('statement');
  const evidenceProblem = backingMessage(t, publish.error, (c) => cityName(cities.data, c));

  return (
    <Stack gap="lg" component="article" data-testid="finding-detail">
      <PageHeader
        title={statement?.text ?? f.statement}
        documentTitle={t('findings.detail.title')}
        titleLang={statement && statement.language !== i18n.resolvedLanguage ? statement.language : undefined}
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: t('findings.title'), to: '/findings' },
        ]}
        lead={[
          f.proposedBy
            ? t('findings.proposedBy', { town: cityName(cities.data, f.proposedBy) })
            : t('findings.byNetwork'),
          f.publishedAt ? t('findings.publishedAt', { date: formatDate(f.publishedAt) }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
        aside={
          <Group gap="xs">
            <PublicationBadge status={f.status} />
            {(actions.has('EDIT_FINDING') || actions.has('REVISE_FINDING')) && (
              <Button
                component={Link}
                to={`/findings/${f.id}/edit`}
                variant="light"
                size="xs"
                data-testid="edit-finding"
              >
                {t('findings.editor.edit')}
              </Button>
            )}
            {actions.has('PUBLISH_FINDING') && f.allowedTransitions.includes('PUBLISHED') && (
              <Button
                size="xs"
                loading={publish.isPending}
                onClick={() => publish.mutate(f.version)}
                data-testid="publish-finding"
              >
                {t('findings.publish')}
              </Button>
            )}
          </Group>
        }
      />
      <ReadingPicker
        original={f.language}
        translated={f.translations.map((tr) => tr.language)}
        value={lang}
        onChange={pickLanguage}
      />
      <ReadingMark field={statement} />
      <ReadingText field={field('explanation')} testId="finding-explanation" />
      {f.status === 'WITHDRAWN' && (
        <Alert
          color="red"
          title={t('findings.withdrawnTitle', { date: formatDate(f.withdrawnAt) })}
          data-testid="withdrawn"
        >
          {f.withdrawReason}
        </Alert>
      )}
      <Group gap="xs">
        {f.themes.map((theme) => (
          <Badge key={theme} variant="light" tt="none">
            {themeLabel(t, theme)}
          </Badge>
        ))}
        {f.sdgTargets.map((target) => (
          <Badge key={target} variant="outline" tt="none">
            {t('findings.sdg', { target })}
          </Badge>
        ))}
      </Group>
      <Stack gap="sm" component="section" aria-labelledby="finding-evidence">
        <Title order={2} size="h3" id="finding-evidence">
          {t('findings.evidence.title')}
        </Title>
        <Text size="sm" data-testid="finding-towns">
          {f.towns.length > 0
            ? t('findings.evidence.towns', { towns: f.towns.map((c) => cityName(cities.data, c)).join(', ') })
            : t('findings.evidence.noTowns')}
        </Text>
        {f.status === 'DRAFT' && !f.evidenceSufficient && !evidenceProblem && (
          <Text size="sm" c="dimmed" data-testid="evidence-short">
            {t('findings.evidence.short')}
          </Text>
        )}
        {evidenceProblem ? (
          <Alert color="red" role="alert" title={t('findings.evidence.refused')} data-testid="evidence-problem">
            {evidenceProblem}
          </Alert>
        ) : (
          publish.isError && <ProblemAlert error={publish.error} />
        )}
        <EvidenceList evidence={f.evidence} />
      </Stack>
      <FindingRevisions finding={f} />
      {actions.has('WITHDRAW_FINDING') && f.status === 'PUBLISHED' && (
        <Stack gap="xs">
          <WithdrawControl
            pending={withdraw.isPending}
            onWithdraw={(reason) => withdraw.mutate({ version: f.version, reason })}
          />
          {withdraw.isError && <ProblemAlert error={withdraw.error} />}
        </Stack>
      )}
      <Text size="xs" c="dimmed">
        {t('findings.timestamps', {
          created: formatDateTime(f.createdAt),
          updated: formatDateTime(f.updatedAt),
          version: f.version,
        })}
      </Text>
    </Stack>
  );
}
