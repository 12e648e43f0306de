import { useDeferredValue, useState } from 'react';
import { Button, Group, Paper, Stack, Tabs, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { call, type PracticeClient } from '../../api/client';
import { practiceSearchQuery } from '../../api/practiceSearch';
import type { CitationKind } from '../../api/types';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { cityName, useCities } from '../../lib/cities';
import { LIMITS } from './limits';

/** A citation as the editor holds it: the kind and id sent, and what it shows of it where known. */
export interface PickedCitation {
  kind: CitationKind;
  id: string;
  label?: string;
  town?: string | null;
}

const recentTransfersQuery = (client: PracticeClient) => ({
  queryKey: ['practices', 'transfers', 'recent-for-citing'] as const,
  queryFn: () => call(client.GET('/transfers', { params: { query: { page: 0, size: 20, sort: 'updatedAt,desc' } } })),
});

/**
 * The evidence of a finding being written: the citations so far (each removable) and two ways to
 * add one: a search of the network's published practices and the latest transfers between towns.
 * The service decides whether the evidence suffices when the finding is published.
 */
export function EvidencePicker({
  value,
  onChange,
  error,
}: {
  value: readonly PickedCitation[];
  onChange: (next: PickedCitation[]) => void;
  error?: string;
}) {
  const { t } = useTranslation();
  const { practice: client } = useApi();
  const cities = useCities();
  const [q, setQ] = useState('');
  const asked = useDeferredValue(q.trim());
  const hits = useQuery({ ...practiceSearchQuery(client, { q: asked, size: 8 }), enabled: asked.length >= 2 });
  const transfers = useQuery(recentTransfersQuery(client));
  const cited = new Set(value.map((c) => c.id));
  const full = value.length >= LIMITS.citations;

  const add = (c: PickedCitation) => onChange([...value, c]);
  const remove = (id: string) => onChange(value.filter((c) => c.id !== id));
  const town = (code: string | null | undefined) =>
    code ? cityName(cities.data, code) : t('findings.evidence.unknownTown');

  // The visible word is the start of the button's name (WCAG 2.5.3), the item named after it for screen readers.
  function citeButton(c: PickedCitation, name: string) {
    return (
      <Button
        size="compact-xs"
        variant="light"
        disabled={cited.has(c.id) || full}
        onClick={() => add(c)}
        data-testid={`cite-${c.id}`}
      >
        {cited.has(c.id) ? t('findings.evidence.cited') : t('findings.evidence.cite')}
        <VisuallyHidden> {name}</VisuallyHidden>
      </Button>
    );
  }

  function practiceResults() {
    if (asked.length < 2) return null;
    if (hits.isPending) return <Loading lines={2} />;
    if (hits.isError) return <ErrorState error={hits.error} onRetry={() => void hits.refetch()} />;
    if (hits.data.items.length === 0)
      return (
        <Text size="sm" c="dimmed">
          {t('findings.evidence.noMatch')}
        </Text>
      );
    return (
      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="practice-hits">
        {hits.data.items.map((h) => (
          <Group key={h.id} component="li" gap="xs" justify="space-between" wrap="nowrap">
            <Text size="sm" lang={h.language ?? undefined}>
              {h.title}{' '}
              <Text span c="dimmed" size="sm">
                · {town(h.city)}
              </Text>
            </Text>
            {citeButton({ kind: 'PRACTICE', id: h.id, label: h.title, town: h.city }, h.title)}
          </Group>
        ))}
      </Stack>
    );
  }

  function transferResults() {
    if (transfers.isPending) return <Loading lines={2} />;
    if (transfers.isError) return <ErrorState error={transfers.error} onRetry={() => void transfers.refetch()} />;
    if (transfers.data.items.length === 0)
      return (
        <Text size="sm" c="dimmed">
          {t('findings.evidence.noTransfers')}
        </Text>
      );
    return (
      <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {transfers.data.items.map((tr) => {
          const name = t('findings.evidence.transferLabel', {
            title: tr.practiceTitle,
            from: town(tr.sourceCity),
            to: town(tr.city),
          });
          return (
            <Group key={tr.id} component="li" gap="xs" justify="space-between" wrap="nowrap">
              <Text size="sm">{name}</Text>
              {citeButton({ kind: 'TRANSFER', id: tr.id, label: name, town: tr.city }, name)}
            </Group>
          );
        })}
      </Stack>
    );
  }

  return (
    <Stack gap="xs" role="group" aria-labelledby="evidence-label" data-testid="evidence-picker">
      <Text fw={500} size="sm" id="evidence-label">
        {t('findings.evidence.title')}
      </Text>
      <Text size="xs" c="dimmed">
        {t('findings.evidence.rule')}
      </Text>
      {value.length === 0 ? (
        <Text size="sm" c="dimmed" data-testid="evidence-empty">
          {t('findings.evidence.none')}
        </Text>
      ) : (
        <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }} data-testid="evidence-cited">
          {value.map((c) => {
            const name = c.label ?? t(`findings.evidence.kinds.${c.kind}`);
            return (
              <Group
                key={c.id}
                component="li"
                gap="xs"
                justify="space-between"
                wrap="nowrap"
                data-testid={`cited-${c.id}`}
              >
                <Text size="sm">
                  {name}{' '}
                  <Text span c="dimmed" size="sm">
                    · {town(c.town)}
                  </Text>
                </Text>
                <Button size="compact-xs" variant="subtle" color="red" onClick={() => remove(c.id)}>
                  {t('findings.evidence.remove')}
                  <VisuallyHidden> {name}</VisuallyHidden>
                </Button>
              </Group>
            );
          })}
        </Stack>
      )}
      {error && (
        <Text size="sm" c="red" role="alert" data-testid="evidence-error">
          {error}
        </Text>
      )}
      <Paper withBorder p="sm">
        <Tabs defaultValue="practices" keepMounted={false}>
          <Tabs.List>
            <Tabs.Tab value="practices">{t('findings.evidence.practices')}</Tabs.Tab>
            <Tabs.Tab value="transfers" data-testid="tab-transfers">
              {t('findings.evidence.transfers')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="practices" pt="xs">
            <Stack gap="xs">
              <TextInput
                label={t('findings.evidence.search')}
                value={q}
                onChange={(e) => setQ(e.currentTarget.value)}
                data-testid="evidence-search"
              />
              {practiceResults()}
            </Stack>
          </Tabs.Panel>
          <Tabs.Panel value="transfers" pt="xs">
            {transferResults()}
          </Tabs.Panel>
        </Tabs>
      </Paper>
    </Stack>
  );
}
