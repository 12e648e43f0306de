import { useState, type FormEvent } from 'react';
import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ProblemAlert } from '../../components/ProblemAlert';
import { fieldError } from '../../lib/fieldErrors';
import { DIRECTIONS, type Direction, type Indicator, type IndicatorBody } from './api';

/** Name, unit, baseline, target and direction: the one form to define and to change an indicator. */
export function IndicatorForm({
  indicator,
  pending,
  error,
  submitLabel,
  onSubmit,
  onCancel,
}: {
  indicator?: Indicator;
  pending: boolean;
  error: unknown;
  submitLabel: string;
  onSubmit: (body: IndicatorBody) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [name, setName] = useState(indicator?.name ?? '');
  const [unit, setUnit] = useState(indicator?.unit ?? '');
  const [baseline, setBaseline] = useState(indicator ? String(indicator.baseline) : '');
  const [target, setTarget] = useState(indicator ? String(indicator.target) : '');
  const [direction, setDirection] = useState<Direction>(indicator?.direction ?? 'HIGHER_IS_BETTER');
  const [local, setLocal] = useState<Record<string, string>>({});

  function submit(e: FormEvent) {
    e.preventDefault();
    const checks: Record<string, string> = {};
    if (name.trim() === '') checks.name = t('validation.required');
    if (unit.trim() === '') checks.unit = t('validation.required');
    const b = Number(baseline);
    const tg = Number(target);
    if (baseline.trim() === '' || Number.isNaN(b)) checks.baseline = t('indicators.form.number');
    if (target.trim() === '' || Number.isNaN(tg)) checks.target = t('indicators.form.number');
    else if (!checks.baseline && (direction === 'HIGHER_IS_BETTER' ? tg <= b : tg >= b))
      checks.target = t(
        direction === 'HIGHER_IS_BETTER' ? 'indicators.form.targetAbove' : 'indicators.form.targetBelow',
      );
    setLocal(checks);
    if (Object.keys(checks).length > 0) return;
    onSubmit({ name: name.trim(), unit: unit.trim(), baseline: b, target: tg, direction });
  }

  return (
    <form onSubmit={submit} noValidate aria-label={submitLabel} data-testid="indicator-form">
      <Stack gap="sm">
        {error !== undefined && error !== null && <ProblemAlert error={error} showViolations={false} focusOnShow />}
        <TextInput
          label={t('indicators.fields.name')}
          value={name}
          onChange={(e) => setName(e.currentTarget.value)}
          error={fieldError('name', error, local)}
          maxLength={200}
          required
          data-testid="indicator-name"
        />
        <TextInput
          label={t('indicators.fields.unit')}
          value={unit}
          onChange={(e) => setUnit(e.currentTarget.value)}
          error={fieldError('unit', error, local)}
          maxLength={40}
          required
          data-testid="indicator-unit"
        />
        <Group grow align="flex-start">
          <TextInput
            type="number"
            step="any"
            label={t('indicators.fields.baseline')}
            value={baseline}
            onChange={(e) => setBaseline(e.currentTarget.value)}
            error={fieldError('baseline', error, local)}
            required
            data-testid="indicator-baseline"
          />
          <TextInput
            type="number"
            step="any"
            label={t('indicators.fields.target')}
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value)}
            error={fieldError('target', error, local)}
            required
            data-testid="indicator-target"
          />
        </Group>
        <NativeSelect
          label={t('indicators.fields.direction')}
          value={direction}
          onChange={(e) => setDirection(e.currentTarget.value as Direction)}
          data={DIRECTIONS.map((d) => ({ value: d, label: t(`indicators.directions.${d}`) }))}
          data-testid="indicator-direction"
        />
        <Group gap="sm">
          <Button type="submit" loading={pending} data-testid="indicator-submit">
            {submitLabel}
          </Button>
          <Button variant="default" onClick={onCancel}>
            {t('indicators.form.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
