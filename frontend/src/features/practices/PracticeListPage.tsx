import { NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { EmptyState } from '../../shared/EmptyState';
import { Loading } from '../../shared/Loading';
import { PagingControls } from '../../shared/PagingControls';
import { ProblemAlert } from '../../shared/ProblemAlert';
import { useAsync } from '../../shared/useAsync';
import { useCities } from '../panels/useCities';
import { listPractices } from './api';
import { PracticeList } from './PracticeList';

export const PRACTICES_PAGE_SIZE = 10;

function pageParam(value: string | null): number {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n - 1 : 0;
}

/** Public list of published good practices; page and town live in the URL (?page=2&city=tartu). */
export function PracticeListPage() {
  const { t } = useTranslation();
  const { practice } = useApi();
  const [params, setParams] = useSearchParams();
  const page = pageParam(params.get('page'));
  const city = params.get('city') ?? '';
  const cities = useCities();
  const practices = useAsync(
    () => listPractices(practice, { status: 'PUBLISHED', city: city || undefined, page, size: PRACTICES_PAGE_SIZE }),
    [practice, city, page],
  );

  function update(next: { page?: number; city?: string }) {
    const p = new URLSearchParams(params);
    const nextCity = next.city ?? city;
    if (nextCity) p.set('city', nextCity);
    else p.delete('city');
    const nextPage = next.page ?? 0;
    if (nextPage > 0) p.set('page', String(nextPage + 1));
    else p.delete('page');
    setParams(p);
  }

  return (
    <Stack gap="md">
      <Title order={1}>{t('practices.title')}</Title>
      <Text c="dimmed">{t('practices.intro')}</Text>
      {cities.data && cities.data.length > 0 && (
        <NativeSelect
          label={t('practices.filterTown')}
          value={city}
          onChange={(e) => update({ city: e.currentTarget.value, page: 0 })}
          data={[{ value: '', label: t('practices.allTowns') }, ...cities.data.map((c) => ({ value: c.code, label: `${c.name} (${c.countryName})` }))]}
          maw={320}
          data-testid="practice-town-filter"
        />
      )}
      {practices.loading && !practices.data && <Loading />}
      {practices.error !== undefined && <ProblemAlert error={practices.error} onRetry={practices.reload} />}
      {practices.data && practices.data.items.length === 0 && <EmptyState title={t('practices.empty.title')}>{t('practices.empty.text')}</EmptyState>}
      {practices.data && practices.data.items.length > 0 && (
        <PracticeList items={practices.data.items} cities={cities.data} linkTo={(p) => `/practices/${p.id}`} label={t('practices.title')} />
      )}
      {practices.data && (
        <PagingControls
          page={practices.data.page}
          totalPages={practices.data.totalPages}
          totalItems={practices.data.totalItems}
          onChange={(p) => update({ page: p })}
          label={t('practices.paging')}
        />
      )}
    </Stack>
  );
}
