import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { createInitiative, initiativeKeys } from '../../api/initiatives';
import type { Initiative, Panel } from '../../api/types';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/fieldErrors';
import { checkDraft, ContentFields, emptyDraft, toContent } from './ContentFields';

/** Creates an initiative of one of the town's panels. */
export function CreateInitiativeForm({
  panels,
  onCreated,
}: {
  panels: Panel[];
  onCreated: (initiative: Initiative) => void;
}) {
  const { t } = useTranslation();
  const { initiative: client } = useApi();
  const queryClient = useQueryClient();
  const [panelId, setPanelId] = useState('');
  const [draft, setDraft] = useState(() => emptyDraft());
  const [local, setLocal] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: () => createInitiative(client, { panelId, ...toContent(draft) }),
    onSuccess: async (created) => {
      setDraft(emptyDraft(draft.language));
      notifySuccess(t('initiatives.create.done', { title: created.title }));
      queryClient.setQueryData(initiativeKeys.detail(created.id), created);
      await queryClient.invalidateQueries({ queryKey: initiativeKeys.all, refetchType: 'active' });
      onCreated(created);
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const checks = checkDraft(draft, t('validation.required'), t('initiativeContent.form.amountInvalid'));
    if (panelId === '') checks.panelId = t('validation.choosePanel');
    setLocal(checks);
    mutation.reset();
    if (Object.keys(checks).length > 0) return;
    mutation.mutate();
  }

  const error = mutation.error ?? undefined;
  return (
    <form onSubmit={submit} aria-labelledby="create-initiative-title" data-testid="create-initiative-form" noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4" id="create-initiative-title">
          {t('initiatives.create.title')}
        </Title>
        {error && <ProblemAlert error={error} showViolations={false} focusOnShow testId="create-initiative-error" />}
        <NativeSelect
          label={t('initiatives.fields.panel')}
          value={panelId}
          onChange={(e) => setPanelId(e.currentTarget.value)}
          data={[
            { value: '', label: t('initiatives.create.choosePanel') },
            ...panels.map((p) => ({ value: p.id, label: p.name })),
          ]}
          error={fieldError('panelId', error, local)}
          required
          data-testid="initiative-panel"
        />
        <ContentFields draft={draft} onChange={setDraft} error={error} local={local} idPrefix="initiative" />
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="create-initiative-submit">
            {t('initiatives.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
