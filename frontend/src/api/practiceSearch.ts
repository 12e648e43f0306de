import { queryOptions } from '@tanstack/react-query';
import { call, param, type PracticeClient } from './client';
import type { PracticeSearchPage } from './types';

export type PracticeSearchSort = 'relevance' | 'recent' | 'transfers';

/** One search: text, facet filters (any value of a facet, every facet), order and page. */
export interface PracticeSearchQuery {
  q?: string;
  theme?: string[];
  targetGroup?: string[];
  town?: string[];
  sdg?: string[];
  outcome?: string[];
  hasTransfers?: boolean;
  sort?: PracticeSearchSort;
  page?: number;
  size?: number;
}

export const practiceSearchKeys = {
  all: ['practices', 'search'] as const,
  search: (q: PracticeSearchQuery) => ['practices', 'search', q] as const,
};

const many = (values: string[] | undefined) => (values && values.length > 0 ? values : undefined);

export async function searchPractices(client: PracticeClient, q: PracticeSearchQuery): Promise<PracticeSearchPage> {
  const query = {
    q: param(q.q),
    theme: many(q.theme),
    targetGroup: many(q.targetGroup),
    town: many(q.town),
    sdg: many(q.sdg),
    outcome: many(q.outcome),
    hasTransfers: q.hasTransfers,
    sort: q.sort,
    page: q.page ?? 0,
    size: q.size ?? 20,
  };
  return call(client.GET('/practice-search', { params: { query } }));
}

export const practiceSearchQuery = (client: PracticeClient, q: PracticeSearchQuery) =>
  queryOptions({ queryKey: practiceSearchKeys.search(q), queryFn: () => searchPractices(client, q) });
