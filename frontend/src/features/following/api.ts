import { queryOptions } from '@tanstack/react-query';
import { call, type PracticeClient } from '../../api/client';
import type { paths as PracticePaths } from '../../api/generated/practice';
import type { Complete } from '../../api/types';

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Ok<Op> = Op extends { responses: { 200: infer R } } ? JsonOf<R> : never;

export type MyFollows = Complete<Ok<PracticePaths['/follows/me']['get']>>;
export type FollowedTheme = MyFollows['themes'][number]['theme'];

/** The caller's own follows; a follow or unfollow invalidates them and the practice shown. */
export const followKeys = {
  mine: ['me', 'follows'] as const,
};

export async function listMyFollows(client: PracticeClient): Promise<MyFollows> {
  return call(client.GET('/follows/me'));
}

export async function setPracticeFollowed(client: PracticeClient, id: string, followed: boolean) {
  const options = { params: { path: { id } } };
  return call(
    followed ? client.PUT('/practices/{id}/follow', options) : client.DELETE('/practices/{id}/follow', options),
  );
}

export async function setThemeFollowed(client: PracticeClient, theme: FollowedTheme, followed: boolean) {
  const options = { params: { path: { theme } } };
  return call(
    followed ? client.PUT('/follows/themes/{theme}', options) : client.DELETE('/follows/themes/{theme}', options),
  );
}

export const myFollowsQuery = (client: PracticeClient) =>
  queryOptions({ queryKey: followKeys.mine, queryFn: () => listMyFollows(client) });
