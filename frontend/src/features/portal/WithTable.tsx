import { Button, Stack, VisuallyHidden } from '@mantine/core';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A chart with its table alternative. A chart is drawn for the eye (aria-hidden) unless it holds
 * controls of its own (`interactive`, the map's town buttons); the table is always in the page for
 * assistive technology and shown on request for everyone else.
 */
export function WithTable({
  chart,
  table,
  testId,
  interactive = false,
}: {
  chart: ReactNode;
  table: ReactNode;
  testId: string;
  interactive?: boolean;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState(false);
  const id = useId();
  return (
    <Stack gap="xs" data-testid={testId}>
      <div aria-hidden={interactive ? undefined : true}>{chart}</div>
      <div>
        <Button
          variant="subtle"
          size="compact-sm"
          onClick={() => setShown((s) => !s)}
          aria-expanded={shown}
          aria-controls={id}
          data-testid={`${testId}-toggle`}
        >
          {shown ? t('portal.hideTable') : t('portal.showTable')}
        </Button>
      </div>
      <div id={id}>{shown ? table : <VisuallyHidden>{table}</VisuallyHidden>}</div>
    </Stack>
  );
}
