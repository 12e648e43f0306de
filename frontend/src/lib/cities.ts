import { useQuery } from '@tanstack/react-query';
import { useApi } from '../api/ApiContext';
import { citiesQuery } from '../api/panels';
import type { City } from '../api/types';

/** The partner towns, fetched once per visit and shared by every page. */
export function useCities() {
  const { panel } = useApi();
  return useQuery(citiesQuery(panel));
}

/** The display name of a town code, falling back to the code. */
export function cityName(cities: City[] | undefined, code: string | null | undefined): string {
  if (!code) return '';
  return cities?.find((c) => c.code === code)?.name ?? code;
}
