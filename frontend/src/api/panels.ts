import { queryOptions } from '@tanstack/react-query';
import { call, param, type PanelClient } from './client';
import type { City, CreatePanelBody, CreatedPanel, PanelPage, PanelView } from './types';

export interface PanelListQuery {
  city?: string;
  page?: number;
  size?: number;
  sort?: string;
}

/** Query keys of panel-service data: a change invalidates everything under `panelKeys.all`. */
export const panelKeys = {
  all: ['panels'] as const,
  cities: ['cities'] as const,
  list: (q: PanelListQuery) => ['panels', 'list', q] as const,
  detail: (id: string) => ['panels', 'detail', id] as const,
};

export async function listCities(client: PanelClient): Promise<City[]> {
  return call(client.GET('/cities'));
}

export async function listPanels(client: PanelClient, q: PanelListQuery): Promise<PanelPage> {
  const query = {
    city: param(q.city),
    page: q.page ?? 0,
    size: q.size ?? 20,
    sort: param(q.sort ?? 'name'),
  };
  return call(client.GET('/panels', { params: { query } }));
}

export async function getPanel(client: PanelClient, id: string): Promise<PanelView> {
  return call(client.GET('/panels/{id}', { params: { path: { id } } }));
}

export async function createPanel(client: PanelClient, body: CreatePanelBody): Promise<CreatedPanel> {
  return call(client.POST('/panels', { body }));
}

/** The partner towns: they change rarely, so they are kept for the whole visit. */
export const citiesQuery = (client: PanelClient) =>
  queryOptions({ queryKey: panelKeys.cities, queryFn: () => listCities(client), staleTime: Infinity });

export const panelsQuery = (client: PanelClient, q: PanelListQuery) =>
  queryOptions({ queryKey: panelKeys.list(q), queryFn: () => listPanels(client, q) });

export const panelQuery = (client: PanelClient, id: string) =>
  queryOptions({ queryKey: panelKeys.detail(id), queryFn: () => getPanel(client, id) });
