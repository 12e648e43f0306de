import { Anchor, Badge, Button, Card, Grid, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { keepPreviousData, useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { practiceSearchQuery, type PracticeSearchSort } from '../../api/practiceSearch';
import type { PracticeSearchHit, PracticeSearchPage as SearchPage } from '../../api/types';
import { EmptyState } from '../../components/EmptyState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { PagingControls } from '../../components/PagingControls';
import { ProblemAlert } from '../../components/ProblemAlert';
import { cityName, useCities } from '../../lib/cities';
import { formatDate } from '../../lib/format';
import { usePageParam } from '../../lib/paging';
import { FACETS, PracticeSearchFacets, type Selection } from './PracticeSearchFacets';
import { facetValueLabel, type FacetName } from './labels';

export const PRACTICE_SEARCH_PAGE_SIZE = 10;

/** The URL parameter of each facet (the API's names: ?theme=HOUSING&town=tartu). */
const PARAM: Record<FacetName, string> = {
  themes: 'theme',
  targetGroups: 'targetGroup',
  towns: 'town',
  sdgTargets: 'sdg',
  outcomes: 'outcome',
  hasTransfers: 'hasTransfers',
};
const SORTS: PracticeSearchSort[] = ['relevance', 'recent', 'transfers'];

/**
 * Public full-text search of the published practices, in every language, with facet counts. The
 * whole search lives in the URL (?q=welcome&theme=HOUSING&sort=recent&page=2), so it can be shared.
 */
export function PracticeSearchPage() {
  const { t } = useTranslation();
  const { practice } = useApi();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = usePageParam();
  const cities = useCities();
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);
  const sortParam = params.get('sort');
  const sort: PracticeSearchSort = SORTS.includes(sortParam as PracticeSearchSort)
    ? (sortParam as PracticeSearchSort)
    : 'relevance';
  const selection = Object.fromEntries(FACETS.map((f) => [f, params.getAll(PARAM[f])])) as Selection;
  const hasTransfers = selection.hasTransfers.length === 1 ? selection.hasTransfers[0] === 'true' : undefined;

  const results = useQuery({
    ...practiceSearchQuery(practice, {
      q: q || undefined,
      theme: selection.themes,
      targetGroup: selection.targetGroups,
      town: selection.towns,
      sdg: selection.sdgTargets,
      outcome: selection.outcomes,
      hasTransfers,
      sort,
      page,
      size: PRACTICE_SEARCH_PAGE_SIZE,
    }),
    placeholderData: keepPreviousData,
  });
  const townName = (code: string) => cityName(cities.data, code);

  /** A new search or filter starts again at the first page. */
  function update(change: (p: URLSearchParams) => void) {
    setParams((current) => {
      const p = new URLSearchParams(current);
      change(p);
      p.delete('page');
      return p;
    });
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    update((p) => {
      if (draft.trim()) p.set('q', draft.trim());
      else p.delete('q');
    });
  }

  function choose(facet: FacetName, values: string[]) {
    update((p) => {
      p.delete(PARAM[facet]);
      // Both "with" and "without transfers" is no filter at all.
      const kept = facet === 'hasTransfers' && values.length > 1 ? [] : values;
      kept.forEach((v) => p.append(PARAM[facet], v));
    });
  }

  function clear() {
    update((p) => FACETS.forEach((f) => p.delete(PARAM[f])));
  }

  return (
    <Stack gap="md">
      <PageHeader
        title={t('practiceSearch.title')}
        crumbs={[
          { label: t('nav.home'), to: '/' },
          { label: t('nav.practices'), to: '/practices' },
        ]}
        lead={t('practiceSearch.intro')}
      />
      <form role="search" onSubmit={submit} aria-label={t('practiceSearch.title')}>
        <Group align="flex-end" gap="sm" wrap="wrap">
          <TextInput
            type="search"
            label={t('practiceSearch.queryLabel')}
            description={t('practiceSearch.queryHint')}
            placeholder={t('practiceSearch.queryPlaceholder')}
            value={draft}
            onChange={(e) => setDraft(e.currentTarget.value)}
            maxLength={200}
            style={{ flex: '1 1 16rem' }}
            data-testid="practice-search-input"
          />
          <Button type="submit" data-testid="practice-search-submit">
            {t('practiceSearch.submit')}
          </Button>
        </Group>
      </form>
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, sm: 4 }}>
          <Stack gap="md">
            <NativeSelect
              label={t('practiceSearch.sort.label')}
              value={sort}
              onChange={(e) =>
                update((p) => {
                  if (e.currentTarget.value === 'relevance') p.delete('sort');
                  else p.set('sort', e.currentTarget.value);
                })
              }
              data={SORTS.map((s) => ({ value: s, label: t(`practiceSearch.sort.${s}`) }))}
              data-testid="practice-search-sort"
            />
            <PracticeSearchFacets
              facets={results.data?.facets}
              selection={selection}
              onChange={choose}
              onClear={clear}
              townName={townName}
            />
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, sm: 8 }}>
          <Results query={results} onPage={setPage} townName={townName} />
        </Grid.Col>
      </Grid>
    </Stack>
  );
}

function Results({
  query,
  onPage,
  townName,
}: {
  query: UseQueryResult<SearchPage>;
  onPage: (page: number) => void;
  townName: (code: string) => string;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading label={t('practiceSearch.searching')} />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const result = query.data;
  return (
    <Stack gap="sm" aria-busy={query.isFetching}>
      <Text size="sm" aria-live="polite" data-testid="practice-search-total">
        {t('practiceSearch.found', { count: result.totalItems })}
      </Text>
      {result.items.length === 0 ? (
        <EmptyState title={t('practiceSearch.empty.title')} testId="practice-search-empty">
          {t('practiceSearch.empty.text')}
        </EmptyState>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('practiceSearch.results')}
        >
          {result.items.map((hit) => (
            <Hit key={hit.id} hit={hit} townName={townName} />
          ))}
        </Stack>
      )}
      <PagingControls
        page={result.page}
        totalPages={result.totalPages}
        totalItems={result.totalItems}
        onChange={onPage}
        label={t('practiceSearch.paging')}
      />
    </Stack>
  );
}

function Hit({ hit, townName }: { hit: PracticeSearchHit; townName: (code: string) => string }) {
  const { t } = useTranslation();
  return (
    <Card withBorder component="li" padding="md" data-testid="practice-search-hit" data-city={hit.city}>
      <Anchor component={Link} to={`/practices/${hit.id}`} fw={600} size="lg">
        {hit.title}
      </Anchor>
      <Text size="sm" c="dimmed">
        {[
          townName(hit.city),
          t('practiceSearch.published', { date: formatDate(hit.publishedAt) }),
          hit.transferCount > 0 ? t('practiceSearch.transfers', { count: hit.transferCount }) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {hit.summary && (
        <Text size="sm" mt={4} lineClamp={3}>
          {hit.summary}
        </Text>
      )}
      {hit.themes.length > 0 && (
        <Group gap={4} mt={6}>
          {hit.themes.map((theme) => (
            <Badge key={theme} variant="light" size="sm">
              {facetValueLabel(t, 'themes', theme, townName)}
            </Badge>
          ))}
        </Group>
      )}
    </Card>
  );
}
