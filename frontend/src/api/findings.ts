import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, param, type PracticeClient } from './client';
import type {
  Finding,
  FindingBody,
  FindingPage,
  PublicationStatus,
  Recommendation,
  RecommendationBody,
  RecommendationPage,
} from './types';

/** Query keys of findings and recommendations: a change invalidates everything under `all`. */
export const findingKeys = {
  all: ['findings'] as const,
  published: (size: number) => ['findings', 'published', size] as const,
  recommendations: (size: number) => ['findings', 'recommendations', size] as const,
  byStatus: (kind: 'findings' | 'recommendations', status: PublicationStatus, city: string | null) =>
    ['findings', 'status', kind, status, city] as const,
  finding: (id: string, lang?: string) => ['findings', 'finding', id, lang ?? null] as const,
  revisions: (id: string) => ['findings', 'revisions', id] as const,
  recommendation: (id: string, lang?: string) => ['findings', 'recommendation', id, lang ?? null] as const,
};

function listFindings(
  client: PracticeClient,
  status: PublicationStatus,
  size: number,
  city?: string | null,
): Promise<FindingPage> {
  const query = {
    city: param(city),
    status,
    page: 0,
    size,
    sort: status === 'PUBLISHED' ? 'publishedAt,desc' : 'updatedAt,desc',
  };
  return call(client.GET('/findings', { params: { query } }));
}

function listRecommendations(
  client: PracticeClient,
  status: PublicationStatus,
  size: number,
  city?: string | null,
): Promise<RecommendationPage> {
  const query = {
    city: param(city),
    status,
    page: 0,
    size,
    sort: status === 'PUBLISHED' ? 'publishedAt,desc' : 'updatedAt,desc',
  };
  return call(client.GET('/recommendations', { params: { query } }));
}

/** The latest published common findings, newest first (anyone may read them). */
export const publishedFindingsQuery = (client: PracticeClient, size = 50) =>
  queryOptions({ queryKey: findingKeys.published(size), queryFn: () => listFindings(client, 'PUBLISHED', size) });

/** The latest published recommendations, newest first. */
export const publishedRecommendationsQuery = (client: PracticeClient, size = 50) =>
  queryOptions({
    queryKey: findingKeys.recommendations(size),
    queryFn: () => listRecommendations(client, 'PUBLISHED', size),
  });

/**
 * Drafts: the network admin reads those of every town and the network's own (no `city`), a
 * coordinator their own town's proposals (`city`).
 */
export const draftFindingsQuery = (client: PracticeClient, city: string | null) =>
  queryOptions({
    queryKey: findingKeys.byStatus('findings', 'DRAFT', city),
    queryFn: () => listFindings(client, 'DRAFT', 50, city),
  });

export const draftRecommendationsQuery = (client: PracticeClient, city: string | null) =>
  queryOptions({
    queryKey: findingKeys.byStatus('recommendations', 'DRAFT', city),
    queryFn: () => listRecommendations(client, 'DRAFT', 50, city),
  });

/** One finding; `lang` asks for its reading in that language (the original when absent). */
export const findingQuery = (client: PracticeClient, id: string, lang?: string) =>
  queryOptions({
    queryKey: findingKeys.finding(id, lang),
    queryFn: (): Promise<Finding> =>
      call(client.GET('/findings/{id}', { params: { path: { id }, query: { lang: param(lang) } } })),
  });

/** A finding's text and evidence at its publication and each later edit, oldest first. */
export const findingRevisionsQuery = (client: PracticeClient, id: string) =>
  queryOptions({
    queryKey: findingKeys.revisions(id),
    queryFn: () => call(client.GET('/findings/{id}/revisions', { params: { path: { id } } })),
  });

export const recommendationQuery = (client: PracticeClient, id: string, lang?: string) =>
  queryOptions({
    queryKey: findingKeys.recommendation(id, lang),
    queryFn: (): Promise<Recommendation> =>
      call(client.GET('/recommendations/{id}', { params: { path: { id }, query: { lang: param(lang) } } })),
  });

/** Drafts (or proposes, for a coordinator) a finding; the key makes a retry after a lost answer create nothing twice. */
export function draftFinding(client: PracticeClient, body: FindingBody, idempotencyKey: string): Promise<Finding> {
  return call(client.POST('/findings', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }));
}

/** Rewrites a finding; `version` goes as If-Match. */
export function reviseFinding(
  client: PracticeClient,
  id: string,
  version: number,
  body: FindingBody,
): Promise<Finding> {
  return call(client.PUT('/findings/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export function publishFinding(client: PracticeClient, id: string, version: number): Promise<Finding> {
  return call(client.POST('/findings/{id}/publish', { params: { path: { id }, header: ifMatch(version) } }));
}

export function withdrawFinding(client: PracticeClient, id: string, version: number, reason: string): Promise<Finding> {
  return call(
    client.POST('/findings/{id}/withdraw', { params: { path: { id }, header: ifMatch(version) }, body: { reason } }),
  );
}

export function draftRecommendation(
  client: PracticeClient,
  body: RecommendationBody,
  idempotencyKey: string,
): Promise<Recommendation> {
  return call(client.POST('/recommendations', { params: { header: { 'Idempotency-Key': idempotencyKey } }, body }));
}

export function reviseRecommendation(
  client: PracticeClient,
  id: string,
  version: number,
  body: RecommendationBody,
): Promise<Recommendation> {
  return call(client.PUT('/recommendations/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export function publishRecommendation(client: PracticeClient, id: string, version: number): Promise<Recommendation> {
  return call(client.POST('/recommendations/{id}/publish', { params: { path: { id }, header: ifMatch(version) } }));
}

export function withdrawRecommendation(
  client: PracticeClient,
  id: string,
  version: number,
  reason: string,
): Promise<Recommendation> {
  return call(
    client.POST('/recommendations/{id}/withdraw', {
      params: { path: { id }, header: ifMatch(version) },
      body: { reason },
    }),
  );
}

/** The caller's town endorses a published recommendation, or takes its endorsement back (both idempotent). */
export async function endorse(client: PracticeClient, id: string, city: string, endorsed: boolean): Promise<void> {
  const params = { params: { path: { id, city } } };
  await call(
    endorsed
      ? client.PUT('/recommendations/{id}/endorsements/{city}', params)
      : client.DELETE('/recommendations/{id}/endorsements/{city}', params),
  );
}
