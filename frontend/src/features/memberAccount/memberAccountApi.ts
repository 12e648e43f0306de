import { call, ifMatch, param, type PanelClient } from '../../api/client';
import type { paths } from '../../api/generated/panel';
import type { Complete } from '../../api/types';

type Ok<Op> = Op extends { responses: { 200: { content: { 'application/json': infer B } } } } ? B : never;
export type AccountCandidate = Complete<Ok<paths['/panels/{id}/members/{memberId}/account-candidates']['get']>>[number];

type MemberPath = { id: string; memberId: string };

/** The town's Keycloak accounts matching `q` that the member could be linked to. */
export async function searchAccounts(client: PanelClient, path: MemberPath, q: string): Promise<AccountCandidate[]> {
  return call(
    client.GET('/panels/{id}/members/{memberId}/account-candidates', {
      params: { path, query: { q: param(q.trim()) } },
    }),
  );
}

export async function linkAccount(client: PanelClient, path: MemberPath, version: number, keycloakUserId: string) {
  return call(
    client.PUT('/panels/{id}/members/{memberId}/account', {
      params: { path, header: ifMatch(version) },
      body: { keycloakUserId },
    }),
  );
}

export async function unlinkAccount(client: PanelClient, path: MemberPath, version: number) {
  return call(client.DELETE('/panels/{id}/members/{memberId}/account', { params: { path, header: ifMatch(version) } }));
}

export interface InvitationForm {
  email: string;
  firstName: string;
  lastName: string;
}

/** Keycloak creates the account and mails the link; the key makes a retried click one invitation. */
export async function inviteAccount(
  client: PanelClient,
  path: MemberPath,
  version: number,
  body: InvitationForm,
  idempotencyKey: string,
) {
  return call(
    client.POST('/panels/{id}/members/{memberId}/account-invitations', {
      params: { path, header: { ...ifMatch(version), 'Idempotency-Key': idempotencyKey } },
      body,
    }),
  );
}
