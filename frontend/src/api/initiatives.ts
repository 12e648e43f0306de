import { call, queryOf, withIfMatch, type InitiativeClient } from '../../api/client';
import type { CreateInitiativeBody, Initiative, InitiativeListQuery, InitiativePage, InitiativeStatus, TransitionBody, TransitionParams } from '../../api/types';

export async function listInitiatives(
  client: InitiativeClient,
  q: { city?: string; panelId?: string; status?: InitiativeStatus; page?: number; size?: number },
): Promise<InitiativePage> {
  const query = queryOf<InitiativeListQuery>({ city: q.city, panelId: q.panelId, status: q.status, page: q.page ?? 0, size: q.size ?? 20 });
  return (await call(client.GET('/initiatives', { params: { query } }))) as InitiativePage;
}

export async function getInitiative(client: InitiativeClient, id: string): Promise<Initiative> {
  return (await call(client.GET('/initiatives/{id}', { params: { path: { id } } }))) as Initiative;
}

export async function createInitiative(client: InitiativeClient, body: CreateInitiativeBody): Promise<Initiative> {
  return (await call(client.POST('/initiatives', { body }))) as Initiative;
}

/** Moves an initiative to `body.to`; `version` is sent as If-Match (409 when someone changed it meanwhile). */
export async function transitionInitiative(client: InitiativeClient, id: string, version: number, body: TransitionBody): Promise<Initiative> {
  return (await call(client.POST('/initiatives/{id}/transitions', { params: withIfMatch<TransitionParams>({ path: { id } }, version), body }))) as Initiative;
}
