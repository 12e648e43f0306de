import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { describeProblem } from '../lib/problems';
import { PageHeader } from './PageHeader';
import { ProblemAlert } from './ProblemAlert';

/** A page whose resource could not be loaded: the problem as its heading (and document title) and the alert. */
export function ErrorState({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const { t } = useTranslation();
  return (
    <Stack>
      <PageHeader title={describeProblem(error, t).title} crumbs={[{ label: t('nav.home'), to: '/' }]} />
      <ProblemAlert error={error} onRetry={onRetry} />
    </Stack>
  );
}
