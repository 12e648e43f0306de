import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PracticeStatus } from '../../api/types';

export function PracticeStatusBadge({ status }: { status: PracticeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge
      color={status === 'PUBLISHED' ? 'green' : 'gray'}
      variant="light"
      data-testid="practice-status"
      data-status={status}
    >
      {t(`practices.status.${status}`)}
    </Badge>
  );
}
