// node --test scripts/web-server.test.mjs: the local run's static server answers with the security
// headers and the strict CSP on every response, serves hashed assets as immutable, falls back to
// the app for client-side routes, and never answers a missing file with the app's HTML.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { connectOrigins, createWebServer } from './web-server.mjs';

const config = {
  panelApi: 'http://127.0.0.1:8081',
  initiativeApi: 'http://127.0.0.1:8082',
  practiceApi: 'http://127.0.0.1:8083',
  oidcIssuer: 'http://127.0.0.1:8180/realms/cohesion',
  oidcClientId: 'cohesion-web',
};
let dir;
let server;
let base;

before(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'cohesion-web-'));
  mkdirSync(path.join(dir, 'assets'));
  writeFileSync(path.join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
  writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  writeFileSync(path.join(dir, 'assets', 'index-abc123.js'), 'console.log(1)');
  server = createWebServer({ dir, origins: connectOrigins(config) });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${server.address().port}`;
});

after(() => {
  server.close();
  rmSync(dir, { recursive: true, force: true });
});

function directives(response) {
  const csp = response.headers.get('content-security-policy');
  assert.ok(csp, 'a Content-Security-Policy');
  return Object.fromEntries(
    csp.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name, values];
    }),
  );
}

function assertSecurityHeaders(response) {
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
  assert.match(response.headers.get('permissions-policy'), /camera=\(\)/);
  assert.match(response.headers.get('permissions-policy'), /geolocation=\(\)/);
  assert.equal(response.headers.get('x-frame-options'), 'DENY');
  const csp = directives(response);
  assert.deepEqual(csp['default-src'], ["'self'"]);
  assert.deepEqual(csp['script-src'], ["'self'"], 'no inline script, no eval');
  assert.deepEqual(csp['frame-ancestors'], ["'none'"]);
  assert.deepEqual(csp['object-src'], ["'none'"]);
  assert.deepEqual(csp['connect-src'], [
    "'self'",
    'http://127.0.0.1:8081',
    'http://127.0.0.1:8082',
    'http://127.0.0.1:8083',
    'http://127.0.0.1:8180',
  ]);
  assert.deepEqual(csp['style-src'], ["'self'", "'unsafe-inline'"]);
}

test('the app is served with the security headers and must be revalidated', async () => {
  const response = await fetch(`${base}/`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type'), /text\/html/);
  assert.equal(response.headers.get('cache-control'), 'no-cache');
  assertSecurityHeaders(response);
});

test('a client-side route falls back to index.html', async () => {
  const response = await fetch(`${base}/practices/3f1c0d0e-8a43-4f3e-9a5b-2f8f1f3c2b71`);
  assert.equal(response.status, 200);
  assert.match(await response.text(), /<div id="root">/);
  assertSecurityHeaders(response);
});

test('hashed assets are immutable, a missing file is a 404 and not the app', async () => {
  const asset = await fetch(`${base}/assets/index-abc123.js`);
  assert.equal(asset.status, 200);
  assert.match(asset.headers.get('content-type'), /javascript/);
  assert.equal(asset.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assertSecurityHeaders(asset);

  const missing = await fetch(`${base}/assets/gone-000000.js`);
  assert.equal(missing.status, 404);
  assert.doesNotMatch(await missing.text(), /<div id="root">/);
  assertSecurityHeaders(missing);
});

test('the runtime config is served fresh and writes are refused', async () => {
  const cfg = await fetch(`${base}/config.json`);
  assert.equal(cfg.status, 200);
  assert.deepEqual(await cfg.json(), config);
  assert.equal(cfg.headers.get('cache-control'), 'no-cache');

  const post = await fetch(`${base}/`, { method: 'POST', body: 'x' });
  assert.equal(post.status, 405);
  assert.equal(post.headers.get('allow'), 'GET, HEAD');
  assertSecurityHeaders(post);
});
