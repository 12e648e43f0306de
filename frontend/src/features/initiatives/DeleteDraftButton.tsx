import { useState } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { deleteInitiative, initiativeKeys } from '../../api/initiatives';
import type { Initiative } from '../../api/types';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { townPath } from '../../lib/crumbs';

/** Deletes a draft after a confirmation, then returns to the town's initiatives. */
export function DeleteDraftButton({ initiative }: { initiative: Initiative }) {
  const { t } = useTranslation();
  const { initiative: client } = useApi();
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [confirming, setConfirming] = useState(false);
  const mutation = useMutation({
    mutationFn: () => deleteInitiative(client, initiative.id, initiative.version),
    onSuccess: async () => {
      notifySuccess(t('initiativeContent.delete.done'));
      queryClient.removeQueries({ queryKey: initiativeKeys.detail(initiative.id) });
      await queryClient.invalidateQueries({ queryKey: initiativeKeys.all, refetchType: 'active' });
      void navigate(townPath(initiative.city, 'initiatives'));
    },
  });
  if (!confirming) {
    return (
      <Button variant="light" color="red" onClick={() => setConfirming(true)} data-testid="delete-initiative">
        {t('initiativeContent.delete.button')}
      </Button>
    );
  }
  return (
    <Stack gap="xs" role="group" aria-label={t('initiativeContent.delete.button')}>
      {mutation.error && <ProblemAlert error={mutation.error} showViolations={false} focusOnShow />}
      <Text size="sm">{t('initiativeContent.delete.confirm')}</Text>
      <Group>
        <Button
          color="red"
          loading={mutation.isPending}
          onClick={() => mutation.mutate()}
          data-testid="delete-initiative-confirm"
        >
          {t('initiativeContent.delete.yes')}
        </Button>
        <Button variant="default" onClick={() => setConfirming(false)}>
          {t('initiativeContent.edit.cancel')}
        </Button>
      </Group>
    </Stack>
  );
}
