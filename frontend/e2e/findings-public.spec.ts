import { randomUUID } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import { verify } from '../../scripts/demo/webhooks.mjs';
import { PLATFORM, PRACTICE_API, api, tokenFor } from '../../scripts/platform.mjs';

// What leaves the platform when the network publishes a finding (issue 11 items 4–6 and 9), seen
// as an integrator and an anonymous visitor on the real platform: an integration client's webhook
// receiver, started here, gets the finding's CloudEvent signed with its subscription's secret and
// without personal data; the finding is in the findings feed (parsed as Atom by the browser's XML
// parser), in the open-data CSV and in the network report. The browser journey is findings.spec.ts.

interface Delivery {
  headers: IncomingHttpHeaders;
  body: string;
}

test.describe.configure({ mode: 'serial' });

const deliveries: Delivery[] = [];
let receiver: Server;
let receiverUrl = '';

test.beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      deliveries.push({ headers: request.headers, body });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks`;
});

test.afterAll(async () => {
  await new Promise((resolve) => receiver.close(resolve));
});

async function integrationToken(): Promise<string> {
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
  expect(response.ok).toBe(true);
  return ((await response.json()) as { access_token: string }).access_token;
}

async function publishedPracticeOf(city: string): Promise<string> {
  const page = await api('GET', `${PRACTICE_API}/practices?status=PUBLISHED&city=${city}&size=1`);
  expect(page.items.length, `a published practice of ${city}`).toBeGreaterThan(0);
  return page.items[0].id;
}

test('an integrator gets the signed event, a visitor the feed, the CSV and the report', async ({ page, request }) => {
  test.skip(test.info().project.name !== 'en-desktop', 'API-level: the same for every project');
  const integration = await integrationToken();
  const created = await api('POST', `${PRACTICE_API}/webhook-subscriptions`, {
    token: integration,
    body: { url: receiverUrl, eventTypes: ['eu.cohesion.finding.published'] },
  });
  const secret: string = created.secret;
  expect(secret).toMatch(/^whsec_/);

  // The network admin drafts a finding citing one town, is refused, cites a second, publishes.
  const admin = await tokenFor('network-admin');
  const mechelen = await publishedPracticeOf('mechelen');
  const tartu = await publishedPracticeOf('tartu');
  const statement = `Welcome work shared across towns keeps newcomers (${randomUUID()})`;
  const content = { statement, language: 'en', themes: ['CIVIC_PARTICIPATION'], sdgTargets: ['10.2'] };
  const draft = await fetch(`${PRACTICE_API}/findings`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${admin}`,
      'Content-Type': 'application/json',
      'Idempotency-Key': randomUUID(),
    },
    body: JSON.stringify({ ...content, evidence: [{ kind: 'PRACTICE', id: mechelen }] }),
  });
  expect(draft.status).toBe(201);
  const finding = await draft.json();
  const refused = await request.post(`${PRACTICE_API}/findings/${finding.id}/publish`, {
    headers: { Authorization: `Bearer ${admin}`, 'If-Match': `"${finding.version}"` },
  });
  expect(refused.status()).toBe(422);
  const problem = await refused.json();
  expect(problem.type).toBe('urn:cohesion:problem:insufficient-evidence');
  expect(problem).toMatchObject({ field: 'evidence', townsCited: 1, towns: ['mechelen'] });
  const revised = await api('PUT', `${PRACTICE_API}/findings/${finding.id}`, {
    token: admin,
    ifMatch: finding.version,
    body: {
      ...content,
      evidence: [
        { kind: 'PRACTICE', id: mechelen },
        { kind: 'PRACTICE', id: tartu },
      ],
    },
  });
  const published = await api('POST', `${PRACTICE_API}/findings/${finding.id}/publish`, {
    token: admin,
    ifMatch: revised.version,
  });
  expect(published.status).toBe('PUBLISHED');
  expect(published.towns).toEqual(['mechelen', 'tartu']);

  // The receiver gets it, signed with this subscription's secret; a wrong secret would not verify.
  await expect.poll(() => deliveries.find((d) => d.body.includes(finding.id)), { timeout: 30_000 }).toBeDefined();
  const delivery = deliveries.find((d) => d.body.includes(finding.id))!;
  expect(delivery.headers['content-type']).toMatch(/^application\/cloudevents\+json/);
  expect(verify(secret, delivery.headers, delivery.body)).toBe(true);
  expect(verify(`whsec_${Buffer.from('not the secret').toString('base64')}`, delivery.headers, delivery.body)).toBe(
    false,
  );
  const event = JSON.parse(delivery.body);
  expect(event).toMatchObject({
    specversion: '1.0',
    type: 'eu.cohesion.finding.published',
    subject: finding.id,
    id: delivery.headers['webhook-id'],
  });
  // Ids and facts only: no person, no e-mail address, not even the text.
  expect(delivery.body).not.toMatch(/@|network-admin|coordinator-/);
  expect(delivery.body).not.toContain(statement);

  // The findings feed lists it, as Atom 1.0 the browser's XML parser reads.
  const feed = await request.get(`${PRACTICE_API}/feeds/findings.atom?town=tartu`);
  expect(feed.headers()['content-type']).toMatch(/^application\/atom\+xml/);
  await page.goto('/');
  const entry = await page.evaluate(
    (xml) => {
      const doc = new DOMParser().parseFromString(xml, 'application/xml');
      const ns = 'http://www.w3.org/2005/Atom';
      const root = doc.documentElement;
      const titles = [...doc.getElementsByTagNameNS(ns, 'entry')].map(
        (e) => e.getElementsByTagNameNS(ns, 'title')[0]?.textContent,
      );
      return { ok: root.namespaceURI === ns && root.localName === 'feed', titles };
    },
    await feed.text(),
  );
  expect(entry.ok).toBe(true);
  expect(entry.titles).toContain(statement);

  // The open-data CSV has it under the documented columns, citing both practices.
  const csv = await request.get(`${PRACTICE_API}/open-data/findings.csv`);
  expect(csv.headers()['content-type']).toMatch(/^text\/csv/);
  const lines = (await csv.text()).split('\r\n');
  expect(lines[0]).toBe(
    'id,language,statement,explanation,themes,sdg_targets,evidence,proposed_by,published_at,updated_at',
  );
  const row = lines.find((line) => line.startsWith(finding.id));
  expect(row).toContain(statement);
  expect(row).toContain(`PRACTICE:${tartu}`);

  // The report: the web page names the finding; the PDF is one (its text is checked by NetworkReportTest).
  const html = await request.get(`${PRACTICE_API}/reports/network.html?lang=en`);
  expect(await html.text()).toContain(statement);
  const pdf = await request.get(`${PRACTICE_API}/reports/network.pdf?lang=en`);
  expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
  const bytes = await pdf.body();
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(bytes.subarray(-8).toString('latin1')).toContain('%%EOF');

  // The integrator's own subscription, removed again.
  const subscription = await fetch(`${PRACTICE_API}/webhook-subscriptions/${created.subscription.id}`, {
    headers: { Authorization: `Bearer ${integration}` },
  });
  const removed = await fetch(`${PRACTICE_API}/webhook-subscriptions/${created.subscription.id}`, {
    method: 'DELETE',
    headers: { Authorization: `Bearer ${integration}`, 'If-Match': subscription.headers.get('ETag')! },
  });
  expect(removed.status).toBe(204);
});
