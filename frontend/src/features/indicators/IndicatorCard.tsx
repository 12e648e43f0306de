import { useRef, useState } from 'react';
import { Badge, Button, Card, Group, Progress, Stack, Table, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollRegion } from '../../components/ScrollRegion';
import { formatDate } from '../../lib/format';
import { allowedActions } from '../../lib/permissions';
import {
  addMeasurement,
  deleteIndicator,
  editIndicator,
  indicatorKeys,
  removeMeasurement,
  type Indicator,
  type IndicatorBody,
  type MeasurementBody,
  type Trend,
} from './api';
import { formatValue } from './format';
import { IndicatorChart } from './IndicatorChart';
import { IndicatorForm } from './IndicatorForm';
import { MeasurementForm } from './MeasurementForm';

/**
 * One indicator: progress toward its target, the measurements as a chart and as a table, and the
 * controls the service allows (ADD_MEASUREMENT, MANAGE_INDICATORS).
 */
export function IndicatorCard({ indicator }: { indicator: Indicator }) {
  const { t } = useTranslation();
  const api = useApi();
  const queryClient = useQueryClient();
  const can = allowedActions(indicator);
  const [mode, setMode] = useState<'view' | 'measure' | 'edit'>('view');
  const key = useRef(crypto.randomUUID());
  const titleId = `indicator-${indicator.id}`;
  const refresh = () => queryClient.invalidateQueries({ queryKey: indicatorKeys.all(indicator.initiativeId) });

  const measure = useMutation({
    mutationFn: (body: MeasurementBody) => addMeasurement(api.initiative, indicator.id, body, key.current),
    onSuccess: async () => {
      key.current = crypto.randomUUID();
      notifySuccess(t('indicators.measured'));
      setMode('view');
      await refresh();
    },
  });
  const edit = useMutation({
    mutationFn: (body: IndicatorBody) => editIndicator(api.initiative, indicator.id, indicator.version, body),
    onSuccess: async () => {
      notifySuccess(t('indicators.saved'));
      setMode('view');
      await refresh();
    },
  });
  const remove = useMutation({
    mutationFn: (measurementId: string) =>
      removeMeasurement(api.initiative, indicator.id, measurementId, indicator.version),
    onSuccess: refresh,
  });
  const drop = useMutation({
    mutationFn: () => deleteIndicator(api.initiative, indicator.id, indicator.version),
    onSuccess: refresh,
  });

  const p = indicator.progress;
  const percent = p.progressPercent;
  return (
    <Card withBorder component="article" aria-labelledby={titleId} data-testid="indicator-card">
      <Stack gap="sm">
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Title order={3} size="h4" id={titleId}>
            {indicator.name}
          </Title>
          {p.targetMet && (
            <Badge color="green" variant="light" data-testid="indicator-target-met">
              {t('indicators.targetMet')}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('indicators.definition', {
            baseline: formatValue(indicator.baseline),
            target: formatValue(indicator.target),
            unit: indicator.unit,
            direction: t(`indicators.directions.${indicator.direction}`),
          })}
        </Text>
        {percent === null ? (
          <Text size="sm" data-testid="indicator-progress">
            {t('indicators.noMeasurements')}
          </Text>
        ) : (
          <Stack gap={4}>
            <Text size="sm" fw={500} data-testid="indicator-progress">
              {t('indicators.progress', {
                percent: formatValue(percent),
                value: formatValue(p.latestValue),
                unit: indicator.unit,
                date: formatDate(p.latestMeasuredOn),
              })}
              {p.trend && ` · ${t(`indicators.trends.${p.trend as Trend}`)}`}
            </Text>
            <Progress
              value={Math.max(0, Math.min(100, percent))}
              color={p.targetMet ? 'green' : 'teal'}
              aria-label={t('indicators.progressLabel', { name: indicator.name })}
            />
          </Stack>
        )}
        {indicator.measurements.length > 0 && (
          <>
            <IndicatorChart indicator={indicator} />
            <ScrollRegion label={t('indicators.table.caption', { name: indicator.name })}>
              <Table data-testid="indicator-table" striped>
                <Table.Caption>{t('indicators.table.caption', { name: indicator.name })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('indicators.fields.measuredOn')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.fields.value')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.fields.source')}</Table.Th>
                    <Table.Th scope="col">{t('indicators.fields.note')}</Table.Th>
                    {can.has('MANAGE_INDICATORS') && <Table.Th scope="col">{t('indicators.table.actions')}</Table.Th>}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {indicator.measurements.map((m) => (
                    <Table.Tr key={m.id}>
                      <Table.Td>{formatDate(m.measuredOn)}</Table.Td>
                      <Table.Td>
                        {formatValue(m.value)} {indicator.unit}
                      </Table.Td>
                      <Table.Td>{m.source}</Table.Td>
                      <Table.Td>{m.note}</Table.Td>
                      {can.has('MANAGE_INDICATORS') && (
                        <Table.Td>
                          <Button
                            size="xs"
                            variant="subtle"
                            color="red"
                            loading={remove.isPending && remove.variables === m.id}
                            onClick={() => remove.mutate(m.id)}
                            aria-label={t('indicators.removeMeasurement', { date: formatDate(m.measuredOn) })}
                          >
                            {t('indicators.remove')}
                          </Button>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </ScrollRegion>
          </>
        )}
        {(remove.error || drop.error) && (
          <ProblemAlert error={remove.error ?? drop.error} onReload={() => void refresh()} focusOnShow />
        )}
        {mode === 'measure' && (
          <MeasurementForm
            pending={measure.isPending}
            error={measure.error}
            onSubmit={(body) => measure.mutate(body)}
            onCancel={() => setMode('view')}
          />
        )}
        {mode === 'edit' && (
          <IndicatorForm
            indicator={indicator}
            pending={edit.isPending}
            error={edit.error}
            submitLabel={t('indicators.save')}
            onSubmit={(body) => edit.mutate(body)}
            onCancel={() => setMode('view')}
          />
        )}
        {mode === 'view' && (can.has('ADD_MEASUREMENT') || can.has('MANAGE_INDICATORS')) && (
          <Group gap="sm">
            {can.has('ADD_MEASUREMENT') && (
              <Button size="sm" onClick={() => setMode('measure')} data-testid="indicator-measure">
                {t('indicators.measure')}
              </Button>
            )}
            {can.has('MANAGE_INDICATORS') && (
              <>
                <Button size="sm" variant="default" onClick={() => setMode('edit')} data-testid="indicator-edit">
                  {t('indicators.edit')}
                </Button>
                <Button size="sm" variant="subtle" color="red" loading={drop.isPending} onClick={() => drop.mutate()}>
                  {t('indicators.delete')}
                </Button>
              </>
            )}
          </Group>
        )}
      </Stack>
    </Card>
  );
}
