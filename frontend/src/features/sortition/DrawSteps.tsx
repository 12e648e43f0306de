import { useState } from 'react';
import { Alert, Badge, Button, Code, Group, List, Progress, Stack, Table, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollRegion } from '../../components/ScrollRegion';
import { allowedActions } from '../../lib/permissions';
import { decideDraw, isSortitionProblem, sortitionKeys, startDraw, type Draw, type Pool, type Quota } from './api';
import { percent } from './labels';

function QuotaList({ quotas }: { quotas: Quota[] }) {
  return (
    <List size="sm" data-testid="conflicting-quotas">
      {quotas.map((q) => (
        <List.Item key={`${q.feature}=${q.value}`}>{`${q.feature} = ${q.value}: ${q.min}–${q.max}`}</List.Item>
      ))}
    </List>
  );
}

/** Step 3: start the draw (optionally with an announced seed) and follow its progress. */
export function DrawStep({
  panelId,
  pool,
  draw,
  onStarted,
}: {
  panelId: string;
  pool: Pool;
  draw: Draw | undefined;
  onStarted: (drawId: string) => void;
}) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const queryClient = useQueryClient();
  const [seed, setSeed] = useState('');
  const start = useMutation({
    mutationFn: () => startDraw(client, panelId, seed.trim() === '' ? null : seed.trim()),
    onSuccess: async (d) => {
      onStarted(d.id);
      await queryClient.invalidateQueries({ queryKey: sortitionKeys.draws(panelId) });
    },
  });
  const running = draw?.status === 'RUNNING';
  return (
    <Stack gap="md">
      <Text>{t('sortition.draw.intro', { seats: pool.seats, count: pool.candidateCount })}</Text>
      {allowedActions(pool).has('RUN_DRAW') && !running && (
        <Group align="flex-end">
          <TextInput
            label={t('sortition.draw.seed')}
            description={t('sortition.draw.seedHelp')}
            value={seed}
            onChange={(e) => setSeed(e.currentTarget.value)}
            inputMode="numeric"
            data-testid="draw-seed"
          />
          <Button onClick={() => start.mutate()} loading={start.isPending} data-testid="draw-start">
            {t('sortition.draw.start')}
          </Button>
        </Group>
      )}
      {start.error && (
        <>
          <ProblemAlert error={start.error} focusOnShow />
          {isSortitionProblem(start.error) && start.error.conflicting.length > 0 && (
            <QuotaList quotas={start.error.conflicting} />
          )}
        </>
      )}
      {draw && (
        <Stack gap="xs" aria-live="polite" data-testid="draw-progress">
          <Text fw={600}>{t(`sortition.status.${draw.status}`)}</Text>
          {running && (
            <>
              <Text size="sm">
                {t(`sortition.phase.${draw.phase ?? 'queued'}`, { defaultValue: draw.phase ?? '' })}
              </Text>
              <Progress
                value={draw.progressTotal > 0 ? (100 * draw.progressDone) / draw.progressTotal : 5}
                animated
                aria-label={t('sortition.draw.progress')}
              />
            </>
          )}
          {draw.status === 'FAILED' && draw.failure && (
            <Alert color="red" title={t(`sortition.failure.${draw.failure.code}`, { defaultValue: draw.failure.code })}>
              <Text size="sm">{draw.failure.message}</Text>
              {draw.failure.conflicting.length > 0 && <QuotaList quotas={draw.failure.conflicting} />}
            </Alert>
          )}
        </Stack>
      )}
    </Stack>
  );
}

/** Step 4: every candidate's probability, the sampled panel highlighted, and how to check it. */
export function ReviewStep({ draw, pool }: { draw: Draw; pool: Pool }) {
  const { t, i18n } = useTranslation();
  const rows = [...draw.candidates].sort(
    (a, b) => Number(b.selected) - Number(a.selected) || b.probability - a.probability,
  );
  const min = Math.min(...draw.candidates.map((c) => c.probability));
  const max = Math.max(...draw.candidates.map((c) => c.probability));
  return (
    <Stack gap="md">
      <Text data-testid="probability-range">
        {t('sortition.review.range', { min: percent(min, i18n.language), max: percent(max, i18n.language) })}
      </Text>
      <Stack gap={4} data-testid="draw-audit">
        <Text size="sm">
          {t('sortition.review.seed')} <Code>{draw.seed}</Code>
        </Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('sortition.review.digest')} <Code>{draw.inputsDigest}</Code>
        </Text>
        <Text size="sm">
          {t('sortition.review.algorithm')} <Code>{draw.algorithmVersion ?? '—'}</Code>
        </Text>
        <Text size="sm" c="dimmed">
          {t('sortition.review.howTo')}
        </Text>
      </Stack>
      <ScrollRegion label={t('sortition.review.tableLabel')}>
        <Table striped data-testid="probability-table">
          <Table.Caption>{t('sortition.review.caption', { seats: draw.seats })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sortition.review.candidate')}</Table.Th>
              <Table.Th scope="col">{t('sortition.review.features')}</Table.Th>
              <Table.Th scope="col">{t('sortition.review.probability')}</Table.Th>
              <Table.Th scope="col">{t('sortition.review.drawn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((c) => (
              <Table.Tr
                key={c.candidateId}
                data-selected={c.selected || undefined}
                bg={c.selected ? 'var(--mantine-color-teal-light)' : undefined}
              >
                <Table.Td>{c.displayName ?? c.candidateId}</Table.Td>
                <Table.Td>
                  {Object.entries(c.features ?? {})
                    .map(([k, v]) => `${k}: ${v}`)
                    .join(', ')}
                </Table.Td>
                <Table.Td>{percent(c.probability, i18n.language)}</Table.Td>
                <Table.Td>
                  {c.selected ? (
                    <Badge color="teal">{t('sortition.review.selected')}</Badge>
                  ) : (
                    t('sortition.review.notSelected')
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      <ScrollRegion label={t('sortition.quotas.tableLabel')}>
        <Table>
          <Table.Caption>{t('sortition.review.quotasCaption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sortition.quotas.feature')}</Table.Th>
              <Table.Th scope="col">{t('sortition.quotas.value')}</Table.Th>
              <Table.Th scope="col">{t('sortition.quotas.min')}</Table.Th>
              <Table.Th scope="col">{t('sortition.quotas.max')}</Table.Th>
              <Table.Th scope="col">{t('sortition.review.inPanel')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {pool.quotas.map((q) => (
              <Table.Tr key={`${q.feature}=${q.value}`}>
                <Table.Td>{q.feature}</Table.Td>
                <Table.Td>{q.value}</Table.Td>
                <Table.Td>{q.min}</Table.Td>
                <Table.Td>{q.max}</Table.Td>
                <Table.Td>
                  {draw.candidates.filter((c) => c.selected && c.features?.[q.feature] === q.value).length}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
    </Stack>
  );
}

/** Step 5: confirm (the drawn candidates join the panel) or discard. */
export function ConfirmStep({ panelId, draw }: { panelId: string; draw: Draw }) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const queryClient = useQueryClient();
  const decide = useMutation({
    mutationFn: (decision: 'confirm' | 'discard') => decideDraw(client, panelId, draw.id, draw.version, decision),
    onSuccess: async (d) => {
      notifySuccess(t(d.status === 'CONFIRMED' ? 'sortition.confirm.done' : 'sortition.confirm.discarded'));
      await queryClient.invalidateQueries({ queryKey: sortitionKeys.all(panelId) });
      await queryClient.invalidateQueries({ queryKey: ['panels'] });
    },
  });
  const may = allowedActions(draw).has('CONFIRM_DRAW');
  const drawn = draw.candidates.filter((c) => c.selected);
  if (draw.status === 'CONFIRMED') {
    return (
      <Stack gap="xs" data-testid="new-members">
        <Text fw={600}>{t('sortition.confirm.joined', { count: drawn.length })}</Text>
        <List>
          {drawn.map((c) => (
            <List.Item key={c.candidateId}>{c.displayName ?? c.candidateId}</List.Item>
          ))}
        </List>
      </Stack>
    );
  }
  return (
    <Stack gap="md">
      <Text>{t('sortition.confirm.intro', { count: drawn.length })}</Text>
      {may && draw.status === 'DONE' && (
        <Group>
          <Button onClick={() => decide.mutate('confirm')} loading={decide.isPending} data-testid="draw-confirm">
            {t('sortition.confirm.confirm')}
          </Button>
          <Button variant="default" onClick={() => decide.mutate('discard')} disabled={decide.isPending}>
            {t('sortition.confirm.discard')}
          </Button>
        </Group>
      )}
      {!may && <Text c="dimmed">{t('sortition.confirm.readOnly')}</Text>}
      {decide.error && <ProblemAlert error={decide.error} focusOnShow />}
    </Stack>
  );
}
