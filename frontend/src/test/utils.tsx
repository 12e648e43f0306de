import type { ReactElement, ReactNode } from 'react';
import { MantineProvider } from '@mantine/core';
import { Notifications } from '@mantine/notifications';
import { render } from '@testing-library/react';
import { MemoryRouter, Route, Routes } from 'react-router';
import { vi } from 'vitest';
import { ApiProvider } from '../api/ApiContext';
import { createApiClients, type FetchFn } from '../api/client';
import type { RuntimeConfig } from '../api/config';
import { QueryClientProvider } from '@tanstack/react-query';
import { createQueryClient } from '../app/App';
import { SessionContext, type Session } from '../lib/session';
import { userFromTokens, type CohesionRole } from '../lib/token';

export const testConfig: RuntimeConfig = {
  panelApi: 'http://panel.test',
  initiativeApi: 'http://initiative.test',
  practiceApi: 'http://practice.test',
  oidcIssuer: 'http://idp.test/realms/cohesion',
  oidcClientId: 'cohesion-web',
};

/** An unsigned JWT with these claims (the SPA never verifies tokens). */
export function fakeJwt(claims: Record<string, unknown>): string {
  const b64 = (o: unknown) => btoa(JSON.stringify(o)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.sig`;
}

export function fakeSession(
  opts: { username?: string; roles?: CohesionRole[]; city?: string | null } | null = null,
): Session & { token?: string } {
  const token = opts
    ? fakeJwt({
        preferred_username: opts.username ?? 'coordinator-mechelen',
        realm_access: { roles: [...(opts.roles ?? ['city-coordinator']), 'default-roles-cohesion'] },
        ...(opts.city === null ? {} : { city: opts.city ?? 'mechelen' }),
      })
    : undefined;
  return {
    user: token ? userFromTokens(token) : null,
    isLoading: false,
    login: vi.fn(),
    logout: vi.fn(),
    token,
  };
}

export function json(body: unknown, status = 200, contentType = 'application/json'): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': contentType } });
}

/** A problem+json answer; `type` is the last part of the services' `urn:cohesion:problem:` URIs. */
export function problem(
  status: number,
  title: string,
  detail?: string,
  violations: { field: string; message: string }[] = [],
  type?: string,
): Response {
  return json(
    { type: `urn:cohesion:problem:${type ?? status}`, title, status, detail, instance: '/x', violations },
    status,
    'application/problem+json',
  );
}

type Handler = (request: Request, url: URL) => Response | Promise<Response> | undefined;

/** A fetch that answers from `handler` and records every request. */
export function mockFetch(handler: Handler) {
  const requests: Request[] = [];
  const fn = vi.fn<FetchFn>(async (request) => {
    requests.push(request.clone());
    const response = await handler(request, new URL(request.url));
    if (!response) throw new Error(`unexpected request ${request.method} ${request.url}`);
    return response;
  });
  return { fetch: fn, requests };
}

/** A page envelope; `allowedActions` as the services send it for the list's scope. */
export function page<T>(
  items: T[],
  pageIndex = 0,
  size = 10,
  totalItems = items.length,
  allowedActions: string[] = [],
) {
  return { items, page: pageIndex, size, totalItems, totalPages: Math.ceil(totalItems / size), allowedActions };
}

export function renderWithProviders(
  ui: ReactElement,
  {
    fetch,
    session = fakeSession(),
    route = '/',
    path = '*',
  }: { fetch: FetchFn; session?: Session & { token?: string }; route?: string; path?: string },
) {
  const clients = createApiClients(testConfig, () => session.token, fetch);
  const queryClient = createQueryClient();
  queryClient.setDefaultOptions({ queries: { retry: false, staleTime: 0 } });
  const wrap = (children: ReactNode) => (
    <QueryClientProvider client={queryClient}>
      <MantineProvider>
        <Notifications />
        <SessionContext.Provider value={session}>
          <ApiProvider clients={clients} config={testConfig}>
            <MemoryRouter initialEntries={[route]}>
              <Routes>
                <Route path={path} element={children} />
              </Routes>
            </MemoryRouter>
          </ApiProvider>
        </SessionContext.Provider>
      </MantineProvider>
    </QueryClientProvider>
  );
  return render(wrap(ui));
}

export const cities = [
  {
    code: 'mechelen',
    name: 'Mechelen',
    countryCode: 'BE',
    countryName: 'Belgium',
    defaultLanguage: 'nl-BE',
    timeZone: 'Europe/Brussels',
  },
  {
    code: 'tartu',
    name: 'Tartu',
    countryCode: 'EE',
    countryName: 'Estonia',
    defaultLanguage: 'et-EE',
    timeZone: 'Europe/Tallinn',
  },
];
