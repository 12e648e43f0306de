import type { ReactNode } from 'react';
import { Stack, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { practicesQuery } from '../../api/practices';
import { PageHeader } from '../../components/PageHeader';
import { PagedList } from '../../components/PagedList';
import { cityName, useCities } from '../../lib/cities';
import { townCrumbs } from '../../lib/crumbs';
import { usePageParam } from '../../lib/paging';
import { allowedActions } from '../../lib/permissions';
import { useSession } from '../../lib/session';
import { PracticeList } from './PracticeList';

const PAGE_SIZE = 10;

/**
 * One town's practices: the drafted ones (from concluded initiatives) waiting to be edited and
 * published, for who may see drafts, and the published ones. Other areas add their parts through
 * `sections` (composed in app/TownPracticesRoute).
 */
export function TownPracticesPage({ sections }: { sections?: (city: string) => ReactNode } = {}) {
  const { city = '' } = useParams();
  const { t } = useTranslation();
  const { practice } = useApi();
  const { user } = useSession();
  const cities = useCities();
  const [page, setPage] = usePageParam();
  const [draftPage, setDraftPage] = usePageParam('drafts');
  const published = useQuery({
    ...practicesQuery(practice, { status: 'PUBLISHED', city, page, size: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });
  const actions = allowedActions(published.data);
  const mayDraft = actions.has('VIEW_DRAFT_PRACTICES');
  const drafts = useQuery({
    ...practicesQuery(practice, { status: 'DRAFT', city, page: draftPage, size: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    enabled: mayDraft,
  });
  const town = cityName(cities.data, city);

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('practices.titleWithTown', { town })}
        crumbs={townCrumbs(t, cities.data, city, user?.isAdmin ?? false)}
      />
      {mayDraft && (
        <Stack component="section" aria-labelledby="drafts-title" data-testid="draft-practices-section">
          <Title order={2} id="drafts-title">
            {t('practices.drafts.title')}
          </Title>
          <PagedList
            query={drafts}
            onPage={setDraftPage}
            pagingLabel={t('practices.drafts.paging')}
            empty={{ title: t('practices.drafts.empty.title'), text: t('practices.drafts.empty.text') }}
          >
            {(items) => (
              <PracticeList
                items={items}
                cities={cities.data}
                linkTo={(p) => `/practices/${p.id}/edit`}
                label={t('practices.drafts.title')}
              />
            )}
          </PagedList>
        </Stack>
      )}
      <Stack component="section" aria-labelledby="published-title" data-testid="published-practices-section">
        <Title order={2} id="published-title">
          {t('practices.published.title')}
        </Title>
        <PagedList
          query={published}
          onPage={setPage}
          pagingLabel={t('practices.published.paging')}
          empty={{ title: t('practices.empty.title'), text: t('practices.empty.text') }}
        >
          {(items) => (
            <PracticeList
              items={items}
              cities={cities.data}
              linkTo={(p) => `/practices/${p.id}`}
              label={t('practices.published.title')}
            />
          )}
        </PagedList>
      </Stack>
      {sections?.(city)}
    </Stack>
  );
}
