import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { panelKeys } from '../../api/panels';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { LANGUAGES } from '../../i18n/languages';
import { fieldError } from '../../lib/fieldErrors';
import { editPanel, type EditPanelBody, type PanelDetail } from './panelApi';

/**
 * Name, description, term and the mandate in the languages the town writes it in (one at least).
 * The edit is based on the version read (If-Match): a stale one shows the service's problem.
 */
export function PanelEditForm({ panel, onDone }: { panel: PanelDetail; onDone: () => void }) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const queryClient = useQueryClient();
  const [name, setName] = useState(panel.name);
  const [description, setDescription] = useState(panel.description ?? '');
  const [termStart, setTermStart] = useState(panel.termStart ?? '');
  const [termEnd, setTermEnd] = useState(panel.termEnd ?? '');
  const [mandate, setMandate] = useState<Record<string, string>>(
    Object.keys(panel.mandate).length > 0 ? { ...panel.mandate } : { en: '' },
  );
  const [local, setLocal] = useState<Record<string, string>>({});
  const save = useMutation({
    mutationFn: (body: EditPanelBody) => editPanel(client, panel.id, panel.version, body),
    onSuccess: async () => {
      notifySuccess(t('panelPage.edit.saved'));
      await queryClient.invalidateQueries({ queryKey: panelKeys.all });
      onDone();
    },
  });
  const unused = LANGUAGES.filter((l) => !(l.code in mandate));

  function submit(e: FormEvent) {
    e.preventDefault();
    const texts = Object.fromEntries(Object.entries(mandate).filter(([, text]) => text.trim() !== ''));
    const checks: Record<string, string> = {};
    if (name.trim() === '') checks.name = t('validation.required');
    if (Object.keys(texts).length === 0) checks.mandate = t('panelPage.edit.mandateHint');
    if ((termStart === '') !== (termEnd === '')) checks.termEnd = t('panelPage.edit.termBoth');
    else if (termStart !== '' && termEnd <= termStart) checks.termEnd = t('panelPage.edit.termOrder');
    setLocal(checks);
    save.reset();
    if (Object.keys(checks).length > 0) return;
    save.mutate({
      name: name.trim(),
      description: description.trim() === '' ? null : description.trim(),
      mandate: texts,
      termStart: termStart === '' ? null : termStart,
      termEnd: termEnd === '' ? null : termEnd,
    });
  }

  const error = save.error ?? undefined;
  return (
    <form onSubmit={submit} aria-labelledby="edit-panel-title" data-testid="edit-panel-form" noValidate>
      <Stack gap="sm">
        <Title order={2} size="h4" id="edit-panel-title">
          {t('panelPage.edit.title')}
        </Title>
        {error && <ProblemAlert error={error} showViolations={false} focusOnShow testId="edit-panel-error" />}
        <TextInput
          label={t('panels.fields.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError('name', error, local)}
          required
          maxLength={200}
        />
        <Textarea
          label={t('panels.fields.description')}
          value={description}
          onChange={(e) => setDescription(e.currentTarget.value)}
          error={fieldError('description', error, local)}
          autosize
          minRows={2}
          maxLength={2000}
        />
        <Group grow align="flex-start" wrap="wrap">
          <TextInput
            type="date"
            label={t('panelPage.edit.termStart')}
            value={termStart}
            onChange={(e) => setTermStart(e.currentTarget.value)}
            error={fieldError('termStart', error, local)}
            miw={160}
          />
          <TextInput
            type="date"
            label={t('panelPage.edit.termEnd')}
            value={termEnd}
            onChange={(e) => setTermEnd(e.currentTarget.value)}
            error={fieldError('termEnd', error, local)}
            miw={160}
          />
        </Group>
        {Object.entries(mandate).map(([code, text]) => (
          <Textarea
            key={code}
            lang={code}
            label={t('panelPage.edit.mandateIn', { language: LANGUAGES.find((l) => l.code === code)?.name ?? code })}
            value={text}
            onChange={(e) => {
              const value = e.currentTarget.value;
              setMandate((m) => ({ ...m, [code]: value }));
            }}
            error={
              fieldError(`mandate.${code}`, error) ?? (code === Object.keys(mandate)[0] ? local.mandate : undefined)
            }
            autosize
            minRows={3}
            maxLength={4000}
            data-testid={`mandate-${code}`}
          />
        ))}
        {unused.length > 0 && (
          <Select
            label={t('panelPage.edit.addLanguage')}
            placeholder={t('panelPage.edit.chooseLanguage')}
            data={unused.map((l) => ({ value: l.code, label: l.name }))}
            value={null}
            onChange={(code) => code && setMandate((m) => ({ ...m, [code]: '' }))}
            data-testid="mandate-add-language"
          />
        )}
        <Group>
          <Button type="submit" loading={save.isPending} data-testid="edit-panel-submit">
            {t('panelPage.edit.save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {t('panelPage.edit.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
