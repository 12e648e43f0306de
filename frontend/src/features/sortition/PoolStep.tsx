import { useState, type FormEvent } from 'react';
import { Button, FileInput, Group, NativeSelect, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { notifySuccess } from '../../components/notify';
import { ProblemAlert } from '../../components/ProblemAlert';
import { ScrollRegion } from '../../components/ScrollRegion';
import { allowedActions } from '../../lib/permissions';
import { addCandidate, candidatesQuery, importCsv, isSortitionProblem, sortitionKeys, type Pool } from './api';
import { CsvIssues } from './CsvIssues';
import { CATEGORIES, POPULATION_GROUPS } from './labels';

/** Step 1: the candidates, from a candidates CSV or one by one, with consent for population groups. */
export function PoolStep({ panelId, pool }: { panelId: string; pool: Pool }) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const queryClient = useQueryClient();
  const actions = allowedActions(pool);
  const candidates = useQuery(candidatesQuery(client, panelId));
  const [file, setFile] = useState<File | null>(null);
  const upload = useMutation({
    mutationFn: async (f: File) => importCsv(client, panelId, pool.version, 'candidates', await f.text()),
    onSuccess: async (changed) => {
      notifySuccess(t('sortition.pool.imported', { count: changed.candidateCount }));
      setFile(null);
      await queryClient.invalidateQueries({ queryKey: sortitionKeys.all(panelId) });
    },
  });

  return (
    <Stack gap="md">
      <Text>{t('sortition.pool.intro')}</Text>
      <Text data-testid="candidate-count" fw={600}>
        {t('sortition.pool.count', { count: pool.candidateCount })}
      </Text>
      {actions.has('IMPORT_POOL') && (
        <Stack gap="xs" component="section" aria-labelledby="pool-upload-title">
          <Title order={3} size="h4" id="pool-upload-title">
            {t('sortition.pool.uploadTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('sortition.pool.uploadHelp')}
          </Text>
          <Group align="flex-end">
            <FileInput
              label={t('sortition.pool.file')}
              accept=".csv,text/csv"
              value={file}
              onChange={setFile}
              clearable
              clearButtonProps={{ 'aria-label': t('sortition.clearFile') }}
              data-testid="candidates-file"
              style={{ flex: 1, minWidth: 200 }}
            />
            <Button
              onClick={() => file && upload.mutate(file)}
              disabled={!file}
              loading={upload.isPending}
              data-testid="candidates-upload"
            >
              {t('sortition.pool.upload')}
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
      {actions.has('MANAGE_POOL') && <AddCandidateForm panelId={panelId} />}
      {candidates.isPending ? (
        <Loading />
      ) : candidates.isError ? (
        <ProblemAlert error={candidates.error} onRetry={() => void candidates.refetch()} />
      ) : candidates.data.items.length === 0 ? (
        <EmptyState title={t('sortition.pool.empty.title')}>{t('sortition.pool.empty.text')}</EmptyState>
      ) : (
        <ScrollRegion label={t('sortition.pool.tableLabel')}>
          <Table striped data-testid="candidate-table">
            <Table.Caption>
              {t('sortition.pool.tableCaption', {
                shown: candidates.data.items.length,
                total: candidates.data.totalItems,
              })}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('sortition.pool.name')}</Table.Th>
                <Table.Th scope="col">{t('sortition.pool.features')}</Table.Th>
                <Table.Th scope="col">{t('sortition.pool.consent')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {candidates.data.items.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td>{c.displayName}</Table.Td>
                  <Table.Td>
                    {Object.entries(c.features)
                      .map(([k, v]) => `${k}: ${v}`)
                      .join(', ')}
                  </Table.Td>
                  <Table.Td>{c.consentTextVersion ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Stack>
  );
}

/** "gender=female" lines into a feature map; blank lines are skipped. */
function parseFeatures(text: string): Record<string, string> {
  const features: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const at = line.indexOf('=');
    if (at > 0) features[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  return features;
}

function AddCandidateForm({ panelId }: { panelId: string }) {
  const { t } = useTranslation();
  const { panel: client } = useApi();
  const queryClient = useQueryClient();
  const [name, setName] = useState('');
  const [category, setCategory] = useState<string>(CATEGORIES[0]);
  const [group, setGroup] = useState('');
  const [consent, setConsent] = useState('');
  const [other, setOther] = useState('');
  const add = useMutation({
    mutationFn: () =>
      addCandidate(client, panelId, {
        displayName: name,
        features: {
          ...parseFeatures(other),
          category,
          ...(group ? { population_group: group } : {}),
        },
        consentTextVersion: consent.trim() === '' ? null : consent.trim(),
      }),
    onSuccess: async (c) => {
      notifySuccess(t('sortition.add.done', { name: c.displayName }));
      setName('');
      setGroup('');
      setConsent('');
      setOther('');
      await queryClient.invalidateQueries({ queryKey: sortitionKeys.all(panelId) });
    },
  });
  function submit(e: FormEvent) {
    e.preventDefault();
    add.mutate();
  }
  return (
    <Stack
      gap="xs"
      component="form"
      onSubmit={submit}
      aria-labelledby="add-candidate-title"
      data-testid="add-candidate-form"
    >
      <Title order={3} size="h4" id="add-candidate-title">
        {t('sortition.add.title')}
      </Title>
      <TextInput
        label={t('sortition.add.name')}
        value={name}
        onChange={(e) => setName(e.currentTarget.value)}
        required
      />
      <NativeSelect
        label={t('sortition.add.category')}
        value={category}
        onChange={(e) => setCategory(e.currentTarget.value)}
        data={CATEGORIES.map((c) => ({ value: c, label: t(`sortition.categories.${c}`) }))}
      />
      <NativeSelect
        label={t('sortition.add.group')}
        description={t('sortition.add.groupHelp')}
        value={group}
        onChange={(e) => setGroup(e.currentTarget.value)}
        data={[
          { value: '', label: t('sortition.add.noGroup') },
          ...POPULATION_GROUPS.map((g) => ({ value: g, label: t(`sortition.groups.${g}`) })),
        ]}
      />
      {group !== '' && (
        <TextInput
          label={t('sortition.add.consent')}
          description={t('sortition.add.consentHelp')}
          value={consent}
          onChange={(e) => setConsent(e.currentTarget.value)}
          required
        />
      )}
      <Textarea
        label={t('sortition.add.other')}
        description={t('sortition.add.otherHelp')}
        value={other}
        onChange={(e) => setOther(e.currentTarget.value)}
        autosize
        minRows={2}
      />
      {add.error && <ProblemAlert error={add.error} focusOnShow />}
      <Group>
        <Button type="submit" loading={add.isPending} data-testid="add-candidate-submit">
          {t('sortition.add.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
