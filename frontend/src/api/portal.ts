import { queryOptions } from '@tanstack/react-query';
import { call, type InitiativeClient, type PanelClient, type PracticeClient } from './client';
import type { InitiativeStatistics, NetworkComposition } from './types';

/**
 * The public portal's data: every source is a public, cacheable endpoint (`Cache-Control: public`
 * for anonymous callers), so the page renders its first content without waiting for a login.
 */
export const portalKeys = {
  composition: ['portal', 'composition'] as const,
  initiatives: ['portal', 'initiatives'] as const,
  towns: ['portal', 'practice-towns'] as const,
  transfers: ['portal', 'transfers'] as const,
};

/** A row of practice-exchange's open dataset `towns` (docs/open-data.md, stable columns). */
export interface PracticeTownRow {
  town: string;
  published_practices: number;
  latest_publication: string;
}

/** A row of practice-exchange's open dataset `transfers` (docs/open-data.md, stable columns). */
export interface TransferRow {
  id: string;
  practice_id: string;
  source_town: string;
  adopting_town: string;
  state: 'INTERESTED' | 'ADAPTING' | 'TRANSFERRED' | 'ABANDONED';
  registered_at: string;
  updated_at: string;
}

export async function getNetworkComposition(client: PanelClient): Promise<NetworkComposition> {
  return call(client.GET('/network/composition'));
}

export async function getInitiativeStatistics(client: InitiativeClient): Promise<InitiativeStatistics> {
  return call(client.GET('/network/initiatives'));
}

/**
 * The open data's JSON files are described by the data package, not by the OpenAPI document
 * (its schema says "array"), so their rows are typed here from the documented columns.
 */
export async function getPracticeTowns(client: PracticeClient): Promise<PracticeTownRow[]> {
  return (await call(client.GET('/open-data/towns.json'))) as unknown as PracticeTownRow[];
}

export async function getTransfers(client: PracticeClient): Promise<TransferRow[]> {
  return (await call(client.GET('/open-data/transfers.json'))) as unknown as TransferRow[];
}

const PUBLIC_STALE_MS = 60_000;

export const networkCompositionQuery = (client: PanelClient) =>
  queryOptions({
    queryKey: portalKeys.composition,
    queryFn: () => getNetworkComposition(client),
    staleTime: PUBLIC_STALE_MS,
  });
export const initiativeStatisticsQuery = (client: InitiativeClient) =>
  queryOptions({
    queryKey: portalKeys.initiatives,
    queryFn: () => getInitiativeStatistics(client),
    staleTime: PUBLIC_STALE_MS,
  });
export const practiceTownsQuery = (client: PracticeClient) =>
  queryOptions({ queryKey: portalKeys.towns, queryFn: () => getPracticeTowns(client), staleTime: PUBLIC_STALE_MS });
export const transfersQuery = (client: PracticeClient) =>
  queryOptions({ queryKey: portalKeys.transfers, queryFn: () => getTransfers(client), staleTime: PUBLIC_STALE_MS });
