import { useState } from 'react';
import { Anchor, Group, List, Stack, Text } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useApi } from '../../api/ApiContext';
import { practicesQuery } from '../../api/practices';
import { EmptyState } from '../../components/EmptyState';
import { ErrorState } from '../../components/ErrorState';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { PagingControls } from '../../components/PagingControls';
import { cityName, useCities } from '../../lib/cities';
import { formatDateTime } from '../../lib/format';

const PAGE_SIZE = 20;

/**
 * The network admin's validation queue: every town's SUBMITTED practices, each a link to the
 * practice page, where the validation panel publishes or returns it.
 */
export function ValidationQueuePage() {
  const { t } = useTranslation();
  const { practice } = useApi();
  const cities = useCities();
  const [page, setPage] = useState(0);
  const queue = useQuery({
    ...practicesQuery(practice, { status: 'SUBMITTED', page, size: PAGE_SIZE }),
    placeholderData: keepPreviousData,
  });

  return (
    <Stack gap="md">
      <PageHeader
        title={t('practiceValidation.queue.title')}
        crumbs={[{ label: t('nav.home'), to: '/' }]}
        lead={t('practiceValidation.queue.intro')}
      />
      {queue.isPending && <Loading />}
      {queue.isError && <ErrorState error={queue.error} onRetry={() => void queue.refetch()} />}
      {queue.isSuccess && queue.data.items.length === 0 && (
        <EmptyState title={t('practiceValidation.queue.empty.title')} testId="validation-queue-empty">
          {t('practiceValidation.queue.empty.text')}
        </EmptyState>
      )}
      {queue.isSuccess && queue.data.items.length > 0 && (
        <>
          <List listStyleType="none" spacing="sm" data-testid="validation-queue">
            {queue.data.items.map((item) => (
              <List.Item key={item.id} data-testid="validation-queue-item">
                <Group gap="xs" wrap="wrap">
                  <Anchor component={Link} to={`/practices/${item.id}`} fw={500}>
                    {item.title}
                  </Anchor>
                  <Text size="sm" c="dimmed">
                    {cityName(cities.data, item.city)} ·{' '}
                    {t('practiceValidation.queue.submittedAt', { date: formatDateTime(item.updatedAt) })}
                  </Text>
                </Group>
              </List.Item>
            ))}
          </List>
          <PagingControls
            page={queue.data.page}
            totalPages={queue.data.totalPages}
            totalItems={queue.data.totalItems}
            onChange={setPage}
            label={t('practiceValidation.queue.paging')}
          />
        </>
      )}
    </Stack>
  );
}
