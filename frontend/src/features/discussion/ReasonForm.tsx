import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS } from './api';
import { DiscussionProblem } from './DiscussionProblem';
import { TextField, withinLimits } from './TextField';

/** A reason and its button: a report (the reason optional) or a moderation step (required, audited). */
export function ReasonForm({
  label,
  hint,
  submitLabel,
  required,
  pending,
  error,
  onSubmit,
  onCancel,
  testId,
}: {
  label: string;
  hint: string;
  submitLabel: string;
  required: boolean;
  pending: boolean;
  error: unknown;
  onSubmit: (reason: string) => void;
  onCancel: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    setChecked(true);
    if (withinLimits(reason, LIMITS.reason, required)) onSubmit(reason.trim());
  }

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel} data-testid={`${testId}-form`}>
      <Stack gap="xs">
        <TextField
          label={label}
          value={reason}
          onChange={setReason}
          limits={LIMITS.reason}
          checked={checked}
          required={required}
          testId={`${testId}-reason`}
          focusOnShow
        />
        <Text size="xs" c="dimmed">
          {hint}
        </Text>
        {error != null && <DiscussionProblem error={error} />}
        <Group gap="sm">
          <Button type="submit" color="orange" loading={pending} data-testid={`${testId}-submit`}>
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('discussion.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
