import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, type PanelClient } from '../../api/client';
import type { components } from '../../api/generated/panel';
import { ApiError, toApiError } from '../../api/problem';
import type { Complete } from '../../api/types';

type Schemas = components['schemas'];
export type Pool = Complete<Schemas['CandidatePool']>;
export type Quota = Complete<Schemas['Quota']>;
export type Candidate = Complete<Schemas['Candidate']>;
export type CandidateInput = Schemas['CandidateInput'];
export type Draw = Complete<Schemas['Draw']>;
export type DrawCandidate = Draw['candidates'][number];
export type PoolSettings = Schemas['PoolSettings'];

/** One issue of a rejected CSV file: line 1 is the header, line 0 the whole file. */
export interface CsvIssue {
  line: number;
  column: string | null;
  code: string;
  message: string;
}

/** A refusal of the sortition endpoints, with the issues of a rejected file or the conflicting quotas. */
export class SortitionProblem extends ApiError {
  readonly issues: CsvIssue[];
  readonly conflicting: Quota[];

  constructor(base: ApiError, body: unknown) {
    super(base);
    const record = (body ?? {}) as { issues?: unknown; conflicting?: unknown };
    this.issues = Array.isArray(record.issues) ? (record.issues as CsvIssue[]) : [];
    this.conflicting = Array.isArray(record.conflicting) ? (record.conflicting as Quota[]) : [];
  }
}

export function isSortitionProblem(e: unknown): e is SortitionProblem {
  return e instanceof SortitionProblem;
}

/** Query keys of one panel's sortition: every change invalidates `sortitionKeys.all(panelId)`. */
export const sortitionKeys = {
  all: (panelId: string) => ['sortition', panelId] as const,
  pool: (panelId: string) => ['sortition', panelId, 'pool'] as const,
  candidates: (panelId: string) => ['sortition', panelId, 'candidates'] as const,
  draws: (panelId: string) => ['sortition', panelId, 'draws'] as const,
  draw: (panelId: string, drawId: string) => ['sortition', panelId, 'draws', drawId] as const,
};

async function sortitionCall<T>(
  request: Promise<{ data?: T; error?: unknown; response: Response }>,
): Promise<Complete<Exclude<T, undefined>>> {
  const result = await request;
  if (!result.response.ok || result.error !== undefined) {
    throw new SortitionProblem(toApiError(result.response, result.error), result.error);
  }
  return result.data as Complete<Exclude<T, undefined>>;
}

export const poolQuery = (client: PanelClient, panelId: string) =>
  queryOptions({
    queryKey: sortitionKeys.pool(panelId),
    queryFn: () => call(client.GET('/panels/{id}/pool', { params: { path: { id: panelId } } })),
  });

/** The first 100 candidates: enough to check an import; the export has them all. */
export const candidatesQuery = (client: PanelClient, panelId: string) =>
  queryOptions({
    queryKey: sortitionKeys.candidates(panelId),
    queryFn: () =>
      call(
        client.GET('/panels/{id}/pool/candidates', {
          params: { path: { id: panelId }, query: { page: 0, size: 100, sort: 'createdAt' } },
        }),
      ),
  });

export const drawsQuery = (client: PanelClient, panelId: string) =>
  queryOptions({
    queryKey: sortitionKeys.draws(panelId),
    queryFn: () =>
      call(
        client.GET('/panels/{id}/draws', {
          params: { path: { id: panelId }, query: { page: 0, size: 5, sort: 'requestedAt,desc' } },
        }),
      ),
  });

/** A draw, polled about once a second while it runs. */
export const drawQuery = (client: PanelClient, panelId: string, drawId: string) =>
  queryOptions({
    queryKey: sortitionKeys.draw(panelId, drawId),
    queryFn: () => call(client.GET('/panels/{id}/draws/{drawId}', { params: { path: { id: panelId, drawId } } })),
    refetchInterval: (query) => (query.state.data?.status === 'RUNNING' ? 1000 : false),
  });

export function configurePool(client: PanelClient, panelId: string, version: number, body: PoolSettings) {
  return sortitionCall(
    client.PUT('/panels/{id}/pool', { params: { path: { id: panelId }, header: ifMatch(version) }, body }),
  );
}

/** Uploads a candidates or features file as the text/csv body; a rejected file throws its issues. */
export function importCsv(
  client: PanelClient,
  panelId: string,
  version: number,
  file: 'candidates' | 'quotas',
  text: string,
) {
  const options = {
    params: { path: { id: panelId }, header: ifMatch(version) },
    body: text,
    bodySerializer: (body: string) => body,
    headers: { 'Content-Type': 'text/csv' },
  };
  return sortitionCall(
    file === 'candidates'
      ? client.PUT('/panels/{id}/pool/candidates.csv', options)
      : client.PUT('/panels/{id}/pool/quotas.csv', options),
  );
}

/** The pool or its quotas as the CSV text the Sortition Foundation's tools read. */
export async function exportCsv(client: PanelClient, panelId: string, file: 'candidates' | 'quotas') {
  const options = { params: { path: { id: panelId } }, parseAs: 'text' as const };
  const result =
    file === 'candidates'
      ? await client.GET('/panels/{id}/pool/candidates.csv', options)
      : await client.GET('/panels/{id}/pool/quotas.csv', options);
  if (!result.response.ok) throw toApiError(result.response, result.error);
  return String(result.data ?? '');
}

export function addCandidate(client: PanelClient, panelId: string, body: CandidateInput) {
  return sortitionCall(client.POST('/panels/{id}/pool/candidates', { params: { path: { id: panelId } }, body }));
}

export function startDraw(client: PanelClient, panelId: string, seed: string | null) {
  return sortitionCall(client.POST('/panels/{id}/draws', { params: { path: { id: panelId } }, body: { seed } }));
}

export function decideDraw(
  client: PanelClient,
  panelId: string,
  drawId: string,
  version: number,
  decision: 'confirm' | 'discard',
) {
  const params = { path: { id: panelId, drawId }, header: ifMatch(version) };
  return sortitionCall(
    decision === 'confirm'
      ? client.POST('/panels/{id}/draws/{drawId}/confirmation', { params })
      : client.POST('/panels/{id}/draws/{drawId}/discard', { params }),
  );
}
