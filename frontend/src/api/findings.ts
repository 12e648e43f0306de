import { queryOptions } from '@tanstack/react-query';
import { call, type PracticeClient } from './client';
import type { FindingPage, RecommendationPage } from './types';

/** Query keys of findings and recommendations: a change invalidates everything under `all`. */
export const findingKeys = {
  all: ['findings'] as const,
  published: (size: number) => ['findings', 'published', size] as const,
  recommendations: (size: number) => ['findings', 'recommendations', size] as const,
};

/** The latest published common findings, newest first (anyone may read them). */
export async function listPublishedFindings(client: PracticeClient, size: number): Promise<FindingPage> {
  const query = { status: 'PUBLISHED' as const, page: 0, size, sort: 'publishedAt,desc' };
  return call(client.GET('/findings', { params: { query } }));
}

/** The latest published recommendations, newest first. */
export async function listPublishedRecommendations(client: PracticeClient, size: number): Promise<RecommendationPage> {
  const query = { status: 'PUBLISHED' as const, page: 0, size, sort: 'publishedAt,desc' };
  return call(client.GET('/recommendations', { params: { query } }));
}

export const publishedFindingsQuery = (client: PracticeClient, size = 50) =>
  queryOptions({ queryKey: findingKeys.published(size), queryFn: () => listPublishedFindings(client, size) });

export const publishedRecommendationsQuery = (client: PracticeClient, size = 50) =>
  queryOptions({
    queryKey: findingKeys.recommendations(size),
    queryFn: () => listPublishedRecommendations(client, size),
  });
