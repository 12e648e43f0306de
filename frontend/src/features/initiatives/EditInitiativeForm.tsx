import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { editInitiative, initiativeKeys } from '../../api/initiatives';
import type { Initiative } from '../../api/types';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { checkDraft, ContentFields, draftOf, toContent } from './ContentFields';

/** Rewrites an initiative's content with the version it was read at (If-Match); translations stay. */
export function EditInitiativeForm({ initiative, onDone }: { initiative: Initiative; onDone: () => void }) {
  const { t } = useTranslation();
  const { initiative: client } = useApi();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState(() => draftOf(initiative));
  const [local, setLocal] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: () =>
      editInitiative(client, initiative.id, initiative.version, {
        ...toContent(draft),
        titleTranslations: initiative.titleTranslations,
        summaryTranslations: initiative.summaryTranslations,
      }),
    onSuccess: async (saved) => {
      notifySuccess(t('initiativeContent.edit.done'));
      queryClient.setQueryData(initiativeKeys.detail(saved.id), saved);
      await queryClient.invalidateQueries({ queryKey: initiativeKeys.all, refetchType: 'active' });
      onDone();
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const checks = checkDraft(draft, t('validation.required'), t('initiativeContent.form.amountInvalid'));
    setLocal(checks);
    mutation.reset();
    if (Object.keys(checks).length > 0) return;
    mutation.mutate();
  }

  const error = mutation.error ?? undefined;
  return (
    <form onSubmit={submit} aria-labelledby="edit-initiative-title" data-testid="edit-initiative-form" noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4" id="edit-initiative-title">
          {t('initiativeContent.edit.title')}
        </Title>
        {error && <ProblemAlert error={error} showViolations={false} focusOnShow testId="edit-initiative-error" />}
        <ContentFields draft={draft} onChange={setDraft} error={error} local={local} idPrefix="edit-initiative" />
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="edit-initiative-submit">
            {t('initiativeContent.edit.submit')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('initiativeContent.edit.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
