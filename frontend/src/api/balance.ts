import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, type PanelClient } from './client';
import type { BalanceRules, ChangeBalanceRulesBody, PanelBalance } from './types';

/** Query keys of the balance: a rules change invalidates every panel's balance under `balanceKeys.all`. */
export const balanceKeys = {
  all: ['balance'] as const,
  panel: (id: string) => ['balance', 'panel', id] as const,
  rules: ['balance', 'rules'] as const,
  history: ['balance', 'rules', 'history'] as const,
};

export async function getPanelBalance(client: PanelClient, id: string): Promise<PanelBalance> {
  return call(client.GET('/panels/{id}/balance', { params: { path: { id } } }));
}

export async function getBalanceRules(client: PanelClient): Promise<BalanceRules> {
  return call(client.GET('/balance-rules'));
}

export async function listBalanceRulesVersions(client: PanelClient): Promise<BalanceRules[]> {
  return call(client.GET('/balance-rules/history'));
}

/** A new version of the rules; `version` (the current one) goes as If-Match. */
export async function changeBalanceRules(
  client: PanelClient,
  version: number,
  body: ChangeBalanceRulesBody,
): Promise<BalanceRules> {
  return call(client.PUT('/balance-rules', { params: { header: ifMatch(version) }, body }));
}

export const panelBalanceQuery = (client: PanelClient, id: string) =>
  queryOptions({ queryKey: balanceKeys.panel(id), queryFn: () => getPanelBalance(client, id) });

export const balanceRulesQuery = (client: PanelClient) =>
  queryOptions({ queryKey: balanceKeys.rules, queryFn: () => getBalanceRules(client) });

export const balanceRulesHistoryQuery = (client: PanelClient) =>
  queryOptions({ queryKey: balanceKeys.history, queryFn: () => listBalanceRulesVersions(client) });
