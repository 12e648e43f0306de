import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TransferStatus } from './api';

const COLOR: Record<TransferStatus, string> = {
  INTERESTED: 'blue',
  ADAPTING: 'orange',
  TRANSFERRED: 'green',
  ABANDONED: 'gray',
};

export function TransferStatusBadge({ status }: { status: TransferStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOR[status]} variant="light" data-testid="transfer-status" data-status={status}>
      {t(`transfers.status.${status}`)}
    </Badge>
  );
}
