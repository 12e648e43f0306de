import { useEffect, useRef } from 'react';
import { Alert, Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/problem';
import { describeProblem } from '../lib/problems';
import { useSession } from '../lib/session';

/**
 * An inline alert for a failed request: a translated title and text chosen by the problem's
 * `type` (status as the fallback), the service's `detail` as secondary text, a login prompt on
 * 401, a reload button for a stale version, and the field violations no form field shows.
 * `focusOnShow` moves focus to it, for the error of an action the user just took.
 */
export function ProblemAlert({
  error,
  onRetry,
  onReload,
  showViolations = true,
  focusOnShow = false,
  testId = 'problem-alert',
}: {
  error: unknown;
  onRetry?: () => void;
  onReload?: () => void;
  showViolations?: boolean;
  focusOnShow?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const session = useSession();
  const ref = useRef<HTMLDivElement>(null);
  const problem = describeProblem(error, t);
  const violations = showViolations && isApiError(error) ? error.violations : [];
  const unauthenticated = problem.kind === 'unauthenticated';
  const stale = problem.kind === 'stale';
  useEffect(() => {
    if (focusOnShow) ref.current?.focus();
  }, [focusOnShow, error]);
  return (
    <Alert
      ref={ref}
      tabIndex={-1}
      color={unauthenticated ? 'blue' : stale ? 'orange' : 'red'}
      title={problem.title}
      role="alert"
      data-testid={testId}
      data-problem={problem.kind}
    >
      <Stack gap="xs">
        <Text size="sm">{problem.text}</Text>
        {problem.detail && (
          <Text size="xs" c="dimmed" data-testid="problem-detail">
            {t('errors.serverSaid', { detail: problem.detail })}
          </Text>
        )}
        {violations.length > 0 && (
          <List size="sm">
            {violations.map((v) => (
              <List.Item key={`${v.field}:${v.message}`}>{v.field ? `${v.field}: ${v.message}` : v.message}</List.Item>
            ))}
          </List>
        )}
        {(unauthenticated || onRetry || (stale && onReload)) && (
          <Group gap="xs">
            {unauthenticated && (
              <Button size="xs" onClick={() => session.login()}>
                {t('auth.login')}
              </Button>
            )}
            {stale && onReload && (
              <Button size="xs" variant="default" onClick={onReload} data-testid="problem-reload">
                {t('common.reload')}
              </Button>
            )}
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
