import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LIMITS } from './limits';

/**
 * Withdrawing is final and public, so it asks for the reason first: the button opens a short
 * form, the reason is required and within the service's limit before anything is sent.
 */
export function WithdrawControl({ pending, onWithdraw }: { pending: boolean; onWithdraw: (reason: string) => void }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [checked, setChecked] = useState(false);
  const trimmed = reason.trim();
  const error =
    checked && trimmed === ''
      ? t('findings.withdraw.reasonRequired')
      : trimmed.length > LIMITS.reason
        ? t('findings.editor.tooLong', { max: LIMITS.reason })
        : undefined;

  function submit(e: FormEvent) {
    e.preventDefault();
    setChecked(true);
    if (trimmed === '' || trimmed.length > LIMITS.reason) return;
    onWithdraw(trimmed);
  }

  if (!open) {
    return (
      <Button variant="light" color="red" size="xs" onClick={() => setOpen(true)} data-testid="withdraw">
        {t('findings.withdraw.action')}
      </Button>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label={t('findings.withdraw.action')} data-testid="withdraw-form">
      <Stack gap="xs">
        <Textarea
          label={t('findings.withdraw.reason')}
          description={t('findings.withdraw.final')}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
          error={error}
          required
          autosize
          minRows={2}
          data-autofocus
          data-testid="withdraw-reason"
        />
        <Group gap="xs">
          <Button type="submit" color="red" size="xs" loading={pending} data-testid="withdraw-confirm">
            {t('findings.withdraw.confirm')}
          </Button>
          <Button variant="subtle" size="xs" onClick={() => setOpen(false)}>
            {t('findings.editor.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
