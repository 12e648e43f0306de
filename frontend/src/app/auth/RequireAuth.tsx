import type { ReactNode } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { PageHeader } from '../../components/PageHeader';
import { useSession } from '../../lib/session';

/** Renders its children only for a logged-in user; otherwise a prompt to log in. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isLoading) return <Loading label={t('auth.restoring')} heading />;
  if (!session.user) {
    return (
      <Stack>
        <PageHeader title={t('auth.required.title')} />
        <Alert color="blue" data-testid="login-required">
          <Stack gap="sm" align="flex-start">
            <Text size="sm">{t('auth.required.text')}</Text>
            <Button onClick={() => session.login()} data-testid="login-prompt-button">
              {t('auth.login')}
            </Button>
          </Stack>
        </Alert>
      </Stack>
    );
  }
  return <>{children}</>;
}
