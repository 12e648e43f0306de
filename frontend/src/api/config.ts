/** Runtime configuration, read from /config.json at start-up so that one build serves every environment. */
export interface RuntimeConfig {
  /** Base URL of panel-service, e.g. http://127.0.0.1:8081 */
  panelApi: string;
  /** Base URL of initiative-service */
  initiativeApi: string;
  /** Base URL of practice-exchange-service */
  practiceApi: string;
  /** OIDC issuer (the Keycloak realm URL) */
  oidcIssuer: string;
  /** OIDC client id of the SPA (a public client with PKCE) */
  oidcClientId: string;
}

export const CONFIG_KEYS = ['panelApi', 'initiativeApi', 'practiceApi', 'oidcIssuer', 'oidcClientId'] as const;
const URL_KEYS: ReadonlySet<string> = new Set(['panelApi', 'initiativeApi', 'practiceApi', 'oidcIssuer']);

/** The configuration could not be fetched, or is incomplete or malformed. */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type FetchLike = (input: string, init?: RequestInit) => Promise<Response>;

/** Checks a parsed config document and normalises its URLs (no trailing slash). */
export function parseRuntimeConfig(raw: unknown, source = '/config.json'): RuntimeConfig {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new ConfigError(`${source} must hold a JSON object`);
  }
  const record = raw as Record<string, unknown>;
  const missing = CONFIG_KEYS.filter((k) => typeof record[k] !== 'string' || (record[k] as string).trim() === '');
  if (missing.length > 0) {
    throw new ConfigError(`${source} lacks ${missing.join(', ')}`);
  }
  const config = {} as RuntimeConfig;
  for (const key of CONFIG_KEYS) {
    let value = (record[key] as string).trim();
    if (URL_KEYS.has(key)) {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        throw new ConfigError(`${source}: ${key} is not an absolute URL: ${value}`);
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new ConfigError(`${source}: ${key} must be an http(s) URL: ${value}`);
      }
      value = value.replace(/\/+$/, '');
    }
    config[key] = value;
  }
  return config;
}

/** Fetches and checks the runtime configuration; throws {@link ConfigError} when it is missing or wrong. */
export async function loadRuntimeConfig(
  url = '/config.json',
  fetchImpl: FetchLike = (input, init) => globalThis.fetch(input, init),
): Promise<RuntimeConfig> {
  let response: Response;
  try {
    response = await fetchImpl(url, { cache: 'no-store', headers: { Accept: 'application/json' } });
  } catch (e) {
    throw new ConfigError(`${url} could not be fetched: ${e instanceof Error ? e.message : String(e)}`);
  }
  if (!response.ok) {
    throw new ConfigError(`${url} could not be loaded (HTTP ${response.status})`);
  }
  let raw: unknown;
  try {
    raw = await response.json();
  } catch {
    throw new ConfigError(`${url} is not valid JSON`);
  }
  return parseRuntimeConfig(raw, url);
}
