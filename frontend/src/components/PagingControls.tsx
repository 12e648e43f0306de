import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../lib/format';

/** Previous/next paging for the services' 0-based pages; only the total when there is one page. */
export function PagingControls({
  page,
  totalPages,
  totalItems,
  onChange,
  label,
}: {
  page: number;
  totalPages: number;
  totalItems: number;
  onChange: (page: number) => void;
  label?: string;
}) {
  const { t } = useTranslation();
  const total = (
    <Text size="xs" c="dimmed" data-testid="paging-total">
      {t('paging.items', { count: totalItems })}
    </Text>
  );
  if (totalPages <= 1) return total;
  return (
    <Group justify="space-between" component="nav" aria-label={label ?? t('paging.label')} data-testid="paging">
      {total}
      <Group gap="xs">
        <Button size="xs" variant="default" disabled={page <= 0} onClick={() => onChange(page - 1)}>
          {t('paging.previous')}
        </Button>
        <Text size="sm" aria-live="polite" data-testid="paging-position">
          {t('paging.position', { page: formatNumber(page + 1), totalPages: formatNumber(totalPages) })}
        </Text>
        <Button size="xs" variant="default" disabled={page >= totalPages - 1} onClick={() => onChange(page + 1)}>
          {t('paging.next')}
        </Button>
      </Group>
    </Group>
  );
}
