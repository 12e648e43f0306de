#!/usr/bin/env node
// Lighthouse benchmark of the built SPA (not a test: it never fails on a low score).
// Runs Lighthouse (this folder's pinned `lighthouse` package) with Debian's Chromium against the
// running platform (`./run-platform`, which serves frontend/dist with demo data) on the home page
// and on a published good practice, as a phone (Lighthouse's default mobile emulation) and as a
// desktop (its desktop preset). Prints the four category scores per page and form factor (the
// median of LH_RUNS runs, with the range) and keeps every report under .local-stack/lighthouse/.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const WEB = process.env.LH_BASE_URL ?? 'http://127.0.0.1:3000';
const PRACTICE_API = process.env.LH_PRACTICE_API ?? 'http://127.0.0.1:8083';
const RUNS = Number(process.env.LH_RUNS ?? 3);
const CHROME_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';
// The flags the browser tests use too: headless, no sandbox (root), nothing that phones home.
const CHROME_FLAGS = [
  '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
].join(' ');
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const FORM_FACTORS = ['mobile', 'desktop'];

async function get(url) {
  const response = await fetch(url, { signal: AbortSignal.timeout(5000) }).catch((error) => {
    throw new Error(`${url} is not reachable (${error.cause?.code ?? error.message}): start the platform first (./run-platform)`);
  });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response;
}

/** The first published good practice (the demo seed publishes one in Mechelen). */
async function publishedPracticeId() {
  const page = await (await get(`${PRACTICE_API}/practices?size=1`)).json();
  const id = page.items?.[0]?.id;
  if (!id) throw new Error('no published practice: run the platform with its demo data (./run-platform seeds one)');
  return id;
}

function lighthouse(url, formFactor, outputPath) {
  const cli = path.join(here, 'node_modules/lighthouse/cli/index.js');
  const args = [
    cli, url, '--quiet', '--output=json', `--output-path=${outputPath}`,
    `--only-categories=${CATEGORIES.join(',')}`, `--chrome-flags=${CHROME_FLAGS}`,
    ...(formFactor === 'desktop' ? ['--preset=desktop'] : []),
  ];
  const run = spawnSync(process.execPath, args, { env: { ...process.env, CHROME_PATH }, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`lighthouse failed on ${url} (${formFactor}): ${run.stderr.slice(-2000)}`);
  return JSON.parse(readFileSync(outputPath, 'utf8'));
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

async function main() {
  await get(WEB);
  const practiceId = await publishedPracticeId();
  const pages = [
    { name: 'home', url: `${WEB}/` },
    { name: 'practice', url: `${WEB}/practices/${practiceId}` },
  ];
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const outDir = path.join(root, '.local-stack/lighthouse', stamp);
  mkdirSync(outDir, { recursive: true });

  const results = [];
  let chromium = 'Chromium';
  for (const page of pages) {
    for (const formFactor of FORM_FACTORS) {
      const runs = [];
      for (let i = 1; i <= RUNS; i++) {
        const lhr = lighthouse(page.url, formFactor, path.join(outDir, `${page.name}-${formFactor}-${i}.json`));
        if (lhr.runtimeError) throw new Error(`${page.url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
        runs.push(lhr);
        chromium = lhr.environment?.hostUserAgent?.match(/Chrome\/[\d.]+/)?.[0] ?? chromium;
        process.stderr.write(`  ${page.name} ${formFactor} run ${i}: ${CATEGORIES.map((c) => Math.round(lhr.categories[c].score * 100)).join('/')}\n`);
      }
      const scores = Object.fromEntries(CATEGORIES.map((c) => {
        const all = runs.map((lhr) => Math.round(lhr.categories[c].score * 100));
        return [c, { median: median(all), min: Math.min(...all), max: Math.max(...all) }];
      }));
      // What costs points in the last run: every scored audit below 100 %, per category.
      const last = runs.at(-1);
      const failing = Object.fromEntries(CATEGORIES.map((c) => [c, last.categories[c].auditRefs
        .filter((ref) => ref.weight > 0 && last.audits[ref.id].score !== null && last.audits[ref.id].score < 1)
        .map((ref) => `${ref.id} (${Math.round(last.audits[ref.id].score * 100)})`)]));
      const metrics = Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift']
        .map((id) => [id, last.audits[id]?.displayValue]));
      results.push({ page: page.name, url: page.url, formFactor, scores, metrics, failing });
    }
  }

  const summary = {
    date: new Date().toISOString(),
    machine: `${os.cpus().length} × ${os.cpus()[0]?.model ?? 'CPU'}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${os.loadavg()[0].toFixed(1)} load`,
    lighthouse: JSON.parse(readFileSync(path.join(here, 'node_modules/lighthouse/package.json'), 'utf8')).version,
    chromium,
    runs: RUNS,
    results,
  };
  writeFileSync(path.join(outDir, 'summary.json'), `${JSON.stringify(summary, null, 2)}\n`);

  const cell = (s) => (s.min === s.max ? `${s.median}` : `${s.median} (${s.min}–${s.max})`);
  console.log(`Lighthouse ${summary.lighthouse}, ${summary.chromium}, median of ${RUNS} run(s); ${summary.machine}`);
  console.log('\n| page | form factor | performance | accessibility | best practices | SEO |');
  console.log('|---|---|---|---|---|---|');
  for (const r of results) {
    console.log(`| ${r.page} | ${r.formFactor} | ${CATEGORIES.map((c) => cell(r.scores[c])).join(' | ')} |`);
  }
  console.log('\nLast run, metrics and audits below 100:');
  for (const r of results) {
    console.log(`- ${r.page} ${r.formFactor}: ${Object.entries(r.metrics).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    for (const c of CATEGORIES) if (r.failing[c].length) console.log(`  - ${c}: ${r.failing[c].join(', ')}`);
  }
  console.log(`\nReports: ${path.relative(root, outDir)}/`);
}

main().catch((error) => {
  console.error(error.message);
  process.exit(1);
});
