import { useMemo, useRef, type ReactNode } from 'react';
import { AuthProvider, useAuth, type AuthProviderProps } from 'react-oidc-context';
import { WebStorageStateStore } from 'oidc-client-ts';
import type { RuntimeConfig } from '../../api/config';
import { SessionContext, type Session } from './session';
import { userFromTokens } from './token';

export const CALLBACK_PATH = '/auth/callback';

/** Authorization code + PKCE against the Keycloak realm; the SPA never sees a password. */
export function oidcSettings(config: RuntimeConfig, origin = window.location.origin): AuthProviderProps {
  return {
    authority: config.oidcIssuer,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  };
}

function SessionBridge({ children, tokenRef }: { children: ReactNode; tokenRef: { current: string | undefined } }) {
  const auth = useAuth();
  const accessToken = auth.user?.expired ? undefined : auth.user?.access_token;
  tokenRef.current = accessToken;
  const profile = auth.user?.profile as Record<string, unknown> | undefined;
  const state = auth.user?.state as { returnTo?: unknown } | undefined;
  const session = useMemo<Session>(
    () => ({
      user: auth.isAuthenticated && accessToken ? userFromTokens(accessToken, profile) : null,
      isLoading: auth.isLoading,
      error: auth.error,
      returnTo: typeof state?.returnTo === 'string' ? state.returnTo : undefined,
      login: (returnTo) => {
        void auth.signinRedirect({ state: { returnTo: returnTo ?? window.location.pathname + window.location.search } });
      },
      logout: () => {
        void auth.signoutRedirect();
      },
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [auth.isAuthenticated, auth.isLoading, auth.error, accessToken, profile, state],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/**
 * Provides the session through react-oidc-context. `tokenRef` always holds the current access
 * token, for the API clients' bearer middleware.
 */
export function OidcSessionProvider({ config, tokenRef, children }: { config: RuntimeConfig; tokenRef: { current: string | undefined }; children: ReactNode }) {
  const settings = useRef(oidcSettings(config)).current;
  return (
    <AuthProvider {...settings}>
      <SessionBridge tokenRef={tokenRef}>{children}</SessionBridge>
    </AuthProvider>
  );
}
