import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, NativeSelect, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { isApiError } from '../../api/problem';
import { OUTCOMES, type Initiative, type InitiativeStatus, type KnownOutcome } from '../../api/types';
import { fieldError } from '../../shared/fieldErrors';
import { ProblemAlert, notifySuccess } from '../../shared/ProblemAlert';
import { transitionInitiative } from './api';
import { outcomeLabel, statusLabel, transitionLabel } from './labels';

/**
 * The next lifecycle steps the service allows (`allowedTransitions`), one button each. A step
 * asks for a reason; concluding also asks for the outcome and a conclusion. The request carries
 * the version as If-Match: on 409 the user is asked to reload.
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
  const [target, setTarget] = useState<InitiativeStatus | null>(null);
  const [reason, setReason] = useState('');
  const [outcome, setOutcome] = useState<KnownOutcome | ''>('');
  const [conclusion, setConclusion] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const allowed = initiative.allowedTransitions;
  const concluding = target === 'CONCLUDED';
  const stale = isApiError(error) && error.status === 409;

  function choose(to: InitiativeStatus) {
    setTarget(to);
    setLocal({});
    setError(undefined);
  }

  function cancel() {
    setTarget(null);
    setReason('');
    setOutcome('');
    setConclusion('');
    setLocal({});
    setError(undefined);
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!target) return;
    const checks: Record<string, string> = {};
    if (reason.trim() === '') checks.reason = t('validation.required');
    if (concluding && outcome === '') checks.outcome = t('validation.chooseOutcome');
    if (concluding && conclusion.trim() === '') checks.conclusion = t('validation.required');
    setLocal(checks);
    setError(undefined);
    if (Object.keys(checks).length > 0) return;
    setBusy(true);
    try {
      const body = concluding && outcome !== '' ? { to: target, reason: reason.trim(), outcome, conclusion: conclusion.trim() } : { to: target, reason: reason.trim() };
      const updated = await transitionInitiative(client, initiative.id, initiative.version, body);
      notifySuccess(t('initiatives.transition.done', { status: statusLabel(t, updated.status) }));
      cancel();
      onChanged(updated);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="transition-title" data-testid="transition-control">
      <Title order={3} id="transition-title">
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
          <form onSubmit={submit} aria-label={t('initiatives.transition.formLabel', { status: statusLabel(t, target) })} data-testid="transition-form" noValidate>
            <Stack gap="sm">
              <Text fw={500}>{t('initiatives.transition.moveTo', { status: statusLabel(t, target) })}</Text>
              {stale && (
                <Alert color="orange" title={t('errors.conflict.title')} role="alert" data-testid="transition-conflict">
                  <Stack gap="xs" align="flex-start">
                    <Text size="sm">{t('errors.conflict.text')}</Text>
                    <Button size="xs" variant="default" onClick={onReload}>
                      {t('common.reload')}
                    </Button>
                  </Stack>
                </Alert>
              )}
              {error !== undefined && !stale && <ProblemAlert error={error} showViolations={false} testId="transition-error" />}
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
                    onChange={(e) => setOutcome(e.currentTarget.value as KnownOutcome | '')}
                    data={[{ value: '', label: t('initiatives.transition.chooseOutcome') }, ...OUTCOMES.map((o) => ({ value: o, label: outcomeLabel(t, o) }))]}
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
                </>
              )}
              <Group gap="xs">
                <Button type="submit" loading={busy} data-testid="transition-submit">
                  {t('initiatives.transition.confirm', { status: statusLabel(t, target) })}
                </Button>
                <Button variant="default" onClick={cancel} disabled={busy}>
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
