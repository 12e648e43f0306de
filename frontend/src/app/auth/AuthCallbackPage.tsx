import { useEffect } from 'react';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Loading';
import { useSession } from '../../lib/session';

function safeReturnTo(value: string | undefined): string {
  // only paths of this SPA, never another origin
  return value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/auth/callback') ? value : '/';
}

/** Where Keycloak redirects back to; the OIDC provider completes the code exchange, then we go on. */
export function AuthCallbackPage() {
  const { t } = useTranslation();
  const session = useSession();
  const navigate = useNavigate();
  const done = !session.isLoading && session.user !== null;
  useEffect(() => {
    if (done) navigate(safeReturnTo(session.returnTo), { replace: true });
  }, [done, navigate, session.returnTo]);

  if (!session.isLoading && !session.user) {
    return (
      <Alert color="red" title={t('auth.callbackFailed')}>
        <Stack gap="sm" align="flex-start">
          {session.error && <Text size="sm">{session.error.message}</Text>}
          <Button onClick={() => session.login('/')}>{t('auth.login')}</Button>
        </Stack>
      </Alert>
    );
  }
  return <Loading label={t('auth.completing')} />;
}
