import { useState } from 'react';
import { Stack, Title } from '@mantine/core';
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

const PAGE_SIZE = 10;

/** Practices drafted for one town (from concluded initiatives), waiting to be edited and published. */
export function DraftPracticesSection({ city }: { city: string }) {
  const { t } = useTranslation();
  const { practice } = useApi();
  const [page, setPage] = useState(0);
  const cities = useCities();
  const drafts = useAsync(() => listPractices(practice, { status: 'DRAFT', city, page, size: PAGE_SIZE }), [practice, city, page]);

  return (
    <Stack component="section" aria-labelledby="drafts-title" data-testid="draft-practices-section">
      <Title order={2} id="drafts-title">
        {t('practices.drafts.title')}
      </Title>
      {drafts.loading && !drafts.data && <Loading />}
      {drafts.error !== undefined && <ProblemAlert error={drafts.error} onRetry={drafts.reload} />}
      {drafts.data && drafts.data.items.length === 0 && <EmptyState title={t('practices.drafts.empty.title')}>{t('practices.drafts.empty.text')}</EmptyState>}
      {drafts.data && drafts.data.items.length > 0 && (
        <PracticeList items={drafts.data.items} cities={cities.data} linkTo={(p) => `/practices/${p.id}/edit`} label={t('practices.drafts.title')} />
      )}
      {drafts.data && <PagingControls page={drafts.data.page} totalPages={drafts.data.totalPages} totalItems={drafts.data.totalItems} onChange={setPage} label={t('practices.drafts.paging')} />}
    </Stack>
  );
}
