import type { TFunction } from 'i18next';
import type { SessionStatus } from '../../api/sessions';

export function sessionStatusLabel(t: TFunction, status: SessionStatus): string {
  return t(`sessions.status.${status}`);
}
