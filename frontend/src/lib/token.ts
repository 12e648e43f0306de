/** Cohesion's realm roles; other roles of the token (Keycloak defaults) are ignored. */
export const COHESION_ROLES = ['network-admin', 'city-coordinator', 'panel-member'] as const;
export type CohesionRole = (typeof COHESION_ROLES)[number];

export interface CurrentUser {
  username: string;
  /** Cohesion roles from the access token's realm_access.roles */
  roles: CohesionRole[];
  /** Town code from the `city` claim, e.g. "mechelen"; null for a network admin without a town */
  city: string | null;
  isAdmin: boolean;
  isCoordinator: boolean;
  isMember: boolean;
}

/**
 * Decodes the payload of a JWT without verifying it (the services verify the token; the SPA
 * only reads claims to shape the UI). Returns an empty object for anything unreadable.
 */
export function decodeJwtPayload(token: string | null | undefined): Record<string, unknown> {
  if (!token) return {};
  const parts = token.split('.');
  if (parts.length < 2) return {};
  try {
    const base64 = parts[1].replace(/-/g, '+').replace(/_/g, '/');
    const padded = base64 + '='.repeat((4 - (base64.length % 4)) % 4);
    const bytes = Uint8Array.from(atob(padded), (c) => c.charCodeAt(0));
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    return payload !== null && typeof payload === 'object' && !Array.isArray(payload)
      ? (payload as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The user as the UI sees it: claims of the access token first, then of the ID token profile. */
export function userFromTokens(
  accessToken: string | null | undefined,
  profile: Record<string, unknown> = {},
): CurrentUser {
  const claims = decodeJwtPayload(accessToken);
  const realmAccess = (claims.realm_access ?? profile.realm_access) as { roles?: unknown } | undefined;
  const rawRoles = Array.isArray(realmAccess?.roles) ? realmAccess.roles : [];
  const roles = COHESION_ROLES.filter((r) => rawRoles.includes(r));
  const city = str(claims.city) ?? str(profile.city) ?? null;
  const username =
    str(claims.preferred_username) ??
    str(profile.preferred_username) ??
    str(profile.name) ??
    str(claims.sub) ??
    str(profile.sub) ??
    '?';
  return {
    username,
    roles,
    city,
    isAdmin: roles.includes('network-admin'),
    isCoordinator: roles.includes('city-coordinator'),
    isMember: roles.includes('panel-member'),
  };
}
