import { useState, type FormEvent } from 'react';
import { Alert, Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { isApiError } from '../../api/problem';
import { PRACTICE_TEXT_FIELDS, type Practice, type PracticeTextField, type UpdatePracticeBody } from '../../api/types';
import { fieldError } from '../../shared/fieldErrors';
import { ProblemAlert, notifySuccess } from '../../shared/ProblemAlert';
import { publishPractice, updatePractice } from './api';

type Values = Record<PracticeTextField, string>;

const REQUIRED: ReadonlySet<PracticeTextField> = new Set(['title']);

function valuesOf(p: Practice): Values {
  return Object.fromEntries(PRACTICE_TEXT_FIELDS.map((f) => [f, p[f] ?? ''])) as Values;
}

/**
 * Edits a practice's texts. Saving and publishing send the loaded version as If-Match; a 409
 * means someone else changed it, and the user is offered a reload. The service's violations
 * appear next to their fields.
 */
export function PracticeEditForm({
  practice,
  onSaved,
  onPublished,
  onReload,
}: {
  practice: Practice;
  onSaved: (p: Practice) => void;
  onPublished: (p: Practice) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const [values, setValues] = useState<Values>(() => valuesOf(practice));
  const [baseline, setBaseline] = useState<Values>(() => valuesOf(practice));
  const [local, setLocal] = useState<Record<string, string>>({});
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState<'save' | 'publish' | null>(null);

  const dirty = PRACTICE_TEXT_FIELDS.some((f) => values[f] !== baseline[f]);
  const stale = isApiError(error) && error.status === 409;
  const published = practice.status === 'PUBLISHED';

  function set(field: PracticeTextField, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
  }

  async function save(e: FormEvent) {
    e.preventDefault();
    const checks: Record<string, string> = {};
    for (const f of REQUIRED) if (values[f].trim() === '') checks[f] = t('validation.required');
    setLocal(checks);
    setError(undefined);
    if (Object.keys(checks).length > 0) return;
    setBusy('save');
    try {
      // blank optional texts are sent as null, the title always as text
      const body = Object.fromEntries(PRACTICE_TEXT_FIELDS.map((f) => [f, REQUIRED.has(f) || values[f].trim() !== '' ? values[f] : null])) as UpdatePracticeBody;
      const saved = await updatePractice(client, practice.id, practice.version, body);
      setBaseline(valuesOf(saved));
      setValues(valuesOf(saved));
      notifySuccess(t('practices.edit.saved'));
      onSaved(saved);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  async function publish() {
    setError(undefined);
    setBusy('publish');
    try {
      const done = await publishPractice(client, practice.id, practice.version);
      notifySuccess(t('practices.edit.publishedNotice'));
      onPublished(done);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(null);
    }
  }

  return (
    <form onSubmit={save} aria-label={t('practices.edit.formLabel')} data-testid="practice-edit-form" noValidate>
      <Stack gap="md">
        {stale && (
          <Alert color="orange" title={t('errors.conflict.title')} role="alert" data-testid="practice-conflict">
            <Stack gap="xs" align="flex-start">
              <Text size="sm">{t('errors.conflict.text')}</Text>
              <Button size="xs" variant="default" onClick={onReload} data-testid="practice-reload">
                {t('common.reload')}
              </Button>
            </Stack>
          </Alert>
        )}
        {error !== undefined && !stale && <ProblemAlert error={error} showViolations={false} testId="practice-error" />}
        {PRACTICE_TEXT_FIELDS.map((f) => {
          const common = {
            label: t(`practices.fields.${f}`),
            value: values[f],
            error: fieldError(f, error, local),
            required: REQUIRED.has(f),
            'data-testid': `practice-field-${f}`,
          };
          return f === 'title' ? (
            <TextInput key={f} {...common} onChange={(e) => set(f, e.currentTarget.value)} />
          ) : (
            <Textarea key={f} {...common} onChange={(e) => set(f, e.currentTarget.value)} autosize minRows={f === 'summary' ? 2 : 3} />
          );
        })}
        <Group gap="sm">
          <Button type="submit" loading={busy === 'save'} disabled={busy === 'publish'} data-testid="practice-save">
            {t('practices.edit.save')}
          </Button>
          {!published && (
            <Button color="green" onClick={publish} loading={busy === 'publish'} disabled={dirty || busy === 'save'} data-testid="publish-button">
              {t('practices.edit.publish')}
            </Button>
          )}
          {!published && dirty && (
            <Text size="xs" c="dimmed">
              {t('practices.edit.saveBeforePublish')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
