import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SessionStatus } from '../../api/sessions';
import { sessionStatusLabel } from './labels';

const COLOUR: Record<SessionStatus, string> = { PLANNED: 'blue', HELD: 'green', CANCELLED: 'gray' };

export function SessionStatusBadge({ status }: { status: SessionStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOUR[status]} variant="light" tt="none" data-testid="session-status">
      {sessionStatusLabel(t, status)}
    </Badge>
  );
}
