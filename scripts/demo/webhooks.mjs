// Webhooks of the demo (docs/webhooks.md): the demo integration client (cohesion-integration,
// client credentials, integration-reader) subscribes to the public practice events with a tiny
// receiver on http://127.0.0.1:8099/webhooks that this process runs and that prints each delivery
// with the result of checking its signature. Plain http to 127.0.0.1 is accepted only because the
// local run starts practice-exchange-service with cohesion.webhooks.allow-loopback=true. The secret
// is shown once, so each start rotates it and hands the new one to the receiver.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { PLATFORM, PRACTICE_API } from '../platform.mjs';

export const RECEIVER_URL = 'http://127.0.0.1:8099/webhooks';
const EVENT_TYPES = [
  'eu.cohesion.practice.published',
  'eu.cohesion.practice.revised',
  'eu.cohesion.practice.unpublished',
  'eu.cohesion.transfer.changed',
];
const TOLERANCE_SECONDS = 300;
let secret = null;

/** The Standard Webhooks check a subscriber makes (docs/webhooks.md has the same in Java). */
export function verify(key, headers, body, nowSeconds = Math.floor(Date.now() / 1000)) {
  const id = headers['webhook-id'];
  const timestamp = headers['webhook-timestamp'];
  const signatures = headers['webhook-signature'];
  if (!id || !timestamp || !signatures || Math.abs(nowSeconds - Number(timestamp)) > TOLERANCE_SECONDS) {
    return false;
  }
  const expected = createHmac('sha256', Buffer.from(key.replace(/^whsec_/, ''), 'base64'))
    .update(`${id}.${timestamp}.${body}`)
    .digest();
  return signatures.split(' ').some((signature) => {
    const given = Buffer.from(signature.replace(/^v1,/, ''), 'base64');
    return signature.startsWith('v1,') && given.length === expected.length && timingSafeEqual(given, expected);
  });
}

function startReceiver() {
  const { port, hostname, pathname } = new URL(RECEIVER_URL);
  const server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => { body += chunk; });
    request.on('end', () => {
      if (request.method !== 'POST' || request.url !== pathname) {
        response.writeHead(404).end();
        return;
      }
      const ok = secret !== null && verify(secret, request.headers, body);
      let event = {};
      try { event = JSON.parse(body); } catch { /* printed as is below */ }
      console.log(`  webhook ← ${event.type ?? '?'} ${event.subject ?? ''} (signature ${ok ? 'valid' : 'INVALID'})`);
      response.writeHead(ok ? 204 : 401).end();
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(port), hostname, () => resolve(server));
  });
}

async function clientToken() {
  const response = await fetch(
    `${PLATFORM.keycloak.url}/realms/${PLATFORM.keycloak.realm}/protocol/openid-connect/token`,
    {
      method: 'POST',
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'cohesion-integration',
        client_secret: 'integration-demo-secret',
      }),
    },
  );
  if (!response.ok) throw new Error(`cohesion-integration token: ${response.status} ${await response.text()}`);
  return (await response.json()).access_token;
}

async function call(method, path, token, { body, ifMatch } = {}) {
  const headers = { Accept: 'application/json', Authorization: `Bearer ${token}` };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (ifMatch) headers['If-Match'] = ifMatch;
  const response = await fetch(`${PRACTICE_API}${path}`, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
  });
  const json = await response.json();
  if (!response.ok) throw new Error(`${method} ${path} → ${response.status}: ${json.detail ?? ''}`);
  return { json, etag: response.headers.get('ETag') };
}

/**
 * The demo subscription (created once, its secret rotated on every start) and its receiver. A
 * failure here is printed and leaves the rest of the demo running: the webhook is an extra.
 */
export async function seedWebhooks() {
  try {
    return await subscribeDemoClient();
  } catch (error) {
    return `webhook demo NOT set up: ${error.message}`;
  }
}

async function subscribeDemoClient() {
  await startReceiver();
  const token = await clientToken();
  const { json: page } = await call('GET', '/webhook-subscriptions?size=100', token);
  const existing = page.items.find((s) => s.url === RECEIVER_URL);
  if (!existing) {
    const { json } = await call('POST', '/webhook-subscriptions', token, {
      body: { url: RECEIVER_URL, eventTypes: EVENT_TYPES },
    });
    secret = json.secret;
    return `webhook subscription ${json.subscription.id} of cohesion-integration → ${RECEIVER_URL}`;
  }
  const { etag } = await call('GET', `/webhook-subscriptions/${existing.id}`, token);
  const { json, etag: rotated } = await call('POST', `/webhook-subscriptions/${existing.id}/secret`, token, { ifMatch: etag });
  secret = json.secret;
  if (existing.status === 'PAUSED') {
    await call('PUT', `/webhook-subscriptions/${existing.id}`, token, {
      ifMatch: rotated, body: { url: RECEIVER_URL, eventTypes: existing.eventTypes, status: 'ACTIVE' },
    });
  }
  return `webhook subscription ${existing.id} of cohesion-integration → ${RECEIVER_URL} (secret rotated)`;
}
