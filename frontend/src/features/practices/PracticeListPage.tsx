import { Anchor, NativeSelect, Stack } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { practicesQuery } from '../../api/practices';
import { PageHeader } from '../../components/PageHeader';
import { PagedList } from '../../components/PagedList';
import { useCities } from '../../lib/cities';
import { usePageParam } from '../../lib/paging';
import { PracticeList } from './PracticeList';

export const PRACTICES_PAGE_SIZE = 10;

/** Public list of published good practices; page and town live in the URL (?page=2&city=tartu). */
export function PracticeListPage() {
  const { t } = useTranslation();
  const { practice } = useApi();
  const [params, setParams] = useSearchParams();
  const [page, setPage] = usePageParam();
  const city = params.get('city') ?? '';
  const cities = useCities();
  const practices = useQuery({
    ...practicesQuery(practice, { status: 'PUBLISHED', city: city || undefined, page, size: PRACTICES_PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  function chooseTown(next: string) {
    const p = new URLSearchParams(params);
    if (next) p.set('city', next);
    else p.delete('city');
    p.delete('page');
    setParams(p);
  }

  return (
    <Stack gap="md">
      <PageHeader
        title={t('practices.title')}
        crumbs={[{ label: t('nav.home'), to: '/' }]}
        lead={t('practices.intro')}
      />
      <Anchor component={Link} to="/practice-search" data-testid="practice-search-link">
        {t('practiceSearch.link')}
      </Anchor>
      {cities.data && cities.data.length > 0 && (
        <NativeSelect
          label={t('practices.filterTown')}
          value={city}
          onChange={(e) => chooseTown(e.currentTarget.value)}
          data={[
            { value: '', label: t('practices.allTowns') },
            ...cities.data.map((c) => ({ value: c.code, label: `${c.name} (${c.countryName})` })),
          ]}
          maw={320}
          data-testid="practice-town-filter"
        />
      )}
      <PagedList
        query={practices}
        onPage={setPage}
        pagingLabel={t('practices.paging')}
        empty={{ title: t('practices.empty.title'), text: t('practices.empty.text') }}
      >
        {(items) => (
          <PracticeList
            items={items}
            cities={cities.data}
            linkTo={(p) => `/practices/${p.id}`}
            label={t('practices.title')}
          />
        )}
      </PagedList>
    </Stack>
  );
}
