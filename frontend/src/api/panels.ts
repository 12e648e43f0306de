import { call, queryOf, type PanelClient } from '../../api/client';
import type { City, CreatePanelBody, CreatedPanel, Panel, PanelListQuery, PanelPage } from '../../api/types';

export async function listCities(client: PanelClient): Promise<City[]> {
  return (await call(client.GET('/cities'))) as City[];
}

export async function listPanels(client: PanelClient, q: { city?: string; page?: number; size?: number; sort?: string }): Promise<PanelPage> {
  const query = queryOf<PanelListQuery>({ city: q.city, page: q.page ?? 0, size: q.size ?? 20, sort: q.sort ?? 'name' });
  return (await call(client.GET('/panels', { params: { query } }))) as PanelPage;
}

export async function getPanel(client: PanelClient, id: string): Promise<Panel> {
  return (await call(client.GET('/panels/{id}', { params: { path: { id } } }))) as Panel;
}

export async function createPanel(client: PanelClient, body: CreatePanelBody): Promise<CreatedPanel> {
  return (await call(client.POST('/panels', { body }))) as CreatedPanel;
}
