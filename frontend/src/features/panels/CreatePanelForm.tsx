import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import type { CreatedPanel } from '../../api/types';
import { fieldError } from '../../shared/fieldErrors';
import { ProblemAlert, notifySuccess } from '../../shared/ProblemAlert';
import { createPanel } from './api';

/** Creates a panel in `city`; shows the service's per-field violations next to the fields. */
export function CreatePanelForm({ city, onCreated }: { city: string; onCreated: (panel: CreatedPanel) => void }) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const checks: Record<string, string> = {};
    if (name.trim() === '') checks.name = t('validation.required');
    setLocal(checks);
    setError(undefined);
    if (Object.keys(checks).length > 0) return;
    setBusy(true);
    try {
      const created = await createPanel(client, { city, name: name.trim(), description: description.trim() === '' ? null : description.trim() });
      setName('');
      setDescription('');
      notifySuccess(t('panels.create.done', { name: created.name }));
      onCreated(created);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form onSubmit={submit} aria-labelledby="create-panel-title" data-testid="create-panel-form" noValidate>
      <Stack gap="sm">
        <Title order={4} id="create-panel-title">
          {t('panels.create.title')}
        </Title>
        {error !== undefined && <ProblemAlert error={error} showViolations={false} testId="create-panel-error" />}
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
          <Button type="submit" loading={busy} data-testid="create-panel-submit">
            {t('panels.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
