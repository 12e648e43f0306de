import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/fieldErrors';
import type { MeasurementBody } from './api';

function today(): string {
  const d = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** A dated value with its source and an optional note. */
export function MeasurementForm({
  pending,
  error,
  onSubmit,
  onCancel,
}: {
  pending: boolean;
  error: unknown;
  onSubmit: (body: MeasurementBody) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [measuredOn, setMeasuredOn] = useState(today());
  const [value, setValue] = useState('');
  const [source, setSource] = useState('');
  const [note, setNote] = useState('');
  const [local, setLocal] = useState<Record<string, string>>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const checks: Record<string, string> = {};
    if (measuredOn === '') checks.measuredOn = t('validation.required');
    else if (measuredOn > today()) checks.measuredOn = t('indicators.form.notFuture');
    if (value.trim() === '' || Number.isNaN(Number(value))) checks.value = t('indicators.form.number');
    if (source.trim() === '') checks.source = t('validation.required');
    setLocal(checks);
    if (Object.keys(checks).length > 0) return;
    onSubmit({
      measuredOn,
      value: Number(value),
      source: source.trim(),
      note: note.trim() === '' ? null : note.trim(),
    });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={t('indicators.measure')} data-testid="measurement-form">
      <Stack gap="sm">
        {error !== undefined && error !== null && <ProblemAlert error={error} showViolations={false} focusOnShow />}
        <Group grow align="flex-start">
          <TextInput
            type="date"
            label={t('indicators.fields.measuredOn')}
            value={measuredOn}
            max={today()}
            onChange={(e) => setMeasuredOn(e.currentTarget.value)}
            error={fieldError('measuredOn', error, local)}
            required
            data-testid="measurement-date"
          />
          <TextInput
            type="number"
            step="any"
            label={t('indicators.fields.value')}
            value={value}
            onChange={(e) => setValue(e.currentTarget.value)}
            error={fieldError('value', error, local)}
            required
            data-testid="measurement-value"
          />
        </Group>
        <TextInput
          label={t('indicators.fields.source')}
          value={source}
          onChange={(e) => setSource(e.currentTarget.value)}
          error={fieldError('source', error, local)}
          maxLength={200}
          required
          data-testid="measurement-source"
        />
        <TextInput
          label={t('indicators.fields.note')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          error={fieldError('note', error, local)}
          maxLength={1000}
          data-testid="measurement-note"
        />
        <Group gap="sm">
          <Button type="submit" loading={pending} data-testid="measurement-submit">
            {t('indicators.measure')}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('indicators.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
