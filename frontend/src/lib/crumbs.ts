import type { TFunction } from 'i18next';
import type { City } from '../api/types';
import type { Crumb } from '../components/PageHeader';
import { cityName } from './cities';

/** Paths of a town's workspace, shared by the features that link into it. */
export const townPath = (city: string, area?: 'panels' | 'initiatives' | 'practices') =>
  `/towns/${encodeURIComponent(city)}${area ? `/${area}` : ''}`;

/** Breadcrumbs down to a town's dashboard: Start › Towns (for an admin) › the town. */
export function townCrumbs(t: TFunction, cities: City[] | undefined, city: string, isAdmin: boolean): Crumb[] {
  return [
    { label: t('nav.home'), to: '/' },
    ...(isAdmin ? [{ label: t('nav.towns'), to: '/towns' }] : []),
    { label: cityName(cities, city), to: townPath(city) },
  ];
}
