import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PublicationStatus } from '../../api/types';

const COLOURS: Record<PublicationStatus, string> = { DRAFT: 'gray', PUBLISHED: 'green', WITHDRAWN: 'red' };

/** Where a finding or recommendation stands: draft, published or withdrawn. */
export function PublicationBadge({ status }: { status: PublicationStatus }) {
  const { t } = useTranslation();
  return (
    <Badge color={COLOURS[status]} variant="light" data-testid="publication-status" data-status={status}>
      {t(`findings.status.${status}`)}
    </Badge>
  );
}
