import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { practiceKeys, updatePractice } from '../../api/practices';
import { takeValidationStep } from '../../api/validation';
import { PRACTICE_TEXT_FIELDS, type Practice, type PracticeTextField, type UpdatePracticeBody } from '../../api/types';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/fieldErrors';

type Values = Record<PracticeTextField, string>;

const REQUIRED: ReadonlySet<PracticeTextField> = new Set(['title']);

function valuesOf(p: Practice): Values {
  return {
    title: p.title,
    summary: p.summary ?? '',
    context: p.context ?? '',
    approach: p.approach ?? '',
    results: p.results ?? '',
    resources: p.resources ?? '',
    transferability: p.transferability ?? '',
    lessons: p.lessons ?? '',
  };
}

/** Blank optional texts are sent as null (cleared), the title always as text. */
function bodyOf(v: Values): UpdatePracticeBody {
  const opt = (s: string) => (s.trim() === '' ? null : s);
  return {
    title: v.title,
    summary: opt(v.summary),
    context: opt(v.context),
    approach: opt(v.approach),
    results: opt(v.results),
    resources: opt(v.resources),
    transferability: opt(v.transferability),
    lessons: opt(v.lessons),
  };
}

/**
 * Edits a practice's texts. Saving and submitting for validation send the loaded version as
 * If-Match; when it is stale (someone else changed the practice) the user is offered a reload. The
 * service's violations appear next to their fields. Submitting is offered only when the service
 * allows it (the town's coordinator, for a draft or a returned practice).
 */
export function PracticeEditForm({
  practice,
  maySubmit,
  onSubmitted,
  onReload,
}: {
  practice: Practice;
  maySubmit: boolean;
  onSubmitted: (p: Practice) => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<Values>(() => valuesOf(practice));
  const [baseline, setBaseline] = useState<Values>(() => valuesOf(practice));
  const [local, setLocal] = useState<Record<string, string>>({});
  // the version this form's texts are based on: sent as If-Match, advanced by each save
  const [version, setVersion] = useState(practice.version);

  const changed = async (p: Practice) => {
    queryClient.setQueryData(practiceKeys.detail(p.id), p);
    await queryClient.invalidateQueries({ queryKey: practiceKeys.all, refetchType: 'none' });
  };
  const save = useMutation({
    mutationFn: (body: UpdatePracticeBody) => updatePractice(client, practice.id, version, body),
    onSuccess: async (saved) => {
      setBaseline(valuesOf(saved));
      setValues(valuesOf(saved));
      setVersion(saved.version);
      notifySuccess(t('practices.edit.saved'));
      await changed(saved);
    },
  });
  const toValidation = useMutation({
    mutationFn: () => takeValidationStep(client, practice.id, version, 'submit'),
    onSuccess: async (done) => {
      notifySuccess(t('practices.edit.submittedNotice'));
      await changed(done);
      onSubmitted(done);
    },
  });

  const dirty = PRACTICE_TEXT_FIELDS.some((f) => values[f] !== baseline[f]);
  const busy = save.isPending || toValidation.isPending;
  const error = save.error ?? toValidation.error ?? undefined;

  function set(field: PracticeTextField, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const checks: Record<string, string> = {};
    for (const f of REQUIRED) if (values[f].trim() === '') checks[f] = t('validation.required');
    setLocal(checks);
    save.reset();
    toValidation.reset();
    if (Object.keys(checks).length > 0) return;
    save.mutate(bodyOf(values));
  }

  return (
    <form onSubmit={submit} aria-label={t('practices.edit.formLabel')} data-testid="practice-edit-form" noValidate>
      <Stack gap="md">
        {error && (
          <ProblemAlert error={error} showViolations={false} focusOnShow onReload={onReload} testId="practice-error" />
        )}
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
            <Textarea
              key={f}
              {...common}
              onChange={(e) => set(f, e.currentTarget.value)}
              autosize
              minRows={f === 'summary' ? 2 : 3}
            />
          );
        })}
        <Group gap="sm">
          <Button type="submit" loading={save.isPending} disabled={toValidation.isPending} data-testid="practice-save">
            {t('practices.edit.save')}
          </Button>
          {maySubmit && (
            <Button
              color="green"
              onClick={() => toValidation.mutate()}
              loading={toValidation.isPending}
              disabled={dirty || busy}
              data-testid="submit-button"
            >
              {t('practices.edit.submit')}
            </Button>
          )}
          {maySubmit && dirty && (
            <Text size="xs" c="dimmed">
              {t('practices.edit.saveBeforeSubmit')}
            </Text>
          )}
        </Group>
      </Stack>
    </form>
  );
}
