import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, param, type InitiativeClient } from './client';
import type {
  CreateInitiativeBody,
  EditInitiativeBody,
  Initiative,
  InitiativeFacets,
  InitiativePage,
  InitiativeStatus,
  TargetGroup,
  Theme,
  TransitionBody,
} from './types';

/** The list's filters: several values of one filter are alternatives, the filters combine. */
export interface InitiativeFilters {
  city?: string;
  panelId?: string[];
  status?: InitiativeStatus[];
  theme?: Theme[];
  targetGroup?: TargetGroup[];
  sdg?: string[];
}

export type InitiativeSort = 'updatedAt,desc' | 'createdAt,desc' | 'title,asc';

export interface InitiativeListQuery extends InitiativeFilters {
  sort?: InitiativeSort;
  page?: number;
  size?: number;
}

function filterQuery(q: InitiativeFilters) {
  const many = <T>(values: T[] | undefined) => (values && values.length > 0 ? values : undefined);
  return {
    city: param(q.city),
    panelId: many(q.panelId),
    status: many(q.status),
    theme: many(q.theme),
    targetGroup: many(q.targetGroup),
    sdg: many(q.sdg),
  };
}

/** Query keys of initiative-service data: a change invalidates everything under `initiativeKeys.all`. */
export const initiativeKeys = {
  all: ['initiatives'] as const,
  list: (q: InitiativeListQuery) => ['initiatives', 'list', q] as const,
  facets: (q: InitiativeFilters) => ['initiatives', 'facets', q] as const,
  detail: (id: string) => ['initiatives', 'detail', id] as const,
};

export async function listInitiatives(client: InitiativeClient, q: InitiativeListQuery): Promise<InitiativePage> {
  const query = { ...filterQuery(q), sort: q.sort, page: q.page ?? 0, size: q.size ?? 20 };
  return call(client.GET('/initiatives', { params: { query } }));
}

export async function countFacets(client: InitiativeClient, q: InitiativeFilters): Promise<InitiativeFacets> {
  return call(client.GET('/initiatives/facets', { params: { query: filterQuery(q) } }));
}

/** Rewrites the whole content; `version` goes as If-Match. */
export async function editInitiative(
  client: InitiativeClient,
  id: string,
  version: number,
  body: EditInitiativeBody,
): Promise<Initiative> {
  return call(client.PUT('/initiatives/{id}', { params: { path: { id }, header: ifMatch(version) }, body }));
}

/** Deletes a draft; `version` goes as If-Match. */
export async function deleteInitiative(client: InitiativeClient, id: string, version: number): Promise<void> {
  await call(client.DELETE('/initiatives/{id}', { params: { path: { id }, header: ifMatch(version) } }));
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

export const facetsQuery = (client: InitiativeClient, q: InitiativeFilters) =>
  queryOptions({ queryKey: initiativeKeys.facets(q), queryFn: () => countFacets(client, q) });
