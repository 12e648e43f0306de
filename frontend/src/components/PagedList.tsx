import type { ReactNode } from 'react';
import { Button, Stack } from '@mantine/core';
import type { UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { EmptyState } from './EmptyState';
import { Loading } from './Loading';
import { PagingControls } from './PagingControls';
import { ProblemAlert } from './ProblemAlert';

interface Page<T> {
  items: T[];
  page: number;
  totalPages: number;
  totalItems: number;
}

/**
 * The states of one paged list: loading skeleton, problem, empty, a page beyond the last one
 * (e.g. `?page=99` of a list with one page: said so, with a way back to the first page), or
 * the items and the paging.
 */
export function PagedList<T>({
  query,
  empty,
  onPage,
  pagingLabel,
  children,
}: {
  query: UseQueryResult<Page<T>>;
  empty: { title: string; text?: ReactNode };
  onPage: (page: number) => void;
  pagingLabel: string;
  children: (items: T[]) => ReactNode;
}) {
  const { t } = useTranslation();
  if (query.isPending) return <Loading />;
  if (query.isError) return <ProblemAlert error={query.error} onRetry={() => void query.refetch()} />;
  const data = query.data;
  if (data.items.length === 0 && data.totalItems > 0) {
    return (
      <EmptyState title={t('paging.beyond.title', { page: data.page + 1 })} testId="beyond-last-page">
        <Stack gap="xs" align="center">
          {t('paging.beyond.text', { count: data.totalPages })}
          <Button size="xs" variant="default" onClick={() => onPage(0)}>
            {t('paging.beyond.first')}
          </Button>
        </Stack>
      </EmptyState>
    );
  }
  if (data.items.length === 0) return <EmptyState title={empty.title}>{empty.text}</EmptyState>;
  return (
    <Stack gap="sm">
      {children(data.items)}
      <PagingControls
        page={data.page}
        totalPages={data.totalPages}
        totalItems={data.totalItems}
        onChange={onPage}
        label={pagingLabel}
      />
    </Stack>
  );
}
