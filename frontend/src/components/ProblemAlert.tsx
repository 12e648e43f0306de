import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem';
import { useSession } from '../features/auth/session';

/** Title and message for any error, in the user's words; problem+json detail/title when there is one. */
export function describeError(error: unknown, t: TFunction): { title: string; message?: string } {
  if (isApiError(error)) {
    if (error.isNetworkError) return { title: t('errors.network.title'), message: t('errors.network.text') };
    if (error.status === 401) return { title: t('errors.unauthenticated.title'), message: t('errors.unauthenticated.text') };
    if (error.status === 403) return { title: t('errors.forbidden.title'), message: error.detail ?? t('errors.forbidden.text') };
    if (error.status === 404) return { title: t('errors.notFound.title'), message: error.detail };
    if (error.status === 409) return { title: t('errors.conflict.title'), message: t('errors.conflict.text') };
    return { title: error.title, message: error.detail };
  }
  return { title: t('errors.unexpected.title'), message: error instanceof Error ? error.message : undefined };
}

/**
 * An inline alert for a failed request: the problem's title and detail, a login prompt on 401,
 * a "not allowed" message on 403, and the field violations that no form field shows.
 */
export function ProblemAlert({
  error,
  onRetry,
  showViolations = true,
  testId = 'problem-alert',
}: {
  error: unknown;
  onRetry?: () => void;
  showViolations?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const { title, message } = describeError(error, t);
  const violations = showViolations && isApiError(error) ? error.violations : [];
  const unauthenticated = isApiError(error) && error.status === 401;
  return (
    <Alert color={unauthenticated ? 'blue' : 'red'} title={title} role="alert" data-testid={testId}>
      <Stack gap="xs">
        {message && <Text size="sm">{message}</Text>}
        {violations.length > 0 && (
          <List size="sm">
            {violations.map((v) => (
              <List.Item key={`${v.field}:${v.message}`}>{v.field ? `${v.field}: ${v.message}` : v.message}</List.Item>
            ))}
          </List>
        )}
        {(unauthenticated || onRetry) && (
          <Group gap="xs">
            {unauthenticated && <Button size="xs" onClick={() => session.login()}>{t('auth.login')}</Button>}
            {onRetry && (
              <Button size="xs" variant="default" onClick={onRetry}>
                {t('common.retry')}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Alert>
  );
}

/** Shows an error as a notification (for actions whose page stays usable). */
export function notifyError(error: unknown, t: TFunction) {
  const { title, message } = describeError(error, t);
  notifications.show({ color: 'red', title, message: message ?? title });
}

export function notifySuccess(message: string) {
  notifications.show({ color: 'green', message });
}
