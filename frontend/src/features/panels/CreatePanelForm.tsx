import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { createPanel, panelKeys } from '../../api/panels';
import type { CreatedPanel } from '../../api/types';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/fieldErrors';

/** Creates a panel in `city`; the service's per-field violations appear next to the fields. */
export function CreatePanelForm({ city, onCreated }: { city: string; onCreated: (panel: CreatedPanel) => void }) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const mutation = useMutation({
    mutationFn: (body: { city: string; name: string; description: string | null }) => createPanel(client, body),
    onSuccess: async (created) => {
      setName('');
      setDescription('');
      notifySuccess(t('panels.create.done', { name: created.name }));
      await queryClient.invalidateQueries({ queryKey: panelKeys.all });
      onCreated(created);
    },
  });

  function submit(e: FormEvent) {
    e.preventDefault();
    const checks: Record<string, string> = {};
    if (name.trim() === '') checks.name = t('validation.required');
    setLocal(checks);
    mutation.reset();
    if (Object.keys(checks).length > 0) return;
    mutation.mutate({ city, name: name.trim(), description: description.trim() === '' ? null : description.trim() });
  }

  const error = mutation.error ?? undefined;
  return (
    <form onSubmit={submit} aria-labelledby="create-panel-title" data-testid="create-panel-form" noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4" id="create-panel-title">
          {t('panels.create.title')}
        </Title>
        {error && <ProblemAlert error={error} showViolations={false} focusOnShow testId="create-panel-error" />}
        <TextInput
          label={t('panels.fields.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError('name', error, local)}
          required
          maxLength={200}
          data-testid="panel-name"
        />
        <Textarea
          label={t('panels.fields.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError('description', error, local)}
          autosize
          minRows={2}
          data-testid="panel-description"
        />
        <Group>
          <Button type="submit" loading={mutation.isPending} data-testid="create-panel-submit">
            {t('panels.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
