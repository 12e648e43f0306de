import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, type PracticeClient } from './client';
import type { Practice, PracticeRevision } from './types';

/** The validation steps a caller can take, each sent with the loaded version as If-Match. */
export type ValidationMove = 'submit' | 'publish' | 'return' | 'unpublish';

/** Query keys of the revisions: they change only when the practice does (under `practices`). */
export const revisionKeys = {
  list: (id: string) => ['practices', 'revisions', id] as const,
};

/**
 * One validation step: submit (the town), publish (the network admin), return or unpublish (the
 * network admin, with the reason the town will read).
 */
export async function takeValidationStep(
  client: PracticeClient,
  id: string,
  version: number,
  move: ValidationMove,
  reason?: string,
): Promise<Practice> {
  const params = { path: { id }, header: ifMatch(version) };
  switch (move) {
    case 'submit':
      return call(client.POST('/practices/{id}/submit', { params }));
    case 'publish':
      return call(client.POST('/practices/{id}/publish', { params }));
    case 'return':
      return call(client.POST('/practices/{id}/return', { params, body: { reason: reason ?? '' } }));
    case 'unpublish':
      return call(client.POST('/practices/{id}/unpublish', { params, body: { reason: reason ?? '' } }));
  }
}

export async function listRevisions(client: PracticeClient, id: string): Promise<PracticeRevision[]> {
  return call(client.GET('/practices/{id}/revisions', { params: { path: { id } } }));
}

export const revisionsQuery = (client: PracticeClient, id: string) =>
  queryOptions({ queryKey: revisionKeys.list(id), queryFn: () => listRevisions(client, id) });
