#!/usr/bin/env node
// `npm test`: runs vitest once, then prints a plain "N passed, N failed" line (CI reads it).
// Vitest's JSON report goes to a temporary file outside the repository. Extra arguments are
// passed to vitest (e.g. `npm test -- src/api`).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dir = mkdtempSync(join(tmpdir(), 'cohesion-vitest-'));
const report = join(dir, 'report.json');
const vitest = join(root, 'node_modules', 'vitest', 'vitest.mjs');

const run = spawnSync(
  process.execPath,
  [vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: process.env },
);

let passed = 0;
let failed = 0;
let skipped = 0;
if (existsSync(report)) {
  const r = JSON.parse(readFileSync(report, 'utf8'));
  passed = r.numPassedTests ?? 0;
  failed = r.numFailedTests ?? 0;
  skipped = (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  // a test file that failed to load has no tests: count it as a failure
  for (const file of r.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).every((a) => a.status !== 'failed')) failed += 1;
  }
}
rmSync(dir, { recursive: true, force: true });

let code = run.status ?? 1;
if (code !== 0 && failed === 0) failed = 1; // vitest failed without a failing test (crash, unhandled error)

// The checkout's Node scripts (e.g. the local run's web server) have node:test tests beside them;
// a run of chosen vitest files leaves them out.
if (process.argv.length <= 2) {
  const scripts = resolve(root, '..', 'scripts');
  const files = readdirSync(scripts)
    .filter((f) => f.endsWith('.test.mjs'))
    .map((f) => join(scripts, f));
  if (files.length > 0) {
    const node = spawnSync(process.execPath, ['--test', ...files], { cwd: root, encoding: 'utf8', env: process.env });
    process.stdout.write(node.stdout);
    process.stderr.write(node.stderr);
    const count = (name) => Number(new RegExp(`^# ${name} (\\d+)$`, 'm').exec(node.stdout)?.[1] ?? 0);
    passed += count('pass');
    failed += count('fail') + (node.status !== 0 && count('fail') === 0 ? 1 : 0);
    if (node.status !== 0) code = node.status ?? 1;
  }
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(code);
