import type { ReactNode } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../shared/Loading';
import { useSession } from './session';

/** Renders its children only for a logged-in user; otherwise a prompt to log in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isLoading) return <Loading label={t('auth.restoring')} />;
  if (!session.user) {
    return (
      <Alert color="blue" title={t('auth.required.title')} data-testid="login-required">
        <Stack gap="sm" align="flex-start">
          <Text size="sm">{t('auth.required.text')}</Text>
          <Button onClick={() => session.login()} data-testid="login-prompt-button">
            {t('auth.login')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <>{children}</>;
}
