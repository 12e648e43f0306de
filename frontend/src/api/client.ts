import createClient, { type Client, type Middleware } from 'openapi-fetch';
import type { RuntimeConfig } from './config';
import type { paths as PanelPaths } from './generated/panel';
import type { paths as InitiativePaths } from './generated/initiative';
import type { paths as PracticePaths } from './generated/practice';
import { ApiError, networkError, toApiError } from './problem';
import type { Complete } from './types';

export type PanelClient = Client<PanelPaths>;
export type InitiativeClient = Client<InitiativePaths>;
export type PracticeClient = Client<PracticePaths>;

export interface ApiClients {
  panel: PanelClient;
  initiative: InitiativeClient;
  practice: PracticeClient;
}

/** Returns the current access token, or nothing when no one is logged in. */
export type TokenSource = () => string | null | undefined;

export type FetchFn = (request: Request) => Promise<Response>;

/** Adds `Authorization: Bearer <token>` to every request while someone is logged in. */
export function bearerAuth(getToken: TokenSource): Middleware {
  return {
    onRequest({ request }) {
      const token = getToken();
      if (token && !request.headers.has('Authorization')) {
        request.headers.set('Authorization', `Bearer ${token}`);
      }
      return request;
    },
  };
}

/**
 * One typed client per service. `fetchImpl` defaults to the global fetch looked up at call
 * time (openapi-fetch would otherwise capture it at creation, which defeats test mocks).
 */
export function createApiClients(config: RuntimeConfig, getToken: TokenSource, fetchImpl?: FetchFn): ApiClients {
  const fetch: FetchFn = fetchImpl ?? ((request) => globalThis.fetch(request));
  const auth = bearerAuth(getToken);
  const make = <P extends object>(baseUrl: string): Client<P> => {
    const client = createClient<P>({
      baseUrl,
      fetch,
      headers: { Accept: 'application/json, application/problem+json' },
    });
    client.use(auth);
    return client;
  };
  return {
    panel: make<PanelPaths>(config.panelApi),
    initiative: make<InitiativePaths>(config.initiativeApi),
    practice: make<PracticePaths>(config.practiceApi),
  };
}

interface FetchResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an openapi-fetch call and returns its data, or throws an {@link ApiError} built from
 * the problem+json body (or from the failed network request).
 *
 * The one typed boundary of the API layer: a successful answer is taken as {@link Complete}
 * (every property the contract names is present) because the services serialise every field of
 * their views, while their OpenAPI documents do not yet mark them required (issue 6 does).
 */
export async function call<T>(request: Promise<FetchResult<T>>): Promise<Complete<Exclude<T, undefined>>> {
  let result: FetchResult<T>;
  try {
    result = await request;
  } catch (e) {
    if (e instanceof ApiError) throw e;
    throw networkError(e);
  }
  const { data, error, response } = result;
  if (!response.ok || error !== undefined) {
    throw toApiError(response, error);
  }
  return data as Complete<Exclude<T, undefined>>;
}

/**
 * The `If-Match` header of an optimistic-locking request: the version last read, as the strong,
 * quoted entity tag the services send in `ETag` (an unquoted value is refused with 400).
 */
export function ifMatch(version: number): { 'If-Match': string } {
  return { 'If-Match': `"${version}"` };
}

/** A query parameter value, or nothing for an empty one (openapi-fetch leaves `undefined` out). */
export function param(value: string | number | null | undefined): string | undefined {
  return value === undefined || value === null || value === '' ? undefined : String(value);
}
