import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, type PanelClient } from '../../api/client';
import { panelKeys } from '../../api/panels';
import type { Complete, WithActions } from '../../api/types';
import type { components, paths } from '../../api/generated/panel';

type Schemas = components['schemas'];
type Json<R> = R extends { content: { 'application/json': infer B } } ? B : never;
type Ok<Op> = Op extends { responses: { 200: infer R } } ? Json<R> : never;

/** A panel's public detail: status, mandate, term, composition, allowed steps and actions. */
export type PanelDetail = WithActions<Complete<Ok<paths['/panels/{id}']['get']>>>;
/** One membership period; population groups and consent are null when the caller may not see them. */
export type Member = WithActions<Complete<Schemas['PanelMember']>>;
export type MemberPage = WithActions<Omit<Complete<Schemas['PanelMemberPage']>, 'items'> & { items: Member[] }>;
export type ConsentText = Complete<Schemas['ConsentText']>;
export type PanelStatus = Schemas['PanelStatus'];
export type MemberRole = Schemas['MemberRole'];
export type StakeholderCategory = Schemas['StakeholderCategory'];
export type PopulationGroup = Schemas['PopulationGroup'];
export type Pillar = Schemas['Pillar'];
export type EditPanelBody = Schemas['EditPanel'];
export type AddMemberBody = Schemas['AddMember'];
export type EditMemberBody = Schemas['EditMember'];

export const CATEGORIES: readonly StakeholderCategory[] = [
  'CITIZEN',
  'CITIZENS_ORGANISATION',
  'NON_PROFIT_ORGANISATION',
  'CIVIL_SOCIETY_ORGANISATION',
  'EXPERT',
  'OFFICIAL',
  'LOCAL_AUTHORITY',
];
export const ROLES: readonly MemberRole[] = ['CHAIR', 'MEMBER', 'OBSERVER'];
export const GROUPS: readonly PopulationGroup[] = [
  'NATIVE',
  'EXPAT',
  'NEWLY_ARRIVED_MIGRANT',
  'PRECARIOUS_OR_VULNERABLE',
];
export const PILLARS: readonly Pillar[] = ['CITIZENS', 'CIVIL_SOCIETY', 'EXPERTISE', 'PUBLIC_AUTHORITY'];

/** Keys below `panelKeys.all`, so every panel change refreshes them too. */
export const memberKeys = {
  list: (panelId: string, history: boolean) => ['panels', 'members', panelId, history] as const,
  consentText: ['panels', 'consent-text'] as const,
};

const path = (id: string) => ({ path: { id } });
const memberPath = (id: string, memberId: string) => ({ path: { id, memberId } });

export const panelDetailQuery = (client: PanelClient, id: string) =>
  queryOptions({
    queryKey: panelKeys.detail(id),
    queryFn: async (): Promise<PanelDetail> => call(client.GET('/panels/{id}', { params: path(id) })),
  });

export const membersQuery = (client: PanelClient, id: string, history: boolean) =>
  queryOptions({
    queryKey: memberKeys.list(id, history),
    queryFn: async (): Promise<MemberPage> =>
      call(
        client.GET('/panels/{id}/members', {
          params: { ...path(id), query: { history, size: 100, page: 0, sort: 'joinedAt' } },
        }),
      ),
  });

export const consentTextQuery = (client: PanelClient) =>
  queryOptions({
    queryKey: memberKeys.consentText,
    queryFn: async (): Promise<ConsentText> => call(client.GET('/consent-texts/current')),
    staleTime: Infinity,
  });

export async function editPanel(client: PanelClient, id: string, version: number, body: EditPanelBody) {
  return call(client.PUT('/panels/{id}', { params: { ...path(id), header: ifMatch(version) }, body }));
}

export async function changePanelStatus(client: PanelClient, id: string, version: number, to: PanelStatus) {
  return call(
    client.POST('/panels/{id}/transitions', { params: { ...path(id), header: ifMatch(version) }, body: { to } }),
  );
}

export async function addMember(client: PanelClient, id: string, body: AddMemberBody) {
  return call(client.POST('/panels/{id}/members', { params: path(id), body }));
}

export async function editMember(client: PanelClient, m: Member, body: EditMemberBody) {
  return call(
    client.PUT('/panels/{id}/members/{memberId}', {
      params: { ...memberPath(m.panelId, m.id), header: ifMatch(m.version) },
      body,
    }),
  );
}

export async function leavePanel(client: PanelClient, m: Member, reason: string | null) {
  return call(
    client.POST('/panels/{id}/members/{memberId}/leave', {
      params: { ...memberPath(m.panelId, m.id), header: ifMatch(m.version) },
      body: { reason },
    }),
  );
}

export async function recordConsent(
  client: PanelClient,
  m: Member,
  populationGroups: PopulationGroup[],
  consentTextVersion: string,
) {
  return call(
    client.PUT('/panels/{id}/members/{memberId}/consent', {
      params: { ...memberPath(m.panelId, m.id), header: ifMatch(m.version) },
      body: { populationGroups, consentTextVersion },
    }),
  );
}

export async function withdrawConsent(client: PanelClient, m: Member) {
  return call(
    client.DELETE('/panels/{id}/members/{memberId}/consent', {
      params: { ...memberPath(m.panelId, m.id), header: ifMatch(m.version) },
    }),
  );
}

/**
 * The mandate in the reader's language, else in the town's language, else in the first one
 * written; `fallback` tells the page to say so.
 */
export function mandateFor(
  mandate: Record<string, string>,
  reader: string,
  townLanguage: string | undefined,
): { text: string; language: string; fallback: boolean } | null {
  const lang = reader.slice(0, 2);
  if (mandate[lang]) return { text: mandate[lang], language: lang, fallback: false };
  const town = townLanguage?.slice(0, 2);
  const chosen = town && mandate[town] ? town : Object.keys(mandate).sort()[0];
  return chosen ? { text: mandate[chosen], language: chosen, fallback: true } : null;
}
