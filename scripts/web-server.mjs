// The web app's static server for the local run: the built SPA (frontend/dist) served by sirv, a
// static-file server (not Vite's preview, which is a development tool), with security headers and
// a strict Content-Security-Policy on every response, long caching for the hashed assets, and the
// SPA fallback (a path without a file extension that names no file is the app: index.html).
//
//   node scripts/web-server.mjs [--dir frontend/dist] [--host 127.0.0.1] [--port 3000]
//
// The CSP's connect-src comes from the app's own runtime config (dist/config.json): the three
// APIs and Keycloak, nothing else. See docs/operations.md ("Web app").
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// sirv is a devDependency of the frontend (the only node_modules of the checkout).
const sirv = createRequire(path.join(root, 'frontend/package.json'))('sirv');

/** The origins the SPA talks to, read from its runtime config (APIs and the OIDC issuer). */
export function connectOrigins(config) {
  const urls = [config.panelApi, config.initiativeApi, config.practiceApi, config.oidcIssuer];
  return [...new Set(urls.filter(Boolean).map((url) => new URL(url).origin))];
}

/**
 * The headers of every response. Scripts only from the app's own origin (no inline script, no
 * eval). Styles: 'self' plus 'unsafe-inline', because Mantine writes its theme's CSS variables into
 * <style> elements at run time and its components (and Recharts) set style attributes; no nonce
 * or hash can cover style attributes. Style injection cannot run script, so this does not reopen
 * the XSS paths the script policy closes. Keycloak is reachable for token calls (connect-src) and
 * as a frame only for oidc-client-ts's silent-renew fallback; the app itself is framed by no one.
 */
export function securityHeaders(origins) {
  const idp = origins.at(-1);
  const csp = [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${origins.join(' ')}`,
    `frame-src ${idp ?? "'none'"}`,
    "worker-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
  return {
    'Content-Security-Policy': csp,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy':
      'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
  };
}

/** An HTTP server for the built app in `dir`, with the headers of securityHeaders(origins). */
export function createWebServer({ dir, origins }) {
  const headers = securityHeaders(origins);
  const cacheControl = (res, pathname) => {
    // Vite's output under /assets carries a content hash in its name: it never changes.
    res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
  const files = sirv(dir, { dev: false, etag: true, dotfiles: false, setHeaders: cacheControl });
  const app = sirv(dir, { dev: false, etag: true, single: true, setHeaders: cacheControl });
  return createServer((req, res) => {
    for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Method Not Allowed\n');
      return;
    }
    files(req, res, () => {
      const pathname = new URL(req.url ?? '/', 'http://x').pathname;
      // A missing script or image is a 404, not the app's HTML under a script's name.
      if (path.posix.extname(pathname) !== '') {
        res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-cache' });
        res.end('Not Found\n');
        return;
      }
      app(req, res);
    });
  });
}

function option(args, name, fallback) {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const args = process.argv.slice(2);
  const dir = path.resolve(option(args, '--dir', path.join(root, 'frontend/dist')));
  const host = option(args, '--host', '127.0.0.1');
  const port = Number(option(args, '--port', '3000'));
  const config = JSON.parse(readFileSync(path.join(dir, 'config.json'), 'utf8'));
  const server = createWebServer({ dir, origins: connectOrigins(config) });
  server.listen(port, host, () => console.log(`web app on http://${host}:${port} from ${dir}`));
  const close = () => {
    server.close(() => process.exit(0));
    server.closeAllConnections();
  };
  process.on('SIGTERM', close);
  process.on('SIGINT', close);
}
