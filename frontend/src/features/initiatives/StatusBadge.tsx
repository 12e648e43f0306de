import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InitiativeStatus } from '../../api/types';
import { statusLabel } from './labels';

const COLORS: Record<InitiativeStatus, string> = {
  DRAFT: 'gray',
  PROPOSED: 'blue',
  APPROVED: 'cyan',
  PILOTING: 'violet',
  UNDER_REVIEW: 'orange',
  CONCLUDED: 'green',
  WITHDRAWN: 'dark',
};

export function InitiativeStatusBadge({ status }: { status: InitiativeStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLORS[status] ?? 'gray'} variant="light" data-testid="initiative-status" data-status={status}>
      {statusLabel(t, status)}
    </Badge>
  );
}
