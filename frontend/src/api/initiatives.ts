import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, param, type InitiativeClient } from './client';
import type { CreateInitiativeBody, Initiative, InitiativePage, InitiativeStatus, TransitionBody } from './types';

export interface InitiativeListQuery {
  city?: string;
  panelId?: string;
  status?: InitiativeStatus;
  page?: number;
  size?: number;
}

/** Query keys of initiative-service data: a change invalidates everything under `initiativeKeys.all`. */
export const initiativeKeys = {
  all: ['initiatives'] as const,
  list: (q: InitiativeListQuery) => ['initiatives', 'list', q] as const,
  detail: (id: string) => ['initiatives', 'detail', id] as const,
};

export async function listInitiatives(client: InitiativeClient, q: InitiativeListQuery): Promise<InitiativePage> {
  const query = {
    city: param(q.city),
    panelId: param(q.panelId),
    status: q.status,
    page: q.page ?? 0,
    size: q.size ?? 20,
  };
  return call(client.GET('/initiatives', { params: { query } }));
}

export async function getInitiative(client: InitiativeClient, id: string): Promise<Initiative> {
  return call(client.GET('/initiatives/{id}', { params: { path: { id } } }));
}

export async function createInitiative(client: InitiativeClient, body: CreateInitiativeBody): Promise<Initiative> {
  return call(client.POST('/initiatives', { body }));
}

/** Moves an initiative to `body.to`; `version` goes as If-Match (stale when someone changed it meanwhile). */
export async function transitionInitiative(
  client: InitiativeClient,
  id: string,
  version: number,
  body: TransitionBody,
): Promise<Initiative> {
  return call(
    client.POST('/initiatives/{id}/transitions', { params: { path: { id }, header: ifMatch(version) }, body }),
  );
}

export const initiativesQuery = (client: InitiativeClient, q: InitiativeListQuery) =>
  queryOptions({ queryKey: initiativeKeys.list(q), queryFn: () => listInitiatives(client, q) });

export const initiativeQuery = (client: InitiativeClient, id: string) =>
  queryOptions({ queryKey: initiativeKeys.detail(id), queryFn: () => getInitiative(client, id) });
