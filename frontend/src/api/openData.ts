import { queryOptions } from '@tanstack/react-query';
import { call, type PracticeClient } from './client';
import type { OpenDataPackage } from './types';

/** Where the open data lives on practice-exchange-service, relative to its base URL. */
export const OPEN_DATA_PATH = '/open-data/';
export const PRACTICES_FEED_PATH = '/feeds/practices.atom';

export const openDataKeys = { descriptor: ['open-data', 'descriptor'] as const };

export async function getOpenDataPackage(client: PracticeClient): Promise<OpenDataPackage> {
  return call(client.GET('/open-data/datapackage.json'));
}

export const openDataPackageQuery = (client: PracticeClient) =>
  queryOptions({ queryKey: openDataKeys.descriptor, queryFn: () => getOpenDataPackage(client) });
