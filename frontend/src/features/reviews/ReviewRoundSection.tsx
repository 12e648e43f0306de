import { useState, type FormEvent } from 'react';
import {
  Badge,
  Button,
  Card,
  Group,
  Progress,
  Radio,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useApi } from '../../api/ApiContext';
import { Loading } from '../../components/Loading';
import { ErrorState } from '../../components/ErrorState';
import { ProblemAlert } from '../../components/ProblemAlert';
import { notifySuccess } from '../../components/notify';
import { ScrollRegion } from '../../components/ScrollRegion';
import { fieldError } from '../../lib/fieldErrors';
import { formatDateTime, formatNumber } from '../../lib/format';
import { allowedActions } from '../../lib/permissions';
import {
  CRITERIA,
  closeRound,
  openRound,
  reviewKeys,
  reviewStateQuery,
  reviseReview,
  submitReview,
  type Criterion,
  type MyReview,
  type Pillar,
  type ReviewBody,
  type ReviewRound,
} from './reviewApi';
import { RoundSurveyResults } from './RoundSurveyResults';

/**
 * The panel's review of an initiative: the latest round's status and quorum progress, the form to
 * open one (coordinators), the caller's own review (eligible members), closing, the results, and
 * beside them what the residents answered in the initiative's survey.
 * Every control comes from the allowedActions of the state and the round.
 */
export function ReviewRoundSection({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const { initiative: client } = useApi();
  const state = useQuery(reviewStateQuery(client, initiativeId));

  return (
    <Stack gap="sm" component="section" aria-labelledby="review-title" data-testid="review-section">
      <Title order={2} size="h3" id="review-title">
        {t('reviews.title')}
      </Title>
      {state.isPending ? (
        <Loading />
      ) : state.isError ? (
        <ErrorState error={state.error} onRetry={() => void state.refetch()} />
      ) : (
        <>
          {state.data.round ? (
            <>
              <RoundView round={state.data.round} initiativeId={initiativeId} />
              <RoundSurveyResults initiativeId={initiativeId} />
            </>
          ) : (
            <Text size="sm" c="dimmed" data-testid="review-none">
              {t('reviews.none')}
            </Text>
          )}
          {allowedActions(state.data).has('OPEN_REVIEW_ROUND') && <OpenRoundForm initiativeId={initiativeId} />}
        </>
      )}
    </Stack>
  );
}

function useRefresh(initiativeId: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: reviewKeys.state(initiativeId) });
}

function OpenRoundForm({ initiativeId }: { initiativeId: string }) {
  const { t } = useTranslation();
  const { initiative: client } = useApi();
  const refresh = useRefresh(initiativeId);
  const [closesAt, setClosesAt] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (at: string) => openRound(client, initiativeId, at),
    onSuccess: async () => {
      notifySuccess(t('reviews.open.done'));
      setClosesAt('');
      await refresh();
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const when = closesAt === '' ? null : new Date(closesAt);
    if (!when || Number.isNaN(when.getTime())) {
      setLocal({ closesAt: t('validation.required') });
      return;
    }
    setLocal({});
    mutation.mutate(when.toISOString());
  }

  return (
    <Card withBorder component="form" onSubmit={submit} noValidate data-testid="open-round-form">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('reviews.open.title')}
        </Title>
        <TextInput
          type="datetime-local"
          label={t('reviews.open.closesAt')}
          description={t('reviews.open.closesAtHint')}
          value={closesAt}
          onChange={(e) => setClosesAt(e.currentTarget.value)}
          error={fieldError('closesAt', mutation.error, local)}
          required
          data-testid="round-closes-at"
        />
        {mutation.error && <ProblemAlert error={mutation.error} showViolations={false} focusOnShow />}
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="open-round-submit">
            {t('reviews.open.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function RoundView({ round, initiativeId }: { round: ReviewRound; initiativeId: string }) {
  const { t } = useTranslation();
  const can = allowedActions(round);
  const open = round.status === 'OPEN';
  const share = round.quorum.required === 0 ? 0 : Math.min(100, (100 * round.submitted) / round.quorum.required);
  return (
    <Stack gap="sm" data-testid="review-round" data-status={round.status}>
      <Group gap="xs">
        <Badge color={open ? 'blue' : 'gray'} variant="light" data-testid="round-status">
          {t(`reviews.status.${round.status}`)}
        </Badge>
        <Text size="sm">
          {open
            ? t('reviews.closesAt', { time: formatDateTime(round.closesAt) })
            : t('reviews.closedAt', { time: formatDateTime(round.closedAt) })}
        </Text>
      </Group>
      <Text size="sm" data-testid="round-counts">
        {t('reviews.counts', { submitted: round.submitted, eligible: round.eligible })}
      </Text>
      <Stack gap={4}>
        <Text size="sm" id="quorum-label">
          {round.quorum.met
            ? t('reviews.quorumMet')
            : t('reviews.progress', { submitted: round.submitted, required: round.quorum.required })}
        </Text>
        {/* The progressbar role sits on the section, so the section carries the name. */}
        <Progress.Root>
          <Progress.Section value={share} aria-labelledby="quorum-label" color={round.quorum.met ? 'green' : 'blue'} />
        </Progress.Root>
        {!round.quorum.met && round.quorum.missingPillars.length > 0 && (
          <Text size="sm" data-testid="quorum-missing">
            {t('reviews.missingPillars', {
              pillars: round.quorum.missingPillars.map((p) => t(`reviews.pillars.${p}`)).join(', '),
            })}
          </Text>
        )}
      </Stack>
      <ScrollRegion label={t('reviews.pillarTable.caption')}>
        <Table data-testid="round-pillars">
          <Table.Caption>{t('reviews.pillarTable.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reviews.pillarTable.pillar')}</Table.Th>
              <Table.Th scope="col">{t('reviews.pillarTable.eligible')}</Table.Th>
              <Table.Th scope="col">{t('reviews.pillarTable.reviewed')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {round.pillars.map((p) => (
              <Table.Tr key={p.pillar}>
                <Table.Th scope="row">{t(`reviews.pillars.${p.pillar}`)}</Table.Th>
                <Table.Td>{p.eligible}</Table.Td>
                <Table.Td>{p.reviewed}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {can.has('SUBMIT_REVIEW') && <ReviewForm round={round} initiativeId={initiativeId} />}
      {!open && round.myReview && (
        <Text size="sm" c="dimmed" data-testid="my-review-final">
          {t('reviews.form.final', { time: formatDateTime(round.myReview.updatedAt) })}
        </Text>
      )}
      {can.has('CLOSE_REVIEW_ROUND') && <CloseButton round={round} initiativeId={initiativeId} />}
      {round.results && <Results round={round} />}
    </Stack>
  );
}

function CloseButton({ round, initiativeId }: { round: ReviewRound; initiativeId: string }) {
  const { t } = useTranslation();
  const { initiative: client } = useApi();
  const refresh = useRefresh(initiativeId);
  const mutation = useMutation({
    mutationFn: () => closeRound(client, round.id, round.version),
    onSuccess: async () => {
      notifySuccess(t('reviews.close.done'));
      await refresh();
    },
  });
  return (
    <Stack gap="xs">
      <Group>
        <Button
          variant="light"
          onClick={() => mutation.mutate()}
          loading={mutation.isPending}
          data-testid="close-round"
        >
          {t('reviews.close.button')}
        </Button>
      </Group>
      {/* A refused close names what is missing in the problem's detail, which the alert shows. */}
      {mutation.error && (
        <ProblemAlert error={mutation.error} focusOnShow onReload={() => void refresh()} testId="close-round-problem" />
      )}
    </Stack>
  );
}

type Draft = Record<Criterion, { score: string; reason: string }>;

function draftOf(mine: MyReview | null): Draft {
  const draft = {} as Draft;
  for (const c of CRITERIA) {
    const entry = mine?.scores.find((s) => s.criterion === c);
    draft[c] = { score: entry ? String(entry.score) : '', reason: entry?.reason ?? '' };
  }
  return draft;
}

function ReviewForm({ round, initiativeId }: { round: ReviewRound; initiativeId: string }) {
  const { t } = useTranslation();
  const { initiative: client } = useApi();
  const refresh = useRefresh(initiativeId);
  const mine = round.myReview;
  const [draft, setDraft] = useState<Draft>(() => draftOf(mine));
  const [local, setLocal] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (body: ReviewBody) =>
      mine ? reviseReview(client, round.id, mine.version, body) : submitReview(client, round.id, body),
    onSuccess: async () => {
      notifySuccess(t('reviews.form.done'));
      await refresh();
    },
  });

  function set(c: Criterion, patch: Partial<Draft[Criterion]>) {
    setDraft((d) => ({ ...d, [c]: { ...d[c], ...patch } }));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const checks: Record<string, string> = {};
    for (const c of CRITERIA) {
      const key = c.toLowerCase();
      if (draft[c].score === '') checks[`${key}.score`] = t('reviews.form.chooseScore');
      if (draft[c].reason.trim() === '') checks[`${key}.reason`] = t('validation.required');
    }
    setLocal(checks);
    if (Object.keys(checks).length > 0) return;
    const entry = (c: Criterion) => ({ score: Number(draft[c].score), reason: draft[c].reason.trim() });
    mutation.mutate({
      relevance: entry('RELEVANCE'),
      effectiveness: entry('EFFECTIVENESS'),
      inclusiveness: entry('INCLUSIVENESS'),
      sustainability: entry('SUSTAINABILITY'),
      transferability: entry('TRANSFERABILITY'),
    });
  }

  return (
    <Card withBorder component="form" onSubmit={submit} noValidate data-testid="review-form">
      <Stack gap="md">
        <Title order={3} size="h4">
          {t('reviews.form.title')}
        </Title>
        <Text size="sm">{t('reviews.form.intro')}</Text>
        {mine && (
          <Text size="sm" c="dimmed" data-testid="my-review-saved">
            {t('reviews.form.saved', { time: formatDateTime(mine.updatedAt) })}
          </Text>
        )}
        {CRITERIA.map((c) => {
          const key = c.toLowerCase();
          return (
            <Stack key={c} gap="xs" data-testid={`criterion-${c}`}>
              <Radio.Group
                label={t(`reviews.criteria.${c}`)}
                description={t(`reviews.criteriaHints.${c}`)}
                value={draft[c].score}
                onChange={(score) => set(c, { score })}
                error={fieldError(`${key}.score`, mutation.error, local)}
                required
              >
                <Group gap="md" mt={4}>
                  {['1', '2', '3', '4', '5'].map((s) => (
                    <Radio key={s} value={s} label={s} aria-label={t('reviews.form.scoreOf', { score: s })} />
                  ))}
                </Group>
              </Radio.Group>
              <Textarea
                label={t('reviews.form.reason', { criterion: t(`reviews.criteria.${c}`) })}
                value={draft[c].reason}
                onChange={(e) => set(c, { reason: e.currentTarget.value })}
                error={fieldError(`${key}.reason`, mutation.error, local)}
                required
                autosize
                minRows={2}
                maxLength={2000}
                data-testid={`reason-${c}`}
              />
            </Stack>
          );
        })}
        {mutation.error && (
          <ProblemAlert error={mutation.error} showViolations={false} focusOnShow onReload={() => void refresh()} />
        )}
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="review-submit">
            {mine ? t('reviews.form.update') : t('reviews.form.submit')}
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function distributionText(t: TFunction, distribution: readonly number[]) {
  return distribution.map((n, i) => t('reviews.results.scoreCount', { score: i + 1, count: n })).join(', ');
}

function Results({ round }: { round: ReviewRound }) {
  const { t } = useTranslation();
  const results = round.results;
  if (!results) return null;
  return (
    <Stack gap="sm" data-testid="review-results">
      <Title order={3} size="h4">
        {t('reviews.results.title')}
      </Title>
      <ResultsTables criteria={results.criteria} byPillar={results.byPillar} t={t} />
    </Stack>
  );
}

/** Means and distributions per criterion, then means per pillar: plain tables, readable aloud. */
export function ResultsTables({
  criteria,
  byPillar,
  t,
}: {
  criteria: readonly { criterion: string; mean?: number | null; distribution: readonly number[] }[];
  byPillar: readonly {
    pillar: string;
    reviews: number;
    means: readonly { criterion: string; mean?: number | null }[];
  }[];
  t: TFunction;
}) {
  return (
    <>
      <ScrollRegion label={t('reviews.results.caption')}>
        <Table data-testid="results-criteria">
          <Table.Caption>{t('reviews.results.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reviews.results.criterion')}</Table.Th>
              <Table.Th scope="col">{t('reviews.results.mean')}</Table.Th>
              <Table.Th scope="col">{t('reviews.results.distribution')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {criteria.map((c) => (
              <Table.Tr key={c.criterion}>
                <Table.Th scope="row">{t(`reviews.criteria.${c.criterion as Criterion}`)}</Table.Th>
                <Table.Td data-testid={`mean-${c.criterion}`}>{c.mean == null ? '–' : formatNumber(c.mean)}</Table.Td>
                <Table.Td>{distributionText(t, c.distribution)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <ScrollRegion label={t('reviews.results.byPillar')}>
        <Table data-testid="results-pillars">
          <Table.Caption>{t('reviews.results.byPillar')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('reviews.pillarTable.pillar')}</Table.Th>
              <Table.Th scope="col">{t('reviews.results.reviews')}</Table.Th>
              {CRITERIA.map((c) => (
                <Table.Th scope="col" key={c}>
                  {t(`reviews.criteria.${c}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {byPillar.map((p) => (
              <Table.Tr key={p.pillar}>
                <Table.Th scope="row">{t(`reviews.pillars.${p.pillar as Pillar}`)}</Table.Th>
                <Table.Td>{p.reviews}</Table.Td>
                {CRITERIA.map((c) => {
                  const mean = p.means.find((m) => m.criterion === c)?.mean;
                  return <Table.Td key={c}>{mean == null ? '–' : formatNumber(mean)}</Table.Td>;
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </>
  );
}
