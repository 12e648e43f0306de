import { Badge, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Session } from '../../api/sessions';

/** Whether the session had (or, planned, would have) its quorum; words, not colour alone. */
export function QuorumBadge({ quorum }: { quorum: Session['quorum'] }) {
  const { t } = useTranslation();
  if (!quorum) {
    return (
      <Badge variant="outline" color="gray" tt="none" data-testid="quorum-badge">
        {t('sessions.quorum.unknown')}
      </Badge>
    );
  }
  const detail = t('sessions.quorum.detail', {
    present: quorum.present,
    eligible: quorum.eligible,
    required: quorum.required,
  });
  return (
    <Tooltip label={detail}>
      <Badge
        variant="light"
        color={quorum.met ? 'green' : 'orange'}
        tt="none"
        data-testid="quorum-badge"
        aria-label={`${quorum.met ? t('sessions.quorum.met') : t('sessions.quorum.notMet')}: ${detail}`}
      >
        {quorum.met ? t('sessions.quorum.met') : t('sessions.quorum.notMet')}
      </Badge>
    </Tooltip>
  );
}
