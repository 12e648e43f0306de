// Where the local platform listens (the documented local-run ports), shared by the run script,
// the demo seeder, the browser tests and the benchmark.
export const PLATFORM = {
  web: { url: 'http://127.0.0.1:3000', port: 3000 },
  keycloak: { url: 'http://127.0.0.1:8180', realm: 'cohesion' },
  // GreenMail's REST API: the mail the platform sent, by recipient (local run and E2E only).
  mail: { url: 'http://127.0.0.1:8025' },
  services: [
    { name: 'panel-service', url: 'http://127.0.0.1:8081' },
    { name: 'initiative-service', url: 'http://127.0.0.1:8082' },
    { name: 'practice-exchange-service', url: 'http://127.0.0.1:8083' },
  ],
};

export const PANEL_API = PLATFORM.services[0].url;
export const INITIATIVE_API = PLATFORM.services[1].url;
export const PRACTICE_API = PLATFORM.services[2].url;

/** Polls until ready() holds; fails early, naming the log, if the process behind it exits. */
export async function waitUntilReady(what, ready, timeoutMs, proc) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc && proc.child.exitCode !== null) {
      throw new Error(`${what} exited with code ${proc.child.exitCode}; log: ${proc.log}`);
    }
    if (await ready()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what} not ready after ${timeoutMs / 1000} s${proc ? `; log: ${proc.log}` : ''}`);
}

/** Tokens by user: { expiresAt, token } once issued, or the pending login. */
const tokens = new Map();

/**
 * Access token of a demo user (password grant of the dev-only client), reused until shortly before
 * it expires. One login per user at a time: Keycloak's brute-force protection refuses concurrent
 * logins of one user ("Invalid user credentials"), and the demo seed runs towns in parallel.
 */
export async function tokenFor(username, password = 'demo') {
  const key = `${username}\u0000${password}`;
  const cached = tokens.get(key);
  if (cached?.pending) return cached.pending;
  if (cached && cached.expiresAt > Date.now()) return cached.token;
  const pending = login(username, password).then(
    ({ token, expiresIn }) => {
      tokens.set(key, { token, expiresAt: Date.now() + (expiresIn - 30) * 1000 });
      return token;
    },
    (error) => {
      tokens.delete(key);
      throw error;
    },
  );
  tokens.set(key, { pending });
  return pending;
}

async function login(username, password) {
  const response = await fetch(
    `${PLATFORM.keycloak.url}/realms/${PLATFORM.keycloak.realm}/protocol/openid-connect/token`,
    {
      method: 'POST',
      body: new URLSearchParams({ grant_type: 'password', client_id: 'cohesion-dev-cli', username, password }),
    },
  );
  if (!response.ok) throw new Error(`login of ${username} failed: ${response.status} ${await response.text()}`);
  const body = await response.json();
  return { token: body.access_token, expiresIn: body.expires_in };
}

/** JSON call that throws with the problem's detail on any non-2xx answer. */
export async function api(method, url, { token, body, ifMatch } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch !== undefined) headers['If-Match'] = `"${ifMatch}"`;
  const response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    const error = new Error(`${method} ${url} → ${response.status}: ${json?.detail ?? text}`);
    error.status = response.status;
    throw error;
  }
  return json;
}

/** Retries fn while it throws, e.g. until an event has reached another service. */
export async function eventually(fn, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await fn();
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}
