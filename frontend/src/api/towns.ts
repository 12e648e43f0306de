import { queryOptions } from '@tanstack/react-query';
import { call, ifMatch, type PanelClient } from './client';
import type { CityDetail, EditCityBody } from './types';

/** Query keys of a town's profile; the town list (`panelKeys.cities`) holds the same data. */
export const townKeys = {
  detail: (code: string) => ['cities', 'detail', code] as const,
};

export async function getCity(client: PanelClient, code: string): Promise<CityDetail> {
  return call(client.GET('/cities/{code}', { params: { path: { code } } }));
}

/** Replaces the town's profile; `version` goes as If-Match (stale when someone changed it meanwhile). */
export async function editCity(
  client: PanelClient,
  code: string,
  version: number,
  body: EditCityBody,
): Promise<CityDetail> {
  return call(client.PUT('/cities/{code}', { params: { path: { code }, header: ifMatch(version) }, body }));
}

export const cityQuery = (client: PanelClient, code: string) =>
  queryOptions({ queryKey: townKeys.detail(code), queryFn: () => getCity(client, code) });
