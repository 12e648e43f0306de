import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, Group, List, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { practiceKeys } from '../../api/practices';
import type { Action, ChecklistItem, Practice, ValidationEntry } from '../../api/types';
import { takeValidationStep, type ValidationMove } from '../../api/validation';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { formatDateTime } from '../../lib/format';
import { allowedActions } from '../../lib/permissions';

const REASON_MAX = 2000;

const STEP_ACTIONS = [
  'SUBMIT_PRACTICE',
  'PUBLISH_PRACTICE',
  'RETURN_PRACTICE',
  'UNPUBLISH_PRACTICE',
] as const satisfies readonly Action[];

/** The reason of the latest return or unpublication, while the practice is back with its town. */
function latestReturn(practice: Practice): ValidationEntry | undefined {
  if (practice.status !== 'RETURNED') return undefined;
  return [...(practice.validationHistory ?? [])]
    .reverse()
    .find((entry) => entry.step === 'RETURNED' || entry.step === 'UNPUBLISHED');
}

/**
 * On a practice page, for its town and the network admin: where the validation stands, why it was
 * returned, the checklist with its failing items named, the steps so far, and the buttons of the
 * steps the service allows this caller (submit for the town; publish, return and unpublish, each
 * with a reason where the town must learn why, for the network admin).
 */
export function ValidationPanel({ practice }: { practice: Practice }) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const queryClient = useQueryClient();
  const actions = allowedActions(practice);
  const [asking, setAsking] = useState<'return' | 'unpublish' | null>(null);
  const [reason, setReason] = useState('');
  const [reasonError, setReasonError] = useState<string | undefined>();

  const step = useMutation({
    mutationFn: ({ move, why }: { move: ValidationMove; why?: string }) =>
      takeValidationStep(client, practice.id, practice.version, move, why),
    onSuccess: async (done, { move }) => {
      notifySuccess(t(`practiceValidation.done.${move}`));
      setAsking(null);
      setReason('');
      queryClient.setQueryData(practiceKeys.detail(done.id), done);
      await queryClient.invalidateQueries({ queryKey: practiceKeys.all });
    },
  });

  const returned = latestReturn(practice);
  const mayStep = STEP_ACTIONS.some((action) => actions.has(action));
  if (!practice.checklist && !practice.validationHistory && !mayStep) return null;

  function confirm(e: FormEvent) {
    e.preventDefault();
    if (!asking) return;
    if (reason.trim() === '') {
      setReasonError(t('practiceValidation.required'));
      return;
    }
    setReasonError(undefined);
    step.mutate({ move: asking, why: reason });
  }

  return (
    <Card withBorder component="section" aria-labelledby="validation-title" data-testid="validation-panel">
      <Stack gap="md">
        <Title order={2} size="h3" id="validation-title">
          {t('practiceValidation.panel.title')}
        </Title>
        {practice.status === 'SUBMITTED' && (
          <Alert color="blue" data-testid="validation-waiting">
            {t('practiceValidation.panel.waiting')}
          </Alert>
        )}
        {returned && (
          <Alert
            color="orange"
            title={t(
              returned.step === 'UNPUBLISHED'
                ? 'practiceValidation.panel.unpublished'
                : 'practiceValidation.panel.returned',
            )}
            data-testid="return-reason"
          >
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
              {returned.reason}
            </Text>
          </Alert>
        )}
        {practice.checklist && <Checklist items={practice.checklist} />}
        {step.error && <ProblemAlert error={step.error} focusOnShow testId="validation-error" />}
        {asking ? (
          <form onSubmit={confirm} noValidate aria-label={t(`practiceValidation.actions.${asking}`)}>
            <Stack gap="sm">
              <Textarea
                label={t('practiceValidation.actions.reason')}
                description={t('practiceValidation.actions.reasonHint')}
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
                error={reasonError}
                required
                maxLength={REASON_MAX}
                autosize
                minRows={3}
                data-autofocus
                data-testid="validation-reason"
              />
              <Group gap="sm">
                <Button type="submit" color="orange" loading={step.isPending} data-testid={`confirm-${asking}`}>
                  {t(`practiceValidation.actions.${asking}`)}
                </Button>
                <Button variant="default" onClick={() => setAsking(null)} disabled={step.isPending}>
                  {t('practiceValidation.actions.cancel')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Group gap="sm">
            {actions.has('SUBMIT_PRACTICE') && (
              <Button
                color="green"
                loading={step.isPending}
                onClick={() => step.mutate({ move: 'submit' })}
                data-testid="submit-practice"
              >
                {t('practiceValidation.actions.submit')}
              </Button>
            )}
            {actions.has('PUBLISH_PRACTICE') && (
              <Button
                color="green"
                loading={step.isPending}
                onClick={() => step.mutate({ move: 'publish' })}
                data-testid="publish-practice"
              >
                {t('practiceValidation.actions.publish')}
              </Button>
            )}
            {actions.has('RETURN_PRACTICE') && (
              <Button variant="light" color="orange" onClick={() => setAsking('return')} data-testid="return-practice">
                {t('practiceValidation.actions.return')}
              </Button>
            )}
            {actions.has('UNPUBLISH_PRACTICE') && (
              <Button
                variant="light"
                color="red"
                onClick={() => setAsking('unpublish')}
                data-testid="unpublish-practice"
              >
                {t('practiceValidation.actions.unpublish')}
              </Button>
            )}
          </Group>
        )}
        {practice.validationHistory && practice.validationHistory.length > 0 && (
          <Stack gap={4}>
            <Title order={3} size="h4">
              {t('practiceValidation.panel.history')}
            </Title>
            <List size="sm" data-testid="validation-history">
              {practice.validationHistory.map((entry) => (
                <List.Item key={`${entry.step}-${entry.at}`}>
                  {t('practiceValidation.entry', {
                    step: t(`practiceValidation.step.${entry.step}`),
                    by: entry.by,
                    date: formatDateTime(entry.at),
                  })}
                  {entry.reason && (
                    <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                      {entry.reason}
                    </Text>
                  )}
                </List.Item>
              ))}
            </List>
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function Checklist({ items }: { items: ChecklistItem[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={4}>
      <Title order={3} size="h4">
        {t('practiceValidation.checklist.title')}
      </Title>
      <List size="sm" listStyleType="none" spacing={4} data-testid="validation-checklist">
        {items.map((item) => (
          <List.Item key={item.item} data-testid={`checklist-${item.item}`} data-passed={item.passed}>
            <Text size="sm" component="span" fw={500} c={item.passed ? 'teal.9' : 'red.9'}>
              {item.passed ? '✓ ' : '✗ '}
              {t(item.passed ? 'practiceValidation.checklist.passed' : 'practiceValidation.checklist.failed')}:
            </Text>{' '}
            {t(`practiceValidation.checklist.item.${item.item}`)}
            {item.fields.length > 0 && (
              <Text size="sm" c="dimmed">
                {t('practiceValidation.checklist.fields', {
                  fields: item.fields.map((f) => t(`practices.fields.${f as 'title'}`)).join(', '),
                })}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
