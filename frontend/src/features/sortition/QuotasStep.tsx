import { useState } from 'react';
import {
  ActionIcon,
  Button,
  Checkbox,
  FileInput,
  Group,
  NumberInput,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollRegion } from '../../components/ScrollRegion';
import { allowedActions } from '../../lib/permissions';
import { configurePool, importCsv, isSortitionProblem, sortitionKeys, type Pool, type Quota } from './api';
import { CsvIssues } from './CsvIssues';

/** Step 2: seats, the household rule and the quotas (edited here or imported as a features CSV). */
export function QuotasStep({ panelId, pool }: { panelId: string; pool: Pool }) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const queryClient = useQueryClient();
  const actions = allowedActions(pool);
  const editable = actions.has('MANAGE_POOL');
  const [seats, setSeats] = useState<number>(pool.seats);
  const [household, setHousehold] = useState(pool.onePerHousehold);
  const [quotas, setQuotas] = useState<Quota[]>(pool.quotas);
  const [file, setFile] = useState<File | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: sortitionKeys.all(panelId) });
  const save = useMutation({
    mutationFn: () =>
      configurePool(client, panelId, pool.version, {
        seats,
        onePerHousehold: household,
        addressColumns: pool.addressColumns,
        quotas,
      }),
    onSuccess: async () => {
      notifySuccess(t('sortition.quotas.saved'));
      await refresh();
    },
  });
  const upload = useMutation({
    mutationFn: async (f: File) => importCsv(client, panelId, pool.version, 'quotas', await f.text()),
    onSuccess: async (changed) => {
      setQuotas(changed.quotas);
      setFile(null);
      notifySuccess(t('sortition.quotas.imported', { count: changed.quotas.length }));
      await refresh();
    },
  });
  const update = (i: number, change: Partial<Quota>) =>
    setQuotas((qs) => qs.map((q, j) => (j === i ? { ...q, ...change } : q)));

  return (
    <Stack gap="md">
      <Text>{t('sortition.quotas.intro')}</Text>
      <Group align="flex-end">
        <NumberInput
          label={t('sortition.quotas.seats')}
          value={seats}
          onChange={(v) => setSeats(typeof v === 'number' ? v : 0)}
          min={0}
          max={1000}
          disabled={!editable}
          data-testid="seats"
          w={160}
        />
        <Checkbox
          label={t('sortition.quotas.household', { columns: pool.addressColumns.join(', ') || '—' })}
          checked={household}
          onChange={(e) => setHousehold(e.currentTarget.checked)}
          disabled={!editable || pool.addressColumns.length === 0}
        />
      </Group>
      <ScrollRegion label={t('sortition.quotas.tableLabel')}>
        <Table data-testid="quota-table">
          <Table.Caption>{t('sortition.quotas.caption')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('sortition.quotas.feature')}</Table.Th>
              <Table.Th scope="col">{t('sortition.quotas.value')}</Table.Th>
              <Table.Th scope="col">{t('sortition.quotas.min')}</Table.Th>
              <Table.Th scope="col">{t('sortition.quotas.max')}</Table.Th>
              {editable && <Table.Th scope="col">{t('sortition.quotas.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {quotas.map((q, i) => (
              <Table.Tr key={i}>
                <Table.Td>
                  <TextInput
                    aria-label={t('sortition.quotas.featureOf', { n: i + 1 })}
                    value={q.feature}
                    onChange={(e) => update(i, { feature: e.currentTarget.value })}
                    disabled={!editable}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>
                  <TextInput
                    aria-label={t('sortition.quotas.valueOf', { n: i + 1 })}
                    value={q.value}
                    onChange={(e) => update(i, { value: e.currentTarget.value })}
                    disabled={!editable}
                    size="xs"
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t('sortition.quotas.minOf', { n: i + 1 })}
                    value={q.min}
                    onChange={(v) => update(i, { min: typeof v === 'number' ? v : 0 })}
                    min={0}
                    disabled={!editable}
                    size="xs"
                    w={80}
                  />
                </Table.Td>
                <Table.Td>
                  <NumberInput
                    aria-label={t('sortition.quotas.maxOf', { n: i + 1 })}
                    value={q.max}
                    onChange={(v) => update(i, { max: typeof v === 'number' ? v : 0 })}
                    min={0}
                    disabled={!editable}
                    size="xs"
                    w={80}
                  />
                </Table.Td>
                {editable && (
                  <Table.Td>
                    <ActionIcon
                      variant="subtle"
                      color="red"
                      aria-label={t('sortition.quotas.remove', { n: i + 1 })}
                      onClick={() => setQuotas((qs) => qs.filter((_, j) => j !== i))}
                    >
                      {'×'}
                    </ActionIcon>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollRegion>
      {editable && (
        <Group>
          <Button
            variant="default"
            onClick={() => setQuotas((qs) => [...qs, { feature: '', value: '', min: 0, max: 1 }])}
          >
            {t('sortition.quotas.add')}
          </Button>
          <Button onClick={() => save.mutate()} loading={save.isPending} data-testid="quotas-save">
            {t('sortition.quotas.save')}
          </Button>
        </Group>
      )}
      {save.error && <ProblemAlert error={save.error} focusOnShow onReload={() => void refresh()} />}
      {actions.has('IMPORT_POOL') && (
        <Stack gap="xs" component="section" aria-labelledby="quota-upload-title">
          <Title order={3} size="h4" id="quota-upload-title">
            {t('sortition.quotas.uploadTitle')}
          </Title>
          <Group align="flex-end">
            <FileInput
              label={t('sortition.quotas.file')}
              accept=".csv,text/csv"
              value={file}
              onChange={setFile}
              clearable
              clearButtonProps={{ 'aria-label': t('sortition.clearFile') }}
              data-testid="quotas-file"
              style={{ flex: 1, minWidth: 200 }}
            />
            <Button
              onClick={() => file && upload.mutate(file)}
              disabled={!file}
              loading={upload.isPending}
              data-testid="quotas-upload"
            >
              {t('sortition.quotas.upload')}
            </Button>
          </Group>
          {upload.error && (
            <>
              <ProblemAlert error={upload.error} focusOnShow showViolations={false} />
              {isSortitionProblem(upload.error) && <CsvIssues issues={upload.error.issues} />}
            </>
          )}
        </Stack>
      )}
    </Stack>
  );
}
