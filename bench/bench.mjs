// The platform benchmark; run it with bench/run (see bench/README.md).
//
// One bounded run: starts the whole platform on fresh data of its own, measures each service's
// time to ready and memory, the conclusion -> draft-practice latency through the real services
// and Kafka (with the broker's raw produce -> consume latency beside it), then the throughput and
// latency of the two public practice reads with wrk and of the SQL behind them with pgbench on
// the same PostgreSQL. Prints a table, writes .local-stack/bench-results.json, always stops the
// platform, exits non-zero on any failure.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import {
  createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync,
} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  INITIATIVE_API, PANEL_API, PLATFORM, PRACTICE_API, api, tokenFor,
} from '../scripts/platform.mjs';
import { serviceJvm } from '../scripts/service-jvm.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const benchDir = path.join(root, 'bench');
const dataDir = path.join(root, '.local-stack/bench-data');
const logDir = `${dataDir}-logs`; // where run-platform.mjs puts the processes' logs
const workDir = path.join(root, '.local-stack/bench-work');
const resultsFile = path.join(root, '.local-stack/bench-results.json');
const readyFile = path.join(dataDir, 'platform.ready');

const int = (name, fallback) => {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number, not "${value}"`);
  return Number(value);
};
const CONFIG = {
  practices: int('BENCH_PRACTICES', 200),
  setupConcurrency: int('BENCH_SETUP_CONCURRENCY', 4),
  concludeConcurrency: int('BENCH_CONCLUDE_CONCURRENCY', 1),
  pollPauseMs: int('BENCH_POLL_PAUSE_MS', 5),
  draftTimeoutMs: 30_000,
  kafkaMessages: int('BENCH_KAFKA_MESSAGES', 2000),
  kafkaBytes: int('BENCH_KAFKA_BYTES', 1024),
  threads: int('BENCH_THREADS', 2),
  connections: int('BENCH_CONNECTIONS', 16),
  warmupS: int('BENCH_WARMUP_S', 15),
  durationS: int('BENCH_DURATION_S', 20),
  // A load phase during which other processes took more than noisePct % of the machine is measured
  // again, at most maxAttempts times in all; the quietest attempt counts.
  noisePct: int('BENCH_NOISE_PCT', 10),
  maxAttempts: int('BENCH_MAX_ATTEMPTS', 3),
  platformTimeoutMs: 10 * 60_000, // includes a build of the services and frontend if one is needed
  budgetMs: int('BENCH_BUDGET_S', 13 * 60) * 1000, // start to end of load; stopping follows
};
const GOALS = { readRatio: 0.6, readyMs: 1500, rssMb: 160 };
const PORTS = [
  [15432, 'PostgreSQL'], [19092, 'Kafka'], [19093, 'Kafka controller'], [8180, 'Keycloak'],
  [9180, 'Keycloak management'], [8081, 'panel-service'], [8082, 'initiative-service'],
  [8083, 'practice-exchange-service'], [3000, 'frontend'], [18083, 'the solo start of practice-exchange-service'],
];
const SERVICES = PLATFORM.services.map((s) => s.name);
const showSqlOnly = process.argv.includes('--show-sql');

const began = Date.now();
const results = {
  startedAt: new Date(began).toISOString(),
  machine: {
    cpus: os.cpus().length, model: os.cpus()[0]?.model, memoryGiB: +(os.totalmem() / 2 ** 30).toFixed(1),
    kernel: os.release(), node: process.version,
  },
  config: CONFIG,
  goals: GOALS,
  loadAverage: {},
  cpu: {}, // per phase: % of the whole machine (all cores) busy, by this run, by anything else
};
const children = new Set(); // every process this run started, to stop by pid
let platform = null; // run-platform (a node process once its shell wrapper has exec'ed)
let platformProcesses = []; // what platform.ready reports
let finishing = false;
let platformDied = null; // run-platform's last words if it stopped on its own after being ready

// ---------------------------------------------------------------------------------------------
// small helpers

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const elapsed = () => `${((Date.now() - began) / 1000).toFixed(0).padStart(4)} s`;
const say = (message) => console.log(`[bench ${elapsed()}] ${message}`);
const loadAverage = () => os.loadavg().map((l) => +l.toFixed(2));
const noteLoad = (phase) => {
  results.loadAverage[phase] = loadAverage();
};

/**
 * CPU accounting of the whole machine (/proc/stat) and of this run's own processes, in clock
 * ticks: this process and every descendant (the platform, Keycloak, wrk, pgbench, ...), plus every
 * process whose command line names the run's data folder and its descendants (PostgreSQL detaches
 * from the process that started it, its backends are its children). The difference over a phase
 * is what other work on the machine took: the noise figure.
 */
function cpuSnapshot() {
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/);
  const [user, nice, system, idle, iowait, irq, softirq, steal] = fields.map(Number);
  const byPid = new Map();
  const roots = [process.pid];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes(dataDir)) roots.push(Number(entry));
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      // after the command: state ppid ... utime(12th) stime cutime cstime
      byPid.set(Number(entry), { ppid: Number(f[1]), ticks: Number(f[11]) + Number(f[12]) + Number(f[13]) + Number(f[14]) });
    } catch { /* gone meanwhile */ }
  }
  const childrenOf = new Map();
  for (const [pid, info] of byPid) {
    if (!childrenOf.has(info.ppid)) childrenOf.set(info.ppid, []);
    childrenOf.get(info.ppid).push(pid);
  }
  const treeTicks = (rootPids) => {
    let ticks = 0;
    const stack = [...rootPids];
    const seen = new Set();
    while (stack.length > 0) {
      const pid = stack.pop();
      if (seen.has(pid)) continue;
      seen.add(pid);
      ticks += byPid.get(pid)?.ticks ?? 0;
      stack.push(...(childrenOf.get(pid) ?? []));
    }
    return ticks;
  };
  // Two parts of this run's share, to see where a read's CPU goes.
  const practicePid = platformProcesses.find((p) => p.name === 'practice-exchange-service')?.pid;
  const initiativePid = platformProcesses.find((p) => p.name === 'initiative-service')?.pid;
  const postgresPids = roots.filter((pid) => {
    try {
      return /\/postgres(\s|\0)/.test(readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0')[0] + ' ');
    } catch {
      return false;
    }
  });
  return {
    at: Date.now(), busy: user + nice + system + irq + softirq + steal, steal, interrupts: irq + softirq,
    total: user + nice + system + idle + iowait + irq + softirq + steal, mine: treeTicks(roots),
    practiceService: practicePid ? treeTicks([practicePid]) : 0,
    initiativeService: initiativePid ? treeTicks([initiativePid]) : 0,
    ...(practicePid ? jvmThreadTicks(practicePid) : { jit: 0, vm: 0 }),
    postgres: treeTicks(postgresPids),
  };
}

/** CPU ticks of a JVM's JIT compiler threads and of its VM thread (where the serial GC runs). */
function jvmThreadTicks(pid) {
  let jit = 0;
  let vm = 0;
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${task}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks = Number(f[11]) + Number(f[12]);
        if (/^C[12] CompilerThre/.test(name)) jit += ticks;
        else if (name === 'VM Thread') vm += ticks;
      } catch { /* thread gone */ }
    }
  } catch { /* process gone */ }
  return { jit, vm };
}

/** Runs fn and records the machine's CPU use meanwhile: all of it, this run's, the others'. */
async function accounted(label, fn) {
  const before = cpuSnapshot();
  const loadBefore = loadAverage();
  const value = await fn();
  const after = cpuSnapshot();
  const total = Math.max(1, after.total - before.total);
  const busy = after.busy - before.busy;
  const steal = after.steal - before.steal;
  const interrupts = after.interrupts - before.interrupts; // not charged to any process
  const mine = Math.min(busy - steal - interrupts, after.mine - before.mine);
  results.cpu[label] = {
    seconds: round((after.at - before.at) / 1000, 1),
    machineBusyPct: round((100 * busy) / total, 1),
    thisRunPct: round((100 * mine) / total, 1),
    othersPct: round((100 * (busy - mine - steal - interrupts)) / total, 1),
    interruptsPct: round((100 * interrupts) / total, 1),
    practiceServiceCpuMs: (after.practiceService - before.practiceService) * 10,
    practiceServiceJitCpuMs: (after.jit - before.jit) * 10, // included in practiceServiceCpuMs
    practiceServiceVmThreadCpuMs: (after.vm - before.vm) * 10, // serial GC; included as well
    initiativeServiceCpuMs: (after.initiativeService - before.initiativeService) * 10,
    postgresCpuMs: (after.postgres - before.postgres) * 10,
    stealPct: round((100 * steal) / total, 1),
    loadAverageBefore: loadBefore,
    loadAverageAfter: loadAverage(),
  };
  return value;
}

/** accounted(), repeated while other processes were busier than noisePct; keeps the quietest. */
async function quietest(label, fn) {
  const attempts = [];
  for (let attempt = 1; attempt <= CONFIG.maxAttempts; attempt++) {
    const value = await accounted(label, fn);
    attempts.push({ value, cpu: results.cpu[label] });
    const others = results.cpu[label].othersPct;
    if (others <= CONFIG.noisePct || attempt === CONFIG.maxAttempts) break;
    if (Date.now() - began > CONFIG.budgetMs - 150_000) {
      say(`  other processes took ${others} % of the machine during ${label}; no time left to measure again`);
      break;
    }
    say(`  other processes took ${others} % of the machine during ${label}: measuring again (${attempt + 1}/${CONFIG.maxAttempts})`);
  }
  const best = attempts.reduce((a, b) => (b.cpu.othersPct < a.cpu.othersPct ? b : a));
  results.cpu[label] = { ...best.cpu, attempts: attempts.length, othersPctPerAttempt: attempts.map((a) => a.cpu.othersPct) };
  return best.value;
}

function checkBudget(what) {
  if (Date.now() - began > CONFIG.budgetMs) {
    throw new Error(`time budget of ${CONFIG.budgetMs / 1000} s exhausted during ${what}`);
  }
}

/** Nearest-rank percentile of numbers sorted ascending. */
function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))];
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mean = sorted.reduce((a, b) => a + b, 0) / sorted.length;
  return {
    count: sorted.length,
    p50: round(percentile(sorted, 50)),
    p90: round(percentile(sorted, 90)),
    p99: round(percentile(sorted, 99)),
    max: round(sorted[sorted.length - 1]),
    mean: round(mean),
  };
}

const round = (x, digits = 2) => (Number.isFinite(x) ? +x.toFixed(digits) : x);

/** Runs fn over items with at most `concurrency` at a time; bounded by the items' count. */
async function pool(items, concurrency, fn) {
  const out = new Array(items.length);
  let next = 0;
  const workers = Array.from({ length: Math.max(1, Math.min(concurrency, items.length)) }, async () => {
    while (next < items.length) {
      const index = next++;
      out[index] = await fn(items[index], index);
    }
  });
  await Promise.all(workers);
  return out;
}

/** Seconds until a JWT expires, from its own exp claim. */
function secondsLeft(jwt) {
  const payload = JSON.parse(Buffer.from(jwt.split('.')[1], 'base64url').toString('utf8'));
  return payload.exp - Date.now() / 1000;
}

/**
 * A demo user's token, renewed 20 s before it expires (the realm's access tokens live 60 s, so
 * that a removed role takes effect within a minute: docs/operations.md). One login at a
 * time: with brute-force detection on (realm-cohesion.json), Keycloak 26 refuses concurrent logins
 * of one user ("user_temporarily_disabled"), so concurrent callers share the one renewal.
 */
function tokenSource(user) {
  let token = null;
  let renewal = null;
  const renew = async () => {
    for (let attempt = 1; ; attempt++) {
      try {
        token = await tokenFor(user);
        return token;
      } catch (error) {
        if (attempt >= 3) throw error;
        await sleep(2000 * attempt);
      }
    }
  };
  // minSeconds: how long the token must still be valid, e.g. for a whole wrk run.
  return async (minSeconds = 20) => {
    if (token && secondsLeft(token) > minSeconds) return token;
    renewal ??= renew().finally(() => {
      renewal = null;
    });
    return renewal;
  };
}

/** Starts a bounded child process; resolves with its exit code and collected output. */
function run(command, args, { timeoutMs, env, cwd = root, echo = false, logFile } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    const log = logFile ? createWriteStream(logFile, { flags: 'a' }) : null;
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
      log?.write(chunk);
      if (echo) process.stdout.write(chunk);
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
      log?.write(chunk);
      if (echo) process.stderr.write(chunk);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${path.basename(command)} did not finish within ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      children.delete(child);
      reject(error);
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      children.delete(child);
      log?.end();
      resolve({ code, signal, stdout, stderr });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// the platform

async function portBusy(port) {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', (error) => resolve(error.code === 'EADDRINUSE' ? 'in use' : error.code));
    server.listen({ host: '127.0.0.1', port, exclusive: true }, () => server.close(() => resolve(null)));
  });
}

async function checkPortsFree() {
  const busy = [];
  for (const [port, what] of PORTS) {
    const reason = await portBusy(port);
    if (reason) busy.push(`127.0.0.1:${port} (${what}): ${reason}`);
  }
  if (busy.length > 0) {
    throw new Error(
      `ports the platform needs are busy — is a platform (./run-platform, local-stack/run, tests) `
        + `already running?\n    ${busy.join('\n    ')}\n  See who holds them: ss -ltnp`,
    );
  }
}

async function startPlatform(extraEnv = {}) {
  rmSync(logDir, { recursive: true, force: true }); // no log of an earlier run in the way
  rmSync(readyFile, { force: true });
  const out = createWriteStream(path.join(workDir, 'run-platform.out'));
  say(`starting ./run-platform --fresh --data ${path.relative(root, dataDir)} (log: ${path.relative(root, workDir)}/run-platform.out)`);
  platform = spawn(path.join(root, 'run-platform'), ['--fresh', '--data', dataDir], {
    cwd: root, env: { ...process.env, ...extraEnv }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  writeFileSync(path.join(workDir, 'platform.pid'), String(platform.pid));
  let tailText = '';
  const relay = (chunk) => {
    out.write(chunk);
    tailText = (tailText + chunk).slice(-4000);
    for (const line of String(chunk).split('\n')) {
      if (/ready in|Building|Seeding|seeded|already present|stopped unexpectedly|not ready|exited|rror/.test(line)) {
        console.log(`    | ${line.trim()}`);
      }
    }
  };
  platform.stdout.on('data', relay);
  platform.stderr.on('data', relay);
  platform.on('exit', (code, signal) => {
    if (!finishing && platformProcesses.length > 0) {
      platformDied = `./run-platform exited during the run (${signal ?? `code ${code}`}); its last output:\n`
        + `${tailText.split('\n').slice(-25).map((l) => `    ${l}`).join('\n')}\n  Logs: ${path.relative(root, logDir)}/`;
    }
  });

  const deadline = Date.now() + CONFIG.platformTimeoutMs;
  for (;;) {
    if (platform.exitCode !== null || platform.signalCode !== null) {
      throw new Error(
        `./run-platform exited (${platform.signalCode ?? `code ${platform.exitCode}`}) before the platform was ready.\n`
          + `  Last output:\n${tailText.split('\n').slice(-25).map((l) => `    ${l}`).join('\n')}\n`
          + `  Logs: ${path.relative(root, logDir)}/`,
      );
    }
    if (existsSync(readyFile)) break;
    if (Date.now() > deadline) throw new Error(`platform not ready within ${CONFIG.platformTimeoutMs / 1000} s`);
    checkBudget('the platform start');
    await sleep(100);
  }
  const readyText = readFileSync(readyFile, 'utf8');
  let ready;
  try {
    ready = JSON.parse(readyText);
  } catch {
    throw new Error(`${readyFile} is not JSON ("${readyText.trim()}"): scripts/run-platform.mjs must write each process's name, pid and readyMs`);
  }
  if (!Array.isArray(ready.processes)) throw new Error(`${readyFile} lists no processes`);
  platformProcesses = ready.processes;
  return ready;
}

async function stopPlatform() {
  if (!platform || platform.exitCode !== null || platform.signalCode !== null) return;
  say(`stopping the platform (SIGTERM to pid ${platform.pid})`);
  const exited = once(platform, 'exit');
  platform.kill('SIGTERM');
  const stopped = await Promise.race([exited.then(() => true), sleep(90_000).then(() => false)]);
  if (!stopped) {
    console.error('  the platform did not stop within 90 s: SIGKILL to what this run started');
    platform.kill('SIGKILL');
    for (const { name, pid } of platformProcesses) {
      if (isOurs(pid)) {
        console.error(`  SIGKILL ${name} (pid ${pid})`);
        try { process.kill(pid, 'SIGKILL'); } catch { /* already gone */ }
      }
    }
  }
}

/** A pid from platform.ready still names the process this run started (not a reused pid). */
function isOurs(pid) {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
    return /quarkus-run\.jar|LocalStackMain|LocalKafkaMain|web-server\.mjs/.test(cmdline);
  } catch {
    return false;
  }
}

function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1]);
    return { rssMb: round(kb('VmRSS') / 1024, 1), peakRssMb: round(kb('VmHWM') / 1024, 1) };
  } catch {
    return { rssMb: NaN, peakRssMb: NaN };
  }
}

/** CPU time (user + system) the process has used so far, in ms (Linux: 100 clock ticks a second). */
function cpuMsOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10; // utime, stime (fields 14 and 15)
  } catch {
    return NaN;
  }
}

/** Quarkus' own "started in 1.234s" (from its main, JVM boot excluded), last start in the log. */
function quarkusStartedIn(name) {
  const file = path.join(logDir, `${name}.log`);
  if (!existsSync(file)) return null;
  const matches = [...readFileSync(file, 'utf8').matchAll(/started in (\d+\.\d+)s/g)];
  return matches.length > 0 ? Math.round(Number(matches.at(-1)[1]) * 1000) : null;
}

// ---------------------------------------------------------------------------------------------
// phase: what the practice API offers for finding a draft

async function inspectPracticeApi() {
  const doc = await (await fetch(`${PRACTICE_API}/q/openapi?format=json`)).json();
  const list = doc.paths?.['/practices']?.get;
  const parameters = (list?.parameters ?? []).map((p) => p.name);
  const summaryProps = Object.keys(doc.components?.schemas?.PracticeSummary?.properties ?? {});
  const detailProps = Object.keys(doc.components?.schemas?.PracticeDetail?.properties ?? {});
  const byInitiative = summaryProps.includes('sourceInitiativeId');
  return {
    listParameters: parameters,
    summaryHasSourceInitiativeId: byInitiative,
    detailHasSourceInitiativeId: detailProps.includes('sourceInitiativeId'),
    filterBySourceInitiative: parameters.some((p) => /initiative/i.test(p)),
  };
}

// ---------------------------------------------------------------------------------------------
// phase: initiatives walked to UNDER_REVIEW, then concluded one by one

const WALK = ['PROPOSED', 'APPROVED', 'PILOTING', 'UNDER_REVIEW'];

async function mechelenPanel(token) {
  const page = await api('GET', `${PANEL_API}/panels?city=mechelen&size=100`, { token: await token() });
  const panel = page.items.find((p) => p.name === 'Mechelen Local Panel of Stakeholders') ?? page.items[0];
  if (!panel) throw new Error('no Mechelen panel: did the demo seed run?');
  return panel;
}

async function prepareInitiatives(token, panel, runTag) {
  const titles = Array.from({ length: CONFIG.practices }, (_, i) => `Bench ${runTag} welcome desk ${String(i + 1).padStart(4, '0')}`);
  return pool(titles, CONFIG.setupConcurrency, async (title, i) => {
    checkBudget('creating initiatives');
    let initiative = await api('POST', `${INITIATIVE_API}/initiatives`, {
      token: await token(),
      body: { panelId: panel.id, title, summary: `Benchmark initiative ${i + 1}: a weekly welcome desk staffed in pairs.` },
    });
    for (const to of WALK) {
      initiative = await api('POST', `${INITIATIVE_API}/initiatives/${initiative.id}/transitions`, {
        token: await token(), ifMatch: initiative.version, body: { to, reason: `Benchmark: moved to ${to}` },
      });
    }
    if (initiative.status !== 'UNDER_REVIEW') throw new Error(`initiative ${initiative.id} is ${initiative.status}`);
    return { id: initiative.id, version: initiative.version, title };
  });
}

/**
 * Waits until a consumer group has read everything on a topic (Kafka's own ConsumerGroupCommand),
 * twice in a row a second apart with the same end offsets. The setup's 1000 lifecycle events
 * reach practice-exchange-service's consumer too; without this wait the first conclusions would
 * queue behind that backlog and time it rather than the conclusion itself.
 */
async function waitForConsumer(group, topic, maxMs) {
  const classpath = readFileSync(path.join(workDir, 'kafka-tools.classpath'), 'utf8').trim();
  const began_ = Date.now();
  let previous = null;
  let lag = NaN;
  for (let check = 0; check < 30 && Date.now() - began_ < maxMs; check++) {
    const out = await run('java', [
      '-Xmx128m', '-cp', classpath, 'org.apache.kafka.tools.consumer.group.ConsumerGroupCommand',
      '--bootstrap-server', '127.0.0.1:19092', '--describe', '--group', group,
    ], { timeoutMs: 30_000 });
    // GROUP TOPIC PARTITION CURRENT-OFFSET LOG-END-OFFSET LAG CONSUMER-ID HOST CLIENT-ID
    const rows = out.stdout.split('\n').map((l) => l.trim().split(/\s+/)).filter((f) => f[0] === group && f[1] === topic);
    if (rows.length > 0 && rows.every((f) => /^\d+$/.test(f[3]) && /^\d+$/.test(f[4]))) {
      lag = rows.reduce((sum, f) => sum + Number(f[4]) - Number(f[3]), 0);
      const ends = rows.map((f) => `${f[2]}:${f[4]}`).sort().join(',');
      if (lag === 0 && previous === ends) return { lag, waitedMs: Date.now() - began_ };
      previous = lag === 0 ? ends : null;
    }
    await sleep(1000);
  }
  return { lag, waitedMs: Date.now() - began_, gaveUp: true };
}

/**
 * Sends each conclusion and times it until its draft practice is readable. One poller reads the
 * town's drafts (newest first) in a loop while conclusions are pending — one request in flight at
 * a time, so the measurement adds little load — and resolves each pending conclusion whose draft
 * (matched by its unique title, which the draft inherits) is in the answer, at the time that
 * answer arrived.
 */
async function measureConclusions(token, initiatives, matchBy) {
  const pending = new Map(); // title -> { resolve, reject }
  const pollMs = [];
  let polling = true;
  let pollError = null;
  // Newest drafts first; a page just large enough to hold every conclusion in flight keeps the
  // poll cheap (nothing else drafts practices meanwhile).
  const size = Math.min(100, Math.max(10, 2 * CONFIG.concludeConcurrency));
  const url = `${PRACTICE_API}/practices?city=mechelen&status=DRAFT&size=${size}&sort=updatedAt,desc`;
  const poller = (async () => {
    while (polling) {
      if (pending.size === 0) {
        await sleep(1);
        continue;
      }
      try {
        const t0 = performance.now();
        const response = await fetch(url, { headers: { Accept: 'application/json', Authorization: `Bearer ${await token()}` } });
        const body = await response.json();
        const at = performance.now();
        if (!response.ok) throw new Error(`GET ${url} → ${response.status}: ${body?.detail ?? ''}`);
        pollMs.push(at - t0);
        for (const item of body.items) {
          const key = matchBy === 'sourceInitiativeId' ? item.sourceInitiativeId : item.title;
          const waiter = pending.get(key);
          if (waiter) {
            pending.delete(key);
            waiter.resolve({ at, item });
          }
        }
      } catch (error) {
        pollError = error;
        for (const waiter of pending.values()) waiter.reject(error);
        pending.clear();
        return;
      }
      await sleep(CONFIG.pollPauseMs);
    }
  })();

  const latencies = [];
  const requestMs = [];
  let firstMs = NaN;
  try {
    const drafts = await pool(initiatives, CONFIG.concludeConcurrency, async (initiative) => {
      checkBudget('measuring conclusions');
      if (pollError) throw pollError;
      const key = matchBy === 'sourceInitiativeId' ? initiative.id : initiative.title;
      let timer;
      const seen = new Promise((resolve, reject) => {
        pending.set(key, { resolve, reject });
        timer = setTimeout(() => {
          pending.delete(key);
          reject(new Error(`no draft for initiative ${initiative.id} within ${CONFIG.draftTimeoutMs / 1000} s`));
        }, CONFIG.draftTimeoutMs);
      });
      const auth = await token();
      const sentAt = performance.now();
      await api('POST', `${INITIATIVE_API}/initiatives/${initiative.id}/transitions`, {
        token: auth,
        ifMatch: initiative.version,
        body: {
          to: 'CONCLUDED', reason: 'Benchmark: the panel finished its review', outcome: 'ADOPTED',
          conclusion: 'Adopted: 80 % of visitors knew where to go next; two volunteers joined the panel.',
        },
      });
      requestMs.push(performance.now() - sentAt);
      const { at, item } = await seen.finally(() => clearTimeout(timer));
      latencies.push(at - sentAt);
      if (latencies.length === 1) firstMs = at - sentAt;
      return { initiativeId: initiative.id, practiceId: item.id, version: item.version, title: item.title };
    });
    return {
      drafts, latencyMs: { ...stats(latencies), first: round(firstMs) }, requestMs: stats(requestMs), pollRoundTripMs: stats(pollMs),
    };
  } finally {
    polling = false;
    await poller;
  }
}

// ---------------------------------------------------------------------------------------------
// phase: Kafka's raw produce -> consume latency on the same broker

async function measureKafka() {
  const classpathFile = path.join(workDir, 'kafka-tools.classpath');
  if (!existsSync(classpathFile)) throw new Error(`${classpathFile} missing: run the benchmark through bench/run`);
  const classpath = readFileSync(classpathFile, 'utf8').trim();
  const topic = `bench-latency-${Date.now()}`;
  const ours = await run('java', [
    '-Xmx256m', '-cp', classpath, path.join(benchDir, 'kafka/KafkaRoundTrip.java'),
    '127.0.0.1:19092', topic, String(CONFIG.kafkaMessages), String(CONFIG.kafkaBytes), '120',
  ], { timeoutMs: 150_000, logFile: path.join(workDir, 'kafka.log') });
  if (ours.code !== 0) throw new Error(`KafkaRoundTrip failed (${ours.code}):\n${ours.stderr.slice(-2000)}`);
  const roundTrip = JSON.parse(ours.stdout.trim().split('\n').at(-1));

  // Cross-check with Kafka's own tool (whole milliseconds, send().get() then poll()).
  const tool = await run('java', [
    '-Xmx256m', '-cp', classpath, 'org.apache.kafka.tools.EndToEndLatency',
    '127.0.0.1:19092', `${topic}-tool`, String(CONFIG.kafkaMessages), 'all', String(CONFIG.kafkaBytes),
  ], { timeoutMs: 150_000, logFile: path.join(workDir, 'kafka.log') });
  let endToEndLatency = { error: `exit ${tool.code}: ${tool.stderr.slice(-500)}` };
  const avg = /Avg latency: ([\d.]+) ms/.exec(tool.stdout);
  const pct = /Percentiles: 50th = (\d+), 99th = (\d+), 99.9th = (\d+)/.exec(tool.stdout);
  if (tool.code === 0 && avg && pct) {
    endToEndLatency = { meanMs: Number(avg[1]), p50Ms: Number(pct[1]), p99Ms: Number(pct[2]), p999Ms: Number(pct[3]) };
  }
  return { roundTrip, endToEndLatency };
}

// ---------------------------------------------------------------------------------------------
// phase: publish the drafts

const TEXT = {
  context: 'Newly arrived migrants found the town administration hard to navigate and rarely met long-time residents. '
    + 'Several offices gave contradicting answers and leaflets existed in one language only.',
  approach: 'Pairs of volunteers, one newcomer and one long-time resident, staff a desk every Wednesday, in four languages. '
    + 'The panel chose the opening hours; the city provides a room and a contact person who answers within a week.',
  results: 'In the pilot year 412 visits; 80 % of visitors said they knew where to go next. Two volunteers joined the panel. '
    + 'The waiting time at the registry office fell by a third.',
  resources: 'A room, a part-time coordinator (0.2 FTE), volunteer training of two days, translation of leaflets.',
  transferability: 'Works in any town with a volunteer base; needs a municipal contact person who answers within a week.',
  lessons: 'Evening hours did not work; pairing volunteers mattered more than the number of languages offered.',
};

/**
 * The network's validation, as the demo seed does it: the town's coordinator writes each draft's
 * texts and submits it, the network admin publishes it.
 */
async function publishDrafts(token, drafts) {
  const admin = tokenSource('network-admin');
  return pool(drafts, CONFIG.setupConcurrency, async (draft, i) => {
    checkBudget('publishing');
    const detail = await api('GET', `${PRACTICE_API}/practices/${draft.practiceId}`, { token: await token() });
    if (detail.sourceInitiativeId !== draft.initiativeId) {
      throw new Error(`draft ${draft.practiceId} comes from ${detail.sourceInitiativeId}, expected ${draft.initiativeId}`);
    }
    const edited = await api('PUT', `${PRACTICE_API}/practices/${draft.practiceId}`, {
      token: await token(),
      ifMatch: detail.version,
      body: { title: detail.title, summary: `Welcome desk variant ${i + 1}, staffed in pairs by a newcomer and a long-time resident.`, ...TEXT },
    });
    const submitted = await api('POST', `${PRACTICE_API}/practices/${draft.practiceId}/submit`, {
      token: await token(), ifMatch: edited.version,
    });
    const published = await api('POST', `${PRACTICE_API}/practices/${draft.practiceId}/publish`, {
      token: await admin(), ifMatch: submitted.version,
    });
    if (published.status !== 'PUBLISHED') throw new Error(`practice ${draft.practiceId} is ${published.status}`);
    return published.id;
  });
}

async function allPublishedIds() {
  const ids = [];
  for (let page = 0; page < 100; page++) {
    const answer = await api('GET', `${PRACTICE_API}/practices?page=${page}&size=100`);
    ids.push(...answer.items.map((item) => item.id));
    if (answer.items.length < 100) break;
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// phase: the two reads under load (wrk), and their SQL on the same PostgreSQL (pgbench)

/**
 * wrk against one URL. By default the practice reads (practices.lua, over the ids in idsFile when
 * given); a write names its own script, the arguments it takes (asked again for every run, so a
 * token is fresh) and the service whose JVM CPU is charged to it.
 */
async function wrk(label, url, { idsFile, script = 'wrk/practices.lua', scriptArgs, service = 'practiceService' } = {}) {
  const scriptFile = path.join(benchDir, script);
  const once_ = async (seconds, log) => {
    const args = ['-t', String(CONFIG.threads), '-c', String(CONFIG.connections), '-d', `${seconds}s`,
      '--timeout', '5s', '--latency', '-s', scriptFile, url];
    if (idsFile) args.push('--', idsFile);
    if (scriptArgs) args.push('--', ...(await scriptArgs()));
    const out = await run('wrk', args, { timeoutMs: (seconds + 30) * 1000, logFile: log });
    if (out.code !== 0) throw new Error(`wrk (${label}) failed with ${out.code}: ${out.stderr.slice(-1000)}`);
    const line = out.stdout.split('\n').find((l) => l.startsWith('BENCH_WRK '));
    if (!line) throw new Error(`wrk (${label}) printed no result:\n${out.stdout.slice(-1500)}`);
    return JSON.parse(line.slice('BENCH_WRK '.length));
  };
  const log = path.join(workDir, `wrk-${label}.log`);
  rmSync(log, { force: true });
  await once_(CONFIG.warmupS, log);
  noteLoad(`before wrk ${label}`);
  const result = await quietest(`wrk ${label}`, async () => {
    const attempt = await once_(CONFIG.durationS, log);
    const errors = Object.values(attempt.errors).reduce((a, b) => a + b, 0);
    if (errors > 0) throw new Error(`wrk (${label}): ${JSON.stringify(attempt.errors)} errors (non-2xx counts as status); log: ${log}`);
    return attempt;
  });
  const cpu = results.cpu[`wrk ${label}`];
  return {
    rps: round(result.rps, 1), requests: result.requests,
    // CPU time per request of the service's JVM and of PostgreSQL (all its backends)
    serviceCpuMsPerRequest: round(cpu[`${service}CpuMs`] / result.requests, 3),
    postgresCpuMsPerRequest: round(cpu.postgresCpuMs / result.requests, 3),
    p50Ms: round(result.p50Us / 1000), p90Ms: round(result.p90Us / 1000), p99Ms: round(result.p99Us / 1000),
    maxMs: round(result.maxUs / 1000), meanMs: round(result.meanUs / 1000),
  };
}

async function pgbench(label, scriptFile, extraArgs = [], database = 'practice') {
  const env = { PGPASSWORD: 'cohesion', PGAPPNAME: `cohesion-bench-${label}` };
  const common = ['-h', '127.0.0.1', '-p', '15432', '-U', 'cohesion', '-n', '-M', 'prepared',
    '-c', String(CONFIG.connections), '-j', String(CONFIG.threads), '-f', scriptFile, ...extraArgs];
  const logPrefix = path.join(workDir, `pgbench-${label}`);
  for (const f of readdirSync(workDir)) if (f.startsWith(`pgbench-${label}.`)) rmSync(path.join(workDir, f));
  const warm = await run('pgbench', [...common, '-T', String(CONFIG.warmupS), database], { env, timeoutMs: (CONFIG.warmupS + 30) * 1000 });
  if (warm.code !== 0) throw new Error(`pgbench (${label}) warm-up failed: ${warm.stderr.slice(-1500)}`);
  noteLoad(`before pgbench ${label}`);
  const result = await quietest(`pgbench ${label}`, async () => {
    const out = await run('pgbench', [...common, '-T', String(CONFIG.durationS), '-l', `--log-prefix=${logPrefix}`, database], {
      env, timeoutMs: (CONFIG.durationS + 30) * 1000, logFile: path.join(workDir, `pgbench-${label}.out`),
    });
    if (out.code !== 0) throw new Error(`pgbench (${label}) failed: ${out.stderr.slice(-1500)}`);
    const tps = /tps = ([\d.]+) \(without initial connection time\)/.exec(out.stdout);
    const failed = /number of failed transactions: (\d+)/.exec(out.stdout);
    if (!tps) throw new Error(`pgbench (${label}) printed no tps:\n${out.stdout}`);
    if (failed && Number(failed[1]) > 0) throw new Error(`pgbench (${label}): ${failed[1]} failed transactions`);
    // Per-transaction log: client_id transaction_no latency_us script_no epoch_s epoch_us
    const latenciesUs = [];
    for (const f of readdirSync(workDir)) {
      if (!f.startsWith(`pgbench-${label}.`) || f.endsWith('.out')) continue;
      for (const line of readFileSync(path.join(workDir, f), 'utf8').split('\n')) {
        const fields = line.split(' ');
        if (fields.length >= 6) latenciesUs.push(Number(fields[2]));
      }
      rmSync(path.join(workDir, f));
    }
    const s = stats(latenciesUs.map((us) => us / 1000));
    return { tps: round(Number(tps[1]), 1), transactions: s.count, p50Ms: s.p50, p90Ms: s.p90, p99Ms: s.p99, maxMs: s.max, meanMs: s.mean };
  });
  result.postgresCpuMsPerTransaction = round(results.cpu[`pgbench ${label}`].postgresCpuMs / result.transactions, 3);
  return result;
}

/**
 * The write: POST /initiatives as the Mechelen coordinator (a fresh token per wrk run, new
 * Idempotency-Key per request), beside pgbench writing the same rows in the same transactions
 * (bench/sql/initiative-create.sql). Every request must answer 201, and the initiatives the run
 * says it created must be there. Afterwards practice-exchange-service's consumer reads the
 * created events before anything else is measured.
 */
async function measureCreates(token, panel, runTag, load) {
  let attempt = 0;
  const before = await api('GET', `${INITIATIVE_API}/initiatives?city=mechelen&size=1`, { token: await token() });
  say(`wrk POST /initiatives (a new draft per request, Idempotency-Key each; ${load}) …`);
  const service = await wrk('create', `${INITIATIVE_API}/initiatives`, {
    script: 'wrk/create-initiative.lua',
    service: 'initiativeService',
    scriptArgs: async () => [await token(45), panel.id, `${runTag}-${++attempt}`],
  });
  const after = await api('GET', `${INITIATIVE_API}/initiatives?city=mechelen&size=1`, { token: await token() });
  const created = after.totalItems - before.totalItems;
  if (created < service.requests) {
    throw new Error(`wrk counted ${service.requests} created initiatives in the measured run, the service holds ${created} more`);
  }
  say(`pgbench, the same rows in the same transactions (${load}) …`);
  const pgbenchResult = await pgbench('create', path.join(benchDir, 'sql/initiative-create.sql'), ['-D', `panel=${panel.id}`], 'initiative');
  const drained = await waitForConsumer('practice-exchange-service', 'initiative-events', 120_000);
  return { create: { service, pgbench: pgbenchResult, ratio: round(service.rps / pgbenchResult.tps, 3), createdInAll: created, consumerDrainedMs: drained.waitedMs } };
}

/** The by-id statement over the published ids: the id is drawn at random, as wrk's are. */
function byIdScript(ids) {
  const template = readFileSync(path.join(benchDir, 'sql/practice-by-id.sql'), 'utf8');
  const file = path.join(workDir, 'practice-by-id.sql');
  writeFileSync(file, template
    .replace('__COUNT__', String(ids.length))
    .replace('__IDS__', ids.map((id) => `'${id}'`).join(',')));
  return file;
}

// ---------------------------------------------------------------------------------------------
// phase: one service started alone, beside the idle platform

/**
 * The platform starts its three services at once on a machine of two cores, so their figures
 * include each other. This starts one more instance of a service alone (the command run-platform
 * uses, scripts/service-jvm.mjs, on another port; it joins the same database, broker and consumer
 * group, which is harmless once the measurements are done), times spawn -> /q/health/ready 200
 * polled every 20 ms, reads its CPU time and RSS, and stops it by its pid. When the build has no
 * class archive yet, a first start trains it (and is reported as such); the timed start maps it.
 */
async function soloStart(name, port) {
  let training = null;
  if (!serviceJvm(root, name).archive.trained) training = await startOnce(name, port, 'training');
  const trained = await startOnce(name, port, 'solo');
  if (!trained.archive.trained) throw new Error(`${name} (solo) found no class archive after its training start`);
  return { ...trained, training };
}

async function startOnce(name, port, label) {
  if (await portBusy(port)) throw new Error(`127.0.0.1:${port} is busy; the solo start of ${name} needs it`);
  const jvm = serviceJvm(root, name);
  const logFile = path.join(workDir, `${name}-${label}.log`);
  const log = createWriteStream(logFile);
  const startedAt = performance.now();
  const child = spawn(jvm.java, jvm.args, {
    cwd: root, env: { ...process.env, QUARKUS_HTTP_PORT: String(port) }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.add(child);
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  const exited = once(child, 'exit');
  try {
    const deadline = Date.now() + 120_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${name} (${label}) exited with ${child.exitCode}; log: ${logFile}`);
      if (Date.now() > deadline) throw new Error(`${name} (${label}) not ready within 120 s`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/q/health/ready`, { signal: AbortSignal.timeout(2000) });
        if (response.ok) break;
      } catch { /* not listening yet */ }
      await sleep(20);
    }
    const readyMs = Math.round(performance.now() - startedAt);
    const memory = memoryOf(child.pid);
    return {
      name, java: jvm.java, archive: jvm.archive, readyMs, cpuMs: cpuMsOf(child.pid), rssMb: memory.rssMb,
    };
  } finally {
    // A training start writes its archive on the way out: give it the time that takes.
    const stoppedAt = performance.now();
    child.kill('SIGTERM');
    const stopped = await Promise.race([exited.then(() => true), sleep(90_000).then(() => false)]);
    if (!stopped) child.kill('SIGKILL');
    children.delete(child);
    if (label === 'training') say(`  ${name}: training start stopped in ${Math.round(performance.now() - stoppedAt)} ms (archive written)`);
  }
}

// ---------------------------------------------------------------------------------------------
// --show-sql: a private run with Hibernate's SQL log on, to check bench/sql against the service

async function showSql() {
  await checkPortsFree();
  await startPlatform({
    QUARKUS_HIBERNATE_ORM_LOG_SQL: 'true',
    QUARKUS_HIBERNATE_ORM_LOG_FORMAT_SQL: 'false',
    QUARKUS_HIBERNATE_ORM_LOG_HIGHLIGHT_SQL: 'false',
  });
  const [first] = await allPublishedIds();
  const log = path.join(logDir, 'practice-exchange-service.log');
  const size = () => readFileSync(log, 'utf8').length;
  const statements = (from, to) => readFileSync(log, 'utf8').slice(from, to)
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split(/\[Hibernate\]|\bHibernate: /).slice(1)
    .map((statement) => statement.split('\n')[0].trim()) // one line each: format-sql is off
    // the outbox relay's timer (every second) is not part of the request
    .filter((statement) => !/outbox_event|pg_try_advisory_xact_lock/.test(statement));
  const start = size();
  await api('GET', `${PRACTICE_API}/practices/${first}`);
  await sleep(300);
  const middle = size();
  await api('GET', `${PRACTICE_API}/practices?page=0&size=20`);
  await sleep(300);
  const byId = statements(start, middle);
  const list = statements(middle);
  // The pgbench scripts' statements with their variables written as the service's parameters.
  const scripted = (file) => readFileSync(path.join(benchDir, 'sql', file), 'utf8').split('\n')
    .filter((line) => /^select /.test(line))
    .map((line) => line.replace(/\(array\[__IDS__\]::uuid\[\]\)\[:i\]/, '?').replace(/:[a-z]+/g, '?').replace(/;$/, ''));
  let same = true;
  for (const [label, issued, file] of [['GET /practices/{id}', byId, 'practice-by-id.sql'], ['GET /practices?page=0&size=20', list, 'practice-list.sql']]) {
    const expected = scripted(file);
    const matches = JSON.stringify(issued) === JSON.stringify(expected);
    same &&= matches;
    console.log(`\n${label} issued:\n  ${issued.join('\n  ')}\n  → ${matches ? `the same as bench/sql/${file}` : `DIFFERENT from bench/sql/${file}:\n  ${expected.join('\n  ')}`}`);
  }
  if (!same) throw new Error('bench/sql/ no longer matches the SQL the service issues; update it');
}

// ---------------------------------------------------------------------------------------------
// the run

async function benchmark() {
  noteLoad('start');
  say(`load average at start: ${results.loadAverage.start.join(' / ')} (1/5/15 min) on ${results.machine.cpus} cores`);
  await checkPortsFree();

  const ready = await accounted('platform start', () => startPlatform());
  noteLoad('platform ready');
  results.platform = { processes: [] };
  for (const p of ready.processes) {
    const memory = memoryOf(p.pid);
    const entry = {
      name: p.name, pid: p.pid, readyMs: p.readyMs, rssAfterStartMb: memory.rssMb, cpuMsAfterStart: cpuMsOf(p.pid),
    };
    if (SERVICES.includes(p.name)) entry.quarkusStartedInMs = quarkusStartedIn(p.name);
    results.platform.processes.push(entry);
    say(`${p.name.padEnd(26)} ready ${String(p.readyMs).padStart(6)} ms after spawn`
      + `${entry.quarkusStartedInMs != null ? ` (Quarkus "started in" ${entry.quarkusStartedInMs} ms)` : ''}, RSS ${entry.rssAfterStartMb} MB,`
      + ` CPU used ${entry.cpuMsAfterStart} ms`);
  }

  const apiShape = await inspectPracticeApi();
  results.practiceApi = apiShape;
  const matchBy = apiShape.summaryHasSourceInitiativeId ? 'sourceInitiativeId' : 'title';
  results.practiceApi.draftMatchedBy = matchBy;
  say(`practice API: list parameters ${apiShape.listParameters.join(', ')}; list items ${apiShape.summaryHasSourceInitiativeId ? 'carry' : 'do not carry'} sourceInitiativeId`
    + ` → drafts are matched by ${matchBy === 'title' ? 'their unique title (checked against sourceInitiativeId of the detail afterwards)' : 'sourceInitiativeId'}`);

  const token = tokenSource('coordinator-mechelen');
  const panel = await mechelenPanel(token);
  const runTag = Date.now().toString(36);
  say(`creating ${CONFIG.practices} initiatives on "${panel.name}" and walking each to UNDER_REVIEW (${CONFIG.setupConcurrency} at a time) …`);
  const initiatives = await prepareInitiatives(token, panel, runTag);

  const backlog = await waitForConsumer('practice-exchange-service', 'initiative-events', 90_000);
  results.setupBacklog = backlog;
  say(backlog.gaveUp
    ? `practice-exchange-service still lags ${backlog.lag} initiative-events after ${backlog.waitedMs} ms; measuring anyway`
    : `practice-exchange-service has consumed the setup's initiative-events (waited ${backlog.waitedMs} ms)`);

  noteLoad('before conclusions');
  say(`concluding them (${CONFIG.concludeConcurrency} at a time), timing each until its draft practice is readable …`);
  const conclusions = await accounted('conclusions', () => measureConclusions(token, initiatives, matchBy));
  results.conclusionToDraft = { ...conclusions, drafts: undefined, concurrency: CONFIG.concludeConcurrency };
  say(`conclusion → draft readable: p50 ${conclusions.latencyMs.p50} ms, p99 ${conclusions.latencyMs.p99} ms over ${conclusions.latencyMs.count}`
    + ` (conclusion request alone p50 ${conclusions.requestMs.p50} ms; draft poll round trip p50 ${conclusions.pollRoundTripMs.p50} ms)`);

  noteLoad('before kafka');
  say(`raw Kafka produce → consume on 127.0.0.1:19092 (${CONFIG.kafkaMessages} × ${CONFIG.kafkaBytes} B, acks=all) …`);
  results.kafka = await accounted('kafka', () => measureKafka());
  say(`Kafka round trip: p50 ${results.kafka.roundTrip.p50Ms} ms, p99 ${results.kafka.roundTrip.p99Ms} ms;`
    + ` Kafka's EndToEndLatency: p50 ${results.kafka.endToEndLatency.p50Ms} ms, p99 ${results.kafka.endToEndLatency.p99Ms} ms (whole ms)`);

  say(`publishing the ${conclusions.drafts.length} drafts …`);
  await publishDrafts(token, conclusions.drafts);
  const ids = await allPublishedIds();
  if (ids.length < CONFIG.practices) throw new Error(`only ${ids.length} published practices, expected ≥ ${CONFIG.practices}`);
  const idsFile = path.join(workDir, 'published-ids.txt');
  writeFileSync(idsFile, `${ids.join('\n')}\n`);
  results.publishedPractices = ids.length;
  say(`${ids.length} published practices`);

  const load = `${CONFIG.threads} threads, ${CONFIG.connections} connections, ${CONFIG.warmupS} s warm-up + ${CONFIG.durationS} s`;
  results.reads = {};
  say(`wrk GET /practices/{id} (random published id; ${load}) …`);
  results.reads.byId = { service: await wrk('by-id', PRACTICE_API, { idsFile }) };
  say(`wrk GET /practices?page=0&size=20 (${load}) …`);
  results.reads.list = { service: await wrk('list', `${PRACTICE_API}/practices?page=0&size=20`) };
  say(`pgbench, the by-id select (${load}) …`);
  results.reads.byId.pgbench = await pgbench('by-id', byIdScript(ids));
  say(`pgbench, the list page select + count (${load}) …`);
  results.reads.list.pgbench = await pgbench('list', path.join(benchDir, 'sql/practice-list.sql'), ['-D', 'status=PUBLISHED']);
  for (const read of Object.values(results.reads)) read.ratio = round(read.service.rps / read.pgbench.tps, 3);

  results.writes = await measureCreates(token, panel, runTag, load);

  for (const entry of results.platform.processes) {
    const memory = memoryOf(entry.pid);
    entry.rssAfterLoadMb = memory.rssMb;
    entry.peakRssMb = memory.peakRssMb;
    entry.cpuMsAfterLoad = cpuMsOf(entry.pid);
  }
  noteLoad('end of load');

  say('practice-exchange-service started alone, beside the idle platform …');
  results.soloStart = await quietest('solo start', () => soloStart('practice-exchange-service', 18083));
  const { training } = results.soloStart;
  if (training) say(`training start (no class archive yet): ready ${training.readyMs} ms after spawn, CPU used ${training.cpuMs} ms, RSS ${training.rssMb} MB`);
  say(`solo start (${results.soloStart.archive.kind}, ${results.soloStart.java}): ready ${results.soloStart.readyMs} ms after spawn, CPU used ${results.soloStart.cpuMs} ms, RSS ${results.soloStart.rssMb} MB`);
}

function table() {
  const lines = [];
  const la = (phase) => (results.loadAverage[phase] ?? []).join(' / ');
  const goal = (ok) => (ok ? 'goal met' : 'goal missed');
  lines.push('');
  lines.push(`Cohesion benchmark — ${results.startedAt}, ${results.machine.cpus} cores (${results.machine.model}), ${results.machine.memoryGiB} GiB`);
  lines.push(`load average (1/5/15 min): start ${la('start')} · before conclusions ${la('before conclusions')} · end of load ${la('end of load')}`);
  if (results.platform) {
    lines.push('');
    lines.push('process                     ready after spawn   Quarkus "started in"   CPU used by then   RSS after start   RSS after load (peak)');
    for (const p of results.platform.processes) {
      const service = SERVICES.includes(p.name);
      lines.push(
        `${p.name.padEnd(27)} ${`${p.readyMs} ms`.padStart(10)}${service ? (p.readyMs <= GOALS.readyMs ? '  ✓' : '  ✗') : '   '}`
        + `      ${p.quarkusStartedInMs != null ? `${p.quarkusStartedInMs} ms` : '—'}`.padEnd(26)
        + `${`${p.cpuMsAfterStart} ms`.padStart(9)}        `
        + `${`${p.rssAfterStartMb} MB`.padStart(9)}${service ? (p.rssAfterStartMb <= GOALS.rssMb ? ' ✓' : ' ✗') : '  '}`
        + `      ${p.rssAfterLoadMb ?? '—'} MB (${p.peakRssMb ?? '—'} MB)`,
      );
    }
    lines.push(`goals (services): ready ≤ ${GOALS.readyMs} ms, RSS ≤ ${GOALS.rssMb} MB (✓/✗). Ready = spawn → /q/health/ready 200, polled every`);
    lines.push('250 ms by run-platform, the three services starting at once; CPU used = user+system time at platform.ready (after the demo seed).');
    if (results.soloStart) {
      const solo = results.soloStart;
      lines.push(`${`${solo.name} alone`.padEnd(27)} ${`${solo.readyMs} ms`.padStart(10)}${solo.readyMs <= GOALS.readyMs ? '  ✓' : '  ✗'}`
        + `${' '.repeat(29)}${`${solo.cpuMs} ms`.padStart(9)}        ${`${solo.rssMb} MB`.padStart(9)}${solo.rssMb <= GOALS.rssMb ? ' ✓' : ' ✗'}`
        + `      (one more instance, started after the load, ready polled every 20 ms; ${solo.archive.kind} of ${solo.java})`);
      if (solo.training) {
        lines.push(`${'  its training start'.padEnd(27)} ${`${solo.training.readyMs} ms`.padStart(10)}   ${' '.repeat(29)}${`${solo.training.cpuMs} ms`.padStart(9)}        ${`${solo.training.rssMb} MB`.padStart(9)}`
          + '        (the build had no class archive yet: this start wrote it)');
      }
    }
  }
  if (results.conclusionToDraft) {
    const c = results.conclusionToDraft;
    lines.push('');
    lines.push(`conclusion → draft readable   p50 ${c.latencyMs.p50} ms   p99 ${c.latencyMs.p99} ms   max ${c.latencyMs.max} ms, the first ${c.latencyMs.first} ms   (${c.latencyMs.count} conclusions, ${c.concurrency} at a time; poll round trip p50 ${c.pollRoundTripMs.p50} ms;`
      + ` started once the setup's events were consumed: waited ${results.setupBacklog?.waitedMs} ms${results.setupBacklog?.gaveUp ? `, gave up with lag ${results.setupBacklog.lag}` : ''})`);
  }
  if (results.kafka) {
    const k = results.kafka;
    lines.push(`raw Kafka produce → consume   p50 ${k.roundTrip.p50Ms} ms   p99 ${k.roundTrip.p99Ms} ms   max ${k.roundTrip.maxMs} ms   (${k.roundTrip.messages} × ${k.roundTrip.bytes} B, acks=all)`);
    if (k.endToEndLatency.p50Ms !== undefined) {
      lines.push(`Kafka's EndToEndLatency tool  p50 ${k.endToEndLatency.p50Ms} ms      p99 ${k.endToEndLatency.p99Ms} ms      (whole ms, truncated)`);
    }
  }
  if (results.reads?.list?.pgbench) {
    lines.push('');
    lines.push(`reads (${CONFIG.threads} threads, ${CONFIG.connections} connections, ${CONFIG.durationS} s)   service req/s   p50      p99      │ pgbench tps   p50      p99     │ ratio`);
    for (const [name, label] of [['byId', 'GET /practices/{id}'], ['list', 'GET /practices?page=0&size=20']]) {
      const r = results.reads[name];
      lines.push(
        `${label.padEnd(39)} ${String(r.service.rps).padStart(9)}   ${`${r.service.p50Ms} ms`.padEnd(8)} ${`${r.service.p99Ms} ms`.padEnd(8)} │ `
        + `${String(r.pgbench.tps).padStart(9)}   ${`${r.pgbench.p50Ms} ms`.padEnd(8)} ${`${r.pgbench.p99Ms} ms`.padEnd(9)}│ ${r.ratio.toFixed(2)} ${r.ratio >= GOALS.readRatio ? '✓' : '✗'}`,
      );
    }
    lines.push(`goal: service/pgbench ≥ ${GOALS.readRatio} (${goal(Object.values(results.reads).every((r) => r.ratio >= GOALS.readRatio))})`);
    lines.push('CPU time per request (ms):                 service JVM   PostgreSQL   │ PostgreSQL per pgbench transaction   │ service JVM during the 20 s: JIT / GC');
    for (const [name, label] of [['byId', 'GET /practices/{id}'], ['list', 'GET /practices?page=0&size=20']]) {
      const r = results.reads[name];
      const cpu = results.cpu[name === 'byId' ? 'wrk by-id' : 'wrk list'];
      lines.push(`  ${label.padEnd(40)} ${String(r.service.serviceCpuMsPerRequest).padStart(8)}   ${String(r.service.postgresCpuMsPerRequest).padStart(10)}   │ ${String(r.pgbench.postgresCpuMsPerTransaction).padStart(8)}`
        + `                             │ ${cpu.practiceServiceJitCpuMs} ms / ${cpu.practiceServiceVmThreadCpuMs} ms of ${cpu.practiceServiceCpuMs} ms`);
    }
  }
  if (results.writes?.create) {
    const w = results.writes.create;
    lines.push('');
    lines.push(`write (${CONFIG.threads} threads, ${CONFIG.connections} connections, ${CONFIG.durationS} s)  service req/s   p50      p99      │ pgbench tps   p50      p99     │ ratio`);
    lines.push(
      `${'POST /initiatives (initiative-service)'.padEnd(39)} ${String(w.service.rps).padStart(9)}   ${`${w.service.p50Ms} ms`.padEnd(8)} ${`${w.service.p99Ms} ms`.padEnd(8)} │ `
      + `${String(w.pgbench.tps).padStart(9)}   ${`${w.pgbench.p50Ms} ms`.padEnd(8)} ${`${w.pgbench.p99Ms} ms`.padEnd(9)}│ ${w.ratio.toFixed(2)}`,
    );
    lines.push(`  CPU per create: service JVM ${w.service.serviceCpuMsPerRequest} ms + PostgreSQL ${w.service.postgresCpuMsPerRequest} ms │ PostgreSQL per pgbench transaction ${w.pgbench.postgresCpuMsPerTransaction} ms`
      + ` (the run created ${w.createdInAll} initiatives; the consumer had read their events ${w.consumerDrainedMs} ms after)`);
  }
  if (Object.keys(results.cpu).length > 0) {
    lines.push('');
    lines.push('noise: CPU of the whole machine (2 cores = 100 %) during each phase — this run\'s processes / other processes /');
    lines.push('       interrupt handling (mostly loopback networking, not charged to a process) / hypervisor steal');
    for (const [phase, c] of Object.entries(results.cpu)) {
      lines.push(`  ${phase.padEnd(16)} ${String(c.seconds).padStart(6)} s   this run ${String(c.thisRunPct).padStart(5)} %   others ${String(c.othersPct).padStart(5)} %   irq ${String(c.interruptsPct).padStart(4)} %   steal ${String(c.stealPct).padStart(4)} %   load avg ${c.loadAverageBefore[0]} → ${c.loadAverageAfter[0]}`
        + `${c.attempts > 1 ? `   (quietest of ${c.attempts} attempts; others ${c.othersPctPerAttempt.join(' / ')} %)` : ''}`
        + `${c.othersPct > CONFIG.noisePct ? '   NOISY' : ''}`);
    }
  }
  lines.push('');
  lines.push(`results: ${path.relative(root, resultsFile)} · logs: ${path.relative(root, logDir)}/, ${path.relative(root, workDir)}/`);
  return lines.join('\n');
}

async function finish(code, error) {
  if (finishing) return;
  finishing = true;
  if (error) {
    results.error = error.message;
    console.error(`\n[bench] FAILED: ${error.message}`);
    if (platformDied) {
      console.error(platformDied);
      results.platformDied = platformDied;
    }
  }
  try {
    await stopPlatform();
  } catch (stopError) {
    console.error(`[bench] stopping the platform: ${stopError.message}`);
    code = 1;
  }
  for (const child of children) {
    try { child.kill('SIGKILL'); } catch { /* gone */ }
  }
  rmSync(path.join(workDir, 'platform.pid'), { force: true });
  if (!showSqlOnly) {
    results.finishedAt = new Date().toISOString();
    results.durationS = round((Date.now() - began) / 1000, 1);
    results.ok = code === 0;
    writeFileSync(resultsFile, `${JSON.stringify(results, null, 2)}\n`);
    console.log(table());
    console.log(`[bench] ${code === 0 ? 'done' : 'failed'} in ${results.durationS} s`);
  }
  process.exit(code);
}

process.on('SIGINT', () => finish(130, new Error('interrupted (SIGINT)')));
process.on('SIGTERM', () => finish(143, new Error('terminated (SIGTERM)')));
const watchdog = setTimeout(
  () => finish(1, new Error(`the run exceeded its budget of ${CONFIG.budgetMs / 1000} s`)),
  CONFIG.budgetMs + 5_000,
);
watchdog.unref();

mkdirSync(workDir, { recursive: true });
(showSqlOnly ? showSql() : benchmark())
  .then(() => finish(0))
  .catch((error) => finish(1, error));
