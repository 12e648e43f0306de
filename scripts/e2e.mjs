// Browser end-to-end test: starts the whole platform with ./run-platform on fresh data of its own
// (.local-stack/e2e-data), runs the Playwright specs in frontend/e2e against it in Debian's
// Chromium, stops the platform and prints a plain "N passed, N failed" line.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { waitUntilReady } from './platform.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.join(root, '.local-stack/e2e-data');
const readyFile = path.join(dataDir, 'platform.ready');

if (!existsSync('/usr/bin/chromium')) {
  console.error('Debian Chromium is missing: apt-get install -y chromium');
  process.exit(1);
}

const began = Date.now();
rmSync(readyFile, { force: true });
const platform = spawn(path.join(root, 'run-platform'), ['--fresh', '--data', dataDir], {
  cwd: root,
  stdio: ['ignore', 'inherit', 'inherit'],
});
const stopPlatform = () =>
  new Promise((resolve) => {
    if (platform.exitCode !== null) return resolve();
    platform.once('exit', resolve);
    platform.kill('SIGTERM');
  });

// one line per page state axe-core checked (written by frontend/e2e/support.ts)
const axeLog = path.join(tmpdir(), 'cohesion-playwright', 'axe-states.jsonl');
rmSync(axeLog, { force: true });

let code = 1;
let passed = 0;
let failed = 0;
try {
  // run-platform bounds its own phases (stack 300 s, Kafka 120 s, services 300 s, web app 60 s) and exits when
  // one overruns; this outer bound only has to exceed their sum plus the demo seed.
  await waitUntilReady('platform', () => existsSync(readyFile), 900_000, {
    child: platform,
    log: `${dataDir}-logs`,
  });
  const started = Date.now();
  const reportDir = mkdtempSync(path.join(tmpdir(), 'cohesion-e2e-'));
  const report = path.join(reportDir, 'report.json');
  const run = spawnSync(
    process.execPath,
    // Arguments go to Playwright, e.g. `node scripts/e2e.mjs e2e/sortition.spec.ts` runs one spec.
    [path.join(root, 'frontend/node_modules/@playwright/test/cli.js'), 'test', '--reporter=list,json', ...process.argv.slice(2)],
    {
      cwd: path.join(root, 'frontend'),
      stdio: 'inherit',
      env: { ...process.env, PLAYWRIGHT_JSON_OUTPUT_NAME: report },
    },
  );
  code = run.status ?? 1;
  if (existsSync(report)) {
    const stats = JSON.parse(readFileSync(report, 'utf8')).stats ?? {};
    passed = stats.expected ?? 0;
    failed = (stats.unexpected ?? 0) + (stats.flaky ?? 0);
  }
  rmSync(reportDir, { recursive: true, force: true });
  if (code !== 0 && failed === 0) failed = 1;
  if (existsSync(axeLog)) {
    const states = readFileSync(axeLog, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const byProject = {};
    for (const s of states) {
      byProject[s.project] ??= { states: 0, violations: 0 };
      byProject[s.project].states += 1;
      byProject[s.project].violations += s.violations;
    }
    for (const [project, f] of Object.entries(byProject)) {
      console.log(`axe-core WCAG 2.1 AA: ${project}: ${f.states} page states checked, ${f.violations} violations`);
    }
  }
  console.log(
    `End-to-end: platform up in ${((started - began) / 1000).toFixed(0)} s, browser tests took ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
} catch (error) {
  console.error(error.message);
  failed = Math.max(failed, 1);
} finally {
  await stopPlatform();
}
console.log(`e2e: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : code);
