import { describe, expect, it } from 'vitest';
import { fakeJwt } from '../test/utils';
import { decodeJwtPayload, userFromTokens } from './token';

describe('access token claims', () => {
  it('decodes a base64url payload with non-ASCII text', () => {
    const payload = { preferred_username: 'žiga', city: 'celje' };
    const b64url = btoa(String.fromCharCode(...new TextEncoder().encode(JSON.stringify(payload))))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(decodeJwtPayload(`x.${b64url}.y`)).toEqual(payload);
  });

  it('gives an empty object for an unreadable token', () => {
    expect(decodeJwtPayload('garbage')).toEqual({});
    expect(decodeJwtPayload('a.%%%.b')).toEqual({});
    expect(decodeJwtPayload(undefined)).toEqual({});
  });

  it('reads username, Cohesion roles and town', () => {
    const token = fakeJwt({
      preferred_username: 'coordinator-tartu',
      city: 'tartu',
      realm_access: { roles: ['default-roles-cohesion', 'offline_access', 'city-coordinator'] },
    });
    expect(userFromTokens(token)).toEqual({
      username: 'coordinator-tartu',
      roles: ['city-coordinator'],
      city: 'tartu',
      isAdmin: false,
      isCoordinator: true,
      isMember: false,
    });
  });

  it('takes the town from the profile when the access token lacks it', () => {
    const token = fakeJwt({ realm_access: { roles: ['panel-member'] } });
    const user = userFromTokens(token, { preferred_username: 'member-mechelen', city: 'mechelen' });
    expect(user.username).toBe('member-mechelen');
    expect(user.city).toBe('mechelen');
  });
});
