import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, param, type PracticeClient } from './client';
import type { Practice, PracticePage, PracticeStatus, UpdatePracticeBody } from './types';

export interface PracticeListQuery {
  city?: string;
  status?: PracticeStatus;
  page?: number;
  size?: number;
}

/** Query keys of practice-exchange data: a change invalidates everything under `practiceKeys.all`. */
export const practiceKeys = {
  all: ['practices'] as const,
  list: (q: PracticeListQuery) => ['practices', 'list', q] as const,
  detail: (id: string) => ['practices', 'detail', id] as const,
};

export async function listPractices(client: PracticeClient, q: PracticeListQuery): Promise<PracticePage> {
  const query = { city: param(q.city), status: q.status, page: q.page ?? 0, size: q.size ?? 20 };
  return call(client.GET('/practices', { params: { query } }));
}

export async function getPractice(client: PracticeClient, id: string): Promise<Practice> {
  return call(client.GET('/practices/{id}', { params: { path: { id } } }));
}

/** Saves the practice's texts; `version` goes as If-Match (stale when someone changed it meanwhile). */
export async function updatePractice(
  client: PracticeClient,
  id: string,
  version: number,
  body: UpdatePracticeBody,
): Promise<Practice> {
  return call(client.PUT('/practices/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

export const practicesQuery = (client: PracticeClient, q: PracticeListQuery) =>
  queryOptions({ queryKey: practiceKeys.list(q), queryFn: () => listPractices(client, q) });

export const practiceQuery = (client: PracticeClient, id: string) =>
  queryOptions({ queryKey: practiceKeys.detail(id), queryFn: () => getPractice(client, id) });
