import { call, queryOf, withIfMatch, type PracticeClient } from '../../api/client';
import type { Practice, PracticeListQuery, PracticePage, PracticeStatus, PublishPracticeParams, UpdatePracticeBody, UpdatePracticeParams } from '../../api/types';

export async function listPractices(client: PracticeClient, q: { city?: string; status?: PracticeStatus; page?: number; size?: number }): Promise<PracticePage> {
  const query = queryOf<PracticeListQuery>({ city: q.city, status: q.status, page: q.page ?? 0, size: q.size ?? 20 });
  return (await call(client.GET('/practices', { params: { query } }))) as PracticePage;
}

export async function getPractice(client: PracticeClient, id: string): Promise<Practice> {
  return (await call(client.GET('/practices/{id}', { params: { path: { id } } }))) as Practice;
}

/** Saves the practice's texts; `version` goes as If-Match (409 when someone changed it meanwhile). */
export async function updatePractice(client: PracticeClient, id: string, version: number, body: UpdatePracticeBody): Promise<Practice> {
  return (await call(client.PUT('/practices/{id}', { params: withIfMatch<UpdatePracticeParams>({ path: { id } }, version), body }))) as Practice;
}

export async function publishPractice(client: PracticeClient, id: string, version: number): Promise<Practice> {
  return (await call(client.POST('/practices/{id}/publish', { params: withIfMatch<PublishPracticeParams>({ path: { id } }, version) }))) as Practice;
}
