import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Paper, Stack, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { initiativeKeys, transitionInitiative } from '../../api/initiatives';
import {
  OUTCOMES,
  type Initiative,
  type InitiativeStatus,
  type KnownOutcome,
  type TransitionBody,
} from '../../api/types';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/fieldErrors';
import { outcomeLabel, statusLabel, transitionLabel } from './labels';

function isOutcome(value: string): value is KnownOutcome {
  return (OUTCOMES as readonly string[]).includes(value);
}

/**
 * The next lifecycle steps the service allows (`allowedTransitions`), one button each. A step
 * asks for a reason; concluding also asks for the outcome and a conclusion. The request carries
 * the version as If-Match: when it is stale the user is offered a reload.
 */
export function TransitionControl({
  initiative,
  onChanged,
  onReload,
}: {
  initiative: Initiative;
  onChanged: (initiative: Initiative) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { initiative: client } = useApi();
  const queryClient = useQueryClient();
  const [target, setTarget] = useState<InitiativeStatus | null>(null);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<KnownOutcome | ''>('');
  const [conclusion, setConclusion] = useState('');
  const [reviewAgainOn, setReviewAgainOn] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (body: TransitionBody) => transitionInitiative(client, initiative.id, initiative.version, body),
    onSuccess: async (updated) => {
      notifySuccess(t('initiatives.transition.done', { status: statusLabel(t, updated.status) }));
      cancel();
      queryClient.setQueryData(initiativeKeys.detail(updated.id), updated);
      onChanged(updated);
      await queryClient.invalidateQueries({ queryKey: initiativeKeys.all, refetchType: 'none' });
    },
  });

  const allowed = initiative.allowedTransitions;
  const concluding = target === 'CONCLUDED';
  const error = mutation.error ?? undefined;

  function choose(to: InitiativeStatus) {
    setTarget(to);
    setLocal({});
    mutation.reset();
  }

  function cancel() {
    setTarget(null);
    setReason('');
    setOutcome('');
    setConclusion('');
    setReviewAgainOn('');
    setLocal({});
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (!target) return;
    const checks: Record<string, string> = {};
    if (reason.trim() === '') checks.reason = t('validation.required');
    if (concluding && outcome === '') checks.outcome = t('validation.chooseOutcome');
    if (concluding && conclusion.trim() === '') checks.conclusion = t('validation.required');
    setLocal(checks);
    mutation.reset();
    if (Object.keys(checks).length > 0) return;
    mutation.mutate(
      concluding && outcome !== ''
        ? {
            to: target,
            reason: reason.trim(),
            outcome,
            conclusion: conclusion.trim(),
            ...(reviewAgainOn !== '' ? { reviewAgainOn } : {}),
          }
        : { to: target, reason: reason.trim() },
    );
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="transition-title" data-testid="transition-control">
      <Title order={2} size="h3" id="transition-title">
        {t('initiatives.transition.title')}
      </Title>
      {allowed.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="no-transitions">
          {t('initiatives.transition.none')}
        </Text>
      ) : (
        <Group gap="xs">
          {allowed.map((to) => (
            <Button
              key={to}
              variant={target === to ? 'filled' : 'light'}
              color={to === 'WITHDRAWN' ? 'red' : undefined}
              onClick={() => choose(to)}
              aria-pressed={target === to}
              data-testid={`transition-${to}`}
            >
              {transitionLabel(t, to)}
            </Button>
          ))}
        </Group>
      )}
      {target && (
        <Paper withBorder p="md">
          <form
            onSubmit={submit}
            aria-label={t('initiatives.transition.formLabel', { status: statusLabel(t, target) })}
            data-testid="transition-form"
            noValidate
          >
            <Stack gap="sm">
              <Text fw={500}>{t('initiatives.transition.moveTo', { status: statusLabel(t, target) })}</Text>
              {error && (
                <ProblemAlert
                  error={error}
                  showViolations={false}
                  focusOnShow
                  onReload={() => {
                    cancel();
                    onReload();
                  }}
                  testId="transition-error"
                />
              )}
              <Textarea
                label={t('initiatives.transition.reason')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={fieldError('reason', error, local)}
                required
                autosize
                minRows={2}
                data-testid="transition-reason"
              />
              {concluding && (
                <>
                  <NativeSelect
                    label={t('initiatives.fields.outcome')}
                    value={outcome}
                    onChange={(e) => {
                      const value = e.currentTarget.value;
                      setOutcome(isOutcome(value) ? value : '');
                    }}
                    data={[
                      { value: '', label: t('initiatives.transition.chooseOutcome') },
                      ...OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(t, o) })),
                    ]}
                    error={fieldError('outcome', error, local)}
                    required
                    data-testid="outcome-select"
                  />
                  <Textarea
                    label={t('initiatives.fields.conclusion')}
                    value={conclusion}
                    onChange={(e) => setConclusion(e.currentTarget.value)}
                    error={fieldError('conclusion', error, local)}
                    required
                    autosize
                    minRows={3}
                    data-testid="transition-conclusion"
                  />
                  <TextInput
                    type="date"
                    label={t('reviews.conclusion.reviewAgainOn')}
                    description={t('reviews.conclusion.reviewAgainOnHint')}
                    value={reviewAgainOn}
                    onChange={(e) => setReviewAgainOn(e.currentTarget.value)}
                    error={fieldError('reviewAgainOn', error, local)}
                    data-testid="transition-review-again-on"
                  />
                </>
              )}
              <Group gap="xs">
                <Button type="submit" loading={mutation.isPending} data-testid="transition-submit">
                  {t('initiatives.transition.confirm', { status: statusLabel(t, target) })}
                </Button>
                <Button variant="default" onClick={cancel} disabled={mutation.isPending}>
                  {t('common.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Paper>
      )}
    </Stack>
  );
}
