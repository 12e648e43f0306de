import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, type InitiativeClient } from '../../api/client';
import type { paths as InitiativePaths } from '../../api/generated/initiative';
import type { Complete } from '../../api/types';

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Ok<Op> = Op extends { responses: { 200: infer R } } ? JsonOf<R> : never;

export type NotificationPage = Complete<Ok<InitiativePaths['/me/notifications']['get']>>;
export type Notification = NotificationPage['items'][number];
export type NotificationKind = Notification['kind'];
export type Preferences = Complete<Ok<InitiativePaths['/me/notification-preferences']['get']>>;

/** The preferences with the version their ETag named, to send back as If-Match. */
export interface VersionedPreferences {
  preferences: Preferences;
  version: number;
}

/** Everything under `notificationKeys.all` is the caller's own: a change invalidates it all. */
export const notificationKeys = {
  all: ['me', 'notifications'] as const,
  list: (page: number, size: number) => ['me', 'notifications', 'list', page, size] as const,
  unread: ['me', 'notifications', 'unread'] as const,
  preferences: ['me', 'notification-preferences'] as const,
};

/** How often the bell asks for the unread count: modest, the count is cheap but not urgent. */
export const UNREAD_POLL_MS = 60_000;

export async function listNotifications(client: InitiativeClient, page: number, size: number) {
  return call(client.GET('/me/notifications', { params: { query: { page, size } } }));
}

export async function unreadCount(client: InitiativeClient): Promise<number> {
  const { unread } = await call(client.GET('/me/notifications/unread-count'));
  return unread;
}

export async function markRead(client: InitiativeClient, id: string) {
  return call(client.PUT('/me/notifications/{id}/read', { params: { path: { id } } }));
}

/** Marks read what arrived up to the newest notification shown, so a newer one stays unread. */
export async function markAllRead(client: InitiativeClient, upTo?: string) {
  return call(client.PUT('/me/notifications/read', { params: { query: { upTo } } }));
}

export async function getPreferences(client: InitiativeClient): Promise<VersionedPreferences> {
  const result = await client.GET('/me/notification-preferences');
  const preferences = await call(Promise.resolve(result));
  return { preferences, version: Number((result.response.headers.get('ETag') ?? '"0"').replace(/"/g, '')) };
}

export async function savePreferences(
  client: InitiativeClient,
  version: number,
  body: Preferences,
): Promise<Preferences> {
  return call(client.PUT('/me/notification-preferences', { params: { header: ifMatch(version) }, body }));
}

export const notificationsQuery = (client: InitiativeClient, page: number, size: number) =>
  queryOptions({ queryKey: notificationKeys.list(page, size), queryFn: () => listNotifications(client, page, size) });

export const unreadQuery = (client: InitiativeClient) =>
  queryOptions({
    queryKey: notificationKeys.unread,
    queryFn: () => unreadCount(client),
    refetchInterval: UNREAD_POLL_MS,
  });

export const preferencesQuery = (client: InitiativeClient) =>
  queryOptions({ queryKey: notificationKeys.preferences, queryFn: () => getPreferences(client) });
