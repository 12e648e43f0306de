import { useState, type FormEvent } from 'react';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { eraseMember } from '../../api/privacy';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/fieldErrors';

/**
 * Erases a member's personal data on request (GDPR Art. 17), after a confirmation that asks for
 * the reason. For the member list: `allowed` is whether the list's `allowedActions` hold
 * ERASE_MEMBER; without it nothing is drawn.
 */
export function EraseMemberButton({
  panelId,
  memberId,
  allowed,
  memberName,
}: {
  panelId: string;
  memberId: string;
  allowed: boolean;
  /** Shown in the dialog, so the coordinator sees whom they erase. */
  memberName?: string;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const erase = useMutation({
    mutationFn: () => eraseMember(api.panel, panelId, memberId, reason.trim()),
    onSuccess: async () => {
      notifySuccess(t('privacy.erase.done'));
      close();
      await queryClient.invalidateQueries({ queryKey: ['panels'] });
    },
  });

  function close() {
    setOpen(false);
    setReason('');
    setLocal({});
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const checks: Record<string, string> = reason.trim() === '' ? { reason: t('validation.required') } : {};
    setLocal(checks);
    if (Object.keys(checks).length === 0) erase.mutate();
  }

  if (!allowed) return null;
  return (
    <>
      <Button
        variant="subtle"
        color="red"
        size="xs"
        onClick={() => setOpen(true)}
        data-testid="erase-member"
        // The accessible name starts with the visible text (WCAG 2.5.3), then names the member.
        aria-label={memberName ? `${t('privacy.erase.button')}: ${memberName}` : undefined}
      >
        {t('privacy.erase.button')}
      </Button>
      <Modal
        opened={open}
        onClose={close}
        title={t('privacy.erase.title')}
        closeButtonProps={{ 'aria-label': t('common.close') }}
      >
        <form onSubmit={submit} noValidate data-testid="erase-form">
          <Stack>
            {memberName && <Text fw={600}>{memberName}</Text>}
            <Text size="sm">{t('privacy.erase.text')}</Text>
            {erase.error && <ProblemAlert error={erase.error} showViolations={false} focusOnShow />}
            <Textarea
              label={t('privacy.erase.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError('reason', erase.error, local)}
              required
              maxLength={1000}
              autosize
              minRows={2}
              data-testid="erase-reason"
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close} disabled={erase.isPending}>
                {t('common.cancel')}
              </Button>
              <Button type="submit" color="red" loading={erase.isPending} data-testid="erase-confirm">
                {t('privacy.erase.confirm')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
    </>
  );
}
