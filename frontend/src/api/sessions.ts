import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, param, type PanelClient } from './client';
import type { paths as PanelPaths } from './generated/panel';
import type { Complete, WithActions } from './types';

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Ok<Op> = Op extends { responses: { 200: infer R } } ? JsonOf<R> : never;
type BodyOf<Op> = Op extends { requestBody?: infer B } ? JsonOf<NonNullable<B>> : never;

type SessionList = Complete<Ok<PanelPaths['/panels/{id}/sessions']['get']>>;
export type SessionPage = WithActions<
  Omit<SessionList, 'items'> & { items: WithActions<SessionList['items'][number]>[] }
>;
export type SessionSummary = SessionPage['items'][number];
export type Session = WithActions<Complete<Ok<PanelPaths['/panels/{id}/sessions/{sessionId}']['get']>>>;
export type SessionStatus = Session['status'];
export type SessionBody = BodyOf<PanelPaths['/panels/{id}/sessions']['post']>;
export type AttendanceBody = BodyOf<PanelPaths['/panels/{id}/sessions/{sessionId}/attendance']['put']>;
type MemberList = Complete<Ok<PanelPaths['/panels/{id}/members']['get']>>;
export type SessionMember = MemberList['items'][number];

export interface SessionListQuery {
  page?: number;
  size?: number;
}

/** Query keys of a panel's sessions: under `panels`, so a panel change refreshes them too. */
export const sessionKeys = {
  all: (panelId: string) => ['panels', panelId, 'sessions'] as const,
  list: (panelId: string, q: SessionListQuery) => ['panels', panelId, 'sessions', 'list', q] as const,
  detail: (panelId: string, id: string) => ['panels', panelId, 'sessions', 'detail', id] as const,
  members: (panelId: string) => ['panels', panelId, 'sessions', 'members'] as const,
};

export async function listSessions(client: PanelClient, panelId: string, q: SessionListQuery): Promise<SessionPage> {
  const query = { page: q.page ?? 0, size: q.size ?? 20, sort: param('startsAt,desc') };
  return call(client.GET('/panels/{id}/sessions', { params: { path: { id: panelId }, query } }));
}

export async function getSession(client: PanelClient, panelId: string, sessionId: string): Promise<Session> {
  return call(client.GET('/panels/{id}/sessions/{sessionId}', { params: { path: { id: panelId, sessionId } } }));
}

/** Plans a session; the key makes a retried click plan it once. */
export async function planSession(
  client: PanelClient,
  panelId: string,
  body: SessionBody,
  idempotencyKey: string,
): Promise<Session> {
  return call(
    client.POST('/panels/{id}/sessions', {
      params: { path: { id: panelId }, header: { 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}

export async function changeSession(
  client: PanelClient,
  panelId: string,
  sessionId: string,
  version: number,
  body: SessionBody,
): Promise<Session> {
  return call(
    client.PUT('/panels/{id}/sessions/{sessionId}', {
      params: { path: { id: panelId, sessionId }, header: ifMatch(version) },
      body,
    }),
  );
}

export async function recordAttendance(
  client: PanelClient,
  panelId: string,
  sessionId: string,
  version: number,
  body: AttendanceBody,
): Promise<Session> {
  return call(
    client.PUT('/panels/{id}/sessions/{sessionId}/attendance', {
      params: { path: { id: panelId, sessionId }, header: ifMatch(version) },
      body,
    }),
  );
}

export async function holdSession(client: PanelClient, panelId: string, sessionId: string, version: number) {
  return call(
    client.POST('/panels/{id}/sessions/{sessionId}/hold', {
      params: { path: { id: panelId, sessionId }, header: ifMatch(version) },
    }),
  );
}

export async function cancelSession(client: PanelClient, panelId: string, sessionId: string, version: number) {
  return call(
    client.POST('/panels/{id}/sessions/{sessionId}/cancel', {
      params: { path: { id: panelId, sessionId }, header: ifMatch(version) },
    }),
  );
}

/** Every member of the panel (one page of up to 100), for the attendance checklist. */
export async function listSessionMembers(client: PanelClient, panelId: string): Promise<SessionMember[]> {
  const page = await call(
    client.GET('/panels/{id}/members', {
      params: { path: { id: panelId }, query: { page: 0, size: 100, sort: 'displayName' } },
    }),
  );
  return page.items;
}

export const sessionsQuery = (client: PanelClient, panelId: string, q: SessionListQuery) =>
  queryOptions({ queryKey: sessionKeys.list(panelId, q), queryFn: () => listSessions(client, panelId, q) });

export const sessionQuery = (client: PanelClient, panelId: string, sessionId: string) =>
  queryOptions({
    queryKey: sessionKeys.detail(panelId, sessionId),
    queryFn: () => getSession(client, panelId, sessionId),
  });

export const sessionMembersQuery = (client: PanelClient, panelId: string) =>
  queryOptions({ queryKey: sessionKeys.members(panelId), queryFn: () => listSessionMembers(client, panelId) });
