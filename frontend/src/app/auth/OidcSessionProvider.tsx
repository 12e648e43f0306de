import { useEffect, useLayoutEffect, useMemo, type ReactNode } from 'react';
import { AuthProvider, useAuth, type AuthProviderProps } from 'react-oidc-context';
import { WebStorageStateStore } from 'oidc-client-ts';
import type { RuntimeConfig } from '../../api/config';
import { SessionContext, type Session } from '../../lib/session';
import { userFromTokens } from '../../lib/token';

export const CALLBACK_PATH = '/auth/callback';

/** The current access token, read by the API clients at request time (so a renewed token is used). */
export class AccessTokenHolder {
  private token: string | undefined;
  readonly get = (): string | undefined => this.token;
  set(token: string | undefined) {
    this.token = token;
  }
}

/**
 * The realm's access tokens live 60 s (keycloak/realm-cohesion.json), so that a role removed in
 * Keycloak stops working within a minute. The SPA renews them with the refresh token this long
 * before they expire: early enough for a slow network, late enough not to renew on every token
 * (oidc-client-ts's default, 60 s, would renew a 60 s token as soon as it arrives).
 */
export const RENEW_SECONDS_BEFORE_EXPIRY = 20;

/** oidc-client-ts keeps the signed-in user under this prefix (see `userStore` below). */
const USER_KEY_PREFIX = 'oidc.user:';

/**
 * Authorization code + PKCE against the Keycloak realm; the SPA never sees a password. The user
 * (tokens) is kept in localStorage, so a new tab of a signed-in user is signed in too; the tokens
 * are renewed silently with the refresh token {@link RENEW_SECONDS_BEFORE_EXPIRY} s before they expire.
 */
export function oidcSettings(config: RuntimeConfig, origin = window.location.origin): AuthProviderProps {
  return {
    authority: config.oidcIssuer,
    client_id: config.oidcClientId,
    redirect_uri: `${origin}${CALLBACK_PATH}`,
    post_logout_redirect_uri: `${origin}/`,
    response_type: 'code',
    scope: 'openid profile',
    automaticSilentRenew: true,
    accessTokenExpiringNotificationTimeInSeconds: RENEW_SECONDS_BEFORE_EXPIRY,
    userStore: new WebStorageStateStore({ store: window.localStorage }),
  };
}

function stringClaims(value: unknown): Record<string, unknown> {
  return value !== null && typeof value === 'object' ? { ...value } : {};
}

function SessionBridge({
  children,
  tokens,
  onSignedOut,
}: {
  children: ReactNode;
  tokens: AccessTokenHolder;
  onSignedOut?: () => void;
}) {
  const auth = useAuth();
  const accessToken = auth.user?.expired ? undefined : auth.user?.access_token;
  // a layout effect runs before the pages' effects start their requests
  useLayoutEffect(() => tokens.set(accessToken), [tokens, accessToken]);
  const profile = auth.user?.profile;
  const state = stringClaims(auth.user?.state);

  // Logout everywhere: when another tab logs out (or its session ends), the stored user
  // disappears from localStorage and this tab forgets it too.
  const { removeUser } = auth;
  useEffect(() => {
    const onStorage = (e: StorageEvent) => {
      if (e.storageArea === window.localStorage && e.key?.startsWith(USER_KEY_PREFIX) && e.newValue === null) {
        void removeUser();
        onSignedOut?.();
      }
    };
    window.addEventListener('storage', onStorage);
    return () => window.removeEventListener('storage', onStorage);
  }, [removeUser, onSignedOut]);

  const returnTo = typeof state.returnTo === 'string' ? state.returnTo : undefined;
  const session = useMemo<Session>(
    () => ({
      user: auth.isAuthenticated && accessToken ? userFromTokens(accessToken, stringClaims(profile)) : null,
      isLoading: auth.isLoading,
      error: auth.error,
      returnTo,
      login: (to) => {
        void auth.signinRedirect({ state: { returnTo: to ?? window.location.pathname + window.location.search } });
      },
      logout: () => {
        onSignedOut?.();
        // ends the Keycloak session (end_session endpoint); removing the stored user tells the other tabs
        void auth.signoutRedirect();
      },
    }),
    [auth, accessToken, profile, returnTo, onSignedOut],
  );
  return <SessionContext.Provider value={session}>{children}</SessionContext.Provider>;
}

/**
 * Provides the session through react-oidc-context. `tokens` always holds the current access
 * token, for the API clients' bearer middleware.
 */
export function OidcSessionProvider({
  config,
  tokens,
  onSignedOut,
  children,
}: {
  config: RuntimeConfig;
  tokens: AccessTokenHolder;
  onSignedOut?: () => void;
  children: ReactNode;
}) {
  const settings = useMemo(() => oidcSettings(config), [config]);
  return (
    <AuthProvider {...settings}>
      <SessionBridge tokens={tokens} onSignedOut={onSignedOut}>
        {children}
      </SessionBridge>
    </AuthProvider>
  );
}
