import { Skeleton, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A loading placeholder shaped like a list (or a page), announced to assistive technology. */
export function Loading({ label, lines = 3, heading = false }: { label?: string; lines?: number; heading?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" role="status" aria-live="polite" data-testid="loading">
      <VisuallyHidden>
        <Text>{label ?? t('common.loading')}</Text>
      </VisuallyHidden>
      {heading && <Skeleton height={36} width="60%" radius="sm" />}
      {Array.from({ length: lines }, (_, i) => (
        <Skeleton key={i} height={64} radius="md" />
      ))}
    </Stack>
  );
}
