import { queryOptions } from '@tanstack/react-query';
import { call, param, type ApiClients, type PanelClient } from './client';
import type { paths as InitiativePaths } from './generated/initiative';
import type { paths as PanelPaths } from './generated/panel';
import type { paths as PracticePaths } from './generated/practice';
import type { Complete, WithActions } from './types';

type JsonOf<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Ok<Op> = Op extends { responses: { 200: infer R } } ? JsonOf<R> : never;

export type PanelPersonalData = Complete<Ok<PanelPaths['/me/personal-data']['get']>>;
export type InitiativePersonalData = Complete<Ok<InitiativePaths['/me/personal-data']['get']>>;
export type PracticeExchangePersonalData = Complete<Ok<PracticePaths['/me/personal-data']['get']>>;

/** One download: each service's own answer under its name. */
export interface PersonalData {
  exportedAt: string;
  panelService: PanelPersonalData;
  initiativeService: InitiativePersonalData;
  practiceExchangeService: PracticeExchangePersonalData;
}
export type Erasure = Complete<Ok<PanelPaths['/panels/{id}/members/{memberId}/erasure']['post']>>;
type AuditList = Complete<Ok<PanelPaths['/panels/{id}/personal-data-audit']['get']>>;
export type AuditPage = WithActions<AuditList>;
export type AuditEntry = AuditPage['items'][number];

export const privacyKeys = {
  audit: (panelId: string, page: number) => ['panels', panelId, 'personal-data-audit', page] as const,
};

/** What the services hold about the signed-in person (GDPR Art. 15/20), asked of each in parallel. */
export async function exportMyData(clients: ApiClients): Promise<PersonalData> {
  const [panelService, initiativeService, practiceExchangeService] = await Promise.all([
    call(clients.panel.GET('/me/personal-data')),
    call(clients.initiative.GET('/me/personal-data')),
    call(clients.practice.GET('/me/personal-data')),
  ]);
  return { exportedAt: panelService.exportedAt, panelService, initiativeService, practiceExchangeService };
}

/** Erases a member on request; asking again answers the first erasure. */
export async function eraseMember(
  client: PanelClient,
  panelId: string,
  memberId: string,
  reason: string,
): Promise<Erasure> {
  return call(
    client.POST('/panels/{id}/members/{memberId}/erasure', {
      params: { path: { id: panelId, memberId } },
      body: { reason },
    }),
  );
}

export async function listAudit(client: PanelClient, panelId: string, page: number): Promise<AuditPage> {
  return call(
    client.GET('/panels/{id}/personal-data-audit', {
      params: { path: { id: panelId }, query: { page, size: 50, sort: param('at,desc') } },
    }),
  );
}

export const auditQuery = (client: PanelClient, panelId: string, page: number) =>
  queryOptions({ queryKey: privacyKeys.audit(panelId, page), queryFn: () => listAudit(client, panelId, page) });
