import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { InMemoryWebStorage, User, UserManager, WebStorageStateStore, type UserManagerSettings } from 'oidc-client-ts';
import { oidcSettings, RENEW_SECONDS_BEFORE_EXPIRY } from './OidcSessionProvider';
import { testConfig } from '../../test/utils';

const ISSUER = testConfig.oidcIssuer;
const TOKEN_ENDPOINT = `${ISSUER}/protocol/openid-connect/token`;
/** The realm's access-token lifespan (keycloak/realm-cohesion.json). */
const LIFESPAN_SECONDS = 60;

function json(body: unknown): Response {
  return new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } });
}

/** The signed-in user's renewal as the app configures it, against a fake Keycloak. */
describe('access-token renewal', () => {
  let refreshes: URLSearchParams[];
  let manager: UserManager;

  beforeEach(async () => {
    vi.useFakeTimers({ now: new Date('2026-12-04T10:00:00Z') });
    refreshes = [];
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      if (url.endsWith('/.well-known/openid-configuration')) {
        return json({
          issuer: ISSUER,
          authorization_endpoint: `${ISSUER}/protocol/openid-connect/auth`,
          token_endpoint: TOKEN_ENDPOINT,
          end_session_endpoint: `${ISSUER}/protocol/openid-connect/logout`,
          jwks_uri: `${ISSUER}/protocol/openid-connect/certs`,
        });
      }
      if (url === TOKEN_ENDPOINT) {
        const body = new URLSearchParams(String(init?.body));
        refreshes.push(body);
        return json({
          access_token: `access-${refreshes.length + 1}`,
          refresh_token: `refresh-${refreshes.length + 1}`,
          token_type: 'Bearer',
          expires_in: LIFESPAN_SECONDS,
          scope: 'openid profile',
        });
      }
      throw new Error(`unexpected request to ${url}`);
    });
    manager = new UserManager({
      // the app's settings, as react-oidc-context hands them to its UserManager
      ...(oidcSettings(testConfig, 'http://127.0.0.1:3000') as UserManagerSettings),
      userStore: new WebStorageStateStore({ store: new InMemoryWebStorage() }),
    });
    const user = new User({
      access_token: 'access-1',
      refresh_token: 'refresh-1',
      token_type: 'Bearer',
      scope: 'openid profile',
      session_state: null,
      profile: { sub: 'user-1', iss: ISSUER, aud: testConfig.oidcClientId, exp: 0, iat: 0 },
      expires_at: Math.floor(Date.now() / 1000) + LIFESPAN_SECONDS,
    });
    await manager.storeUser(user);
    await manager.events.load(user);
  });

  afterEach(() => {
    manager.stopSilentRenew();
    vi.useRealTimers();
  });

  it('renews with the refresh token before the token expires, not at once', async () => {
    expect(RENEW_SECONDS_BEFORE_EXPIRY).toBeGreaterThanOrEqual(10);
    expect(RENEW_SECONDS_BEFORE_EXPIRY).toBeLessThan(LIFESPAN_SECONDS / 2);

    await vi.advanceTimersByTimeAsync((LIFESPAN_SECONDS - RENEW_SECONDS_BEFORE_EXPIRY - 1) * 1000);
    expect(refreshes).toHaveLength(0);

    await vi.advanceTimersByTimeAsync(2_000);
    expect(refreshes).toHaveLength(1);
    expect(refreshes[0].get('grant_type')).toBe('refresh_token');
    expect(refreshes[0].get('refresh_token')).toBe('refresh-1');
    expect(refreshes[0].get('client_id')).toBe('cohesion-web');

    const renewed = await manager.getUser();
    expect(renewed?.access_token).toBe('access-2');
    expect(renewed?.expired).toBe(false);
    expect(renewed?.profile.sub).toBe('user-1');
  });

  it('keeps renewing, once per token lifetime, so the user stays signed in', async () => {
    await vi.advanceTimersByTimeAsync(5 * LIFESPAN_SECONDS * 1000);
    // Each renewed token lives 60 s and is renewed 20 s before its end: every 40 s, never expired.
    expect(refreshes.length).toBeGreaterThanOrEqual(6);
    expect(refreshes.length).toBeLessThanOrEqual(8);
    expect(refreshes.map((r) => r.get('refresh_token'))).toEqual(refreshes.map((_, i) => `refresh-${i + 1}`));
    expect((await manager.getUser())?.expired).toBe(false);
  });
});
