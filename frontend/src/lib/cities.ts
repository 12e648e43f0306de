import { useApi } from '../../api/ApiContext';
import type { PanelClient } from '../../api/client';
import type { City } from '../../api/types';
import { useAsync } from '../../shared/useAsync';
import { listCities } from './api';

const cache = new WeakMap<PanelClient, Promise<City[]>>();

/** The partner towns, fetched once per client (a failed fetch is retried on the next use). */
export function useCities() {
  const { panel } = useApi();
  return useAsync(() => {
    let pending = cache.get(panel);
    if (!pending) {
      pending = listCities(panel);
      cache.set(panel, pending);
      pending.catch(() => cache.delete(panel));
    }
    return pending;
  }, [panel]);
}

/** The display name of a town code, falling back to the code. */
export function cityName(cities: City[] | undefined, code: string | null | undefined): string {
  if (!code) return '';
  return cities?.find((c) => c.code === code)?.name ?? code;
}
