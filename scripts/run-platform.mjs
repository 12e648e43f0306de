// Starts and supervises the local platform; see ../run-platform for the options.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemoData } from './seed-demo.mjs';
import { PLATFORM, waitUntilReady } from './platform.mjs';
import { serviceJvm } from './service-jvm.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const fresh = args.includes('--fresh');
const dataIndex = args.indexOf('--data');
const dataDir = path.resolve(dataIndex >= 0 ? args[dataIndex + 1] : path.join(root, '.local-stack/data'));
const logDir = `${dataDir}-logs`;
mkdirSync(logDir, { recursive: true });

const children = [];
let stopping = false;
// What platform.ready reports: each started process's name, pid and time from spawn to ready.
const readiness = [];
function markReady(proc, startedAt) {
  proc.ready = true;
  readiness.push({ name: proc.name, pid: proc.child.pid, readyMs: Date.now() - startedAt });
}

// A process that dies after it was ready is started again after 1, 2, 4 … 30 s, so one crashed
// service (or the broker) does not take the platform down; one that stayed up for a minute
// starts again at 1 s. A process that dies before it was ready stops everything: that is a
// broken build or configuration, which restarting would only hide.
const RESTART_BACKOFF_MS = { first: 1_000, max: 30_000, resetAfterUp: 60_000 };

/**
 * Spawns and supervises one process; `restartArgs` (default: the same arguments) are those of a
 * restart, e.g. without `--fresh`. Returns the supervision record, whose `child` is the current
 * process.
 */
function start(name, command, commandArgs, { restartArgs = commandArgs, ...options } = {}) {
  const log = path.join(logDir, `${name}.log`);
  const proc = { name, log, child: null, ready: false, failures: 0, timer: null };
  const spawnChild = (spawnArgs, flags) => {
    const out = createWriteStream(log, { flags });
    const child = spawn(command, spawnArgs, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
    const spawnedAt = Date.now();
    child.stdout.pipe(out);
    child.stderr.pipe(out);
    child.on('exit', (code, signal) => {
      if (stopping) return;
      const why = signal ?? `exit ${code}`;
      if (!proc.ready) {
        console.error(`\n${name} stopped unexpectedly (${why}); log: ${log}`);
        stop(1);
        return;
      }
      proc.failures = Date.now() - spawnedAt > RESTART_BACKOFF_MS.resetAfterUp ? 1 : proc.failures + 1;
      const delay = Math.min(RESTART_BACKOFF_MS.max, RESTART_BACKOFF_MS.first * 2 ** (proc.failures - 1));
      console.error(`\n${name} stopped unexpectedly (${why}); restarting in ${delay / 1000} s; log: ${log}`);
      proc.timer = setTimeout(() => {
        proc.timer = null;
        if (stopping) return;
        spawnChild(restartArgs, 'a');
        const entry = readiness.find((r) => r.name === name);
        if (entry) entry.pid = proc.child.pid;
        writePlatformReady();
        console.error(`${name} restarted (pid ${proc.child.pid})`);
      }, delay);
    });
    proc.child = child;
  };
  spawnChild(commandArgs, 'w');
  children.push(proc);
  return proc;
}

let platformReady = false;
function writePlatformReady() {
  if (!platformReady) return;
  writeFileSync(
    path.join(dataDir, 'platform.ready'),
    `${JSON.stringify({ pid: process.pid, processes: readiness }, null, 2)}\n`,
  );
}

async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping …');
  rmSync(path.join(dataDir, 'platform.ready'), { force: true });
  for (const proc of [...children].reverse()) {
    if (proc.timer) clearTimeout(proc.timer);
    const { child } = proc;
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    // A service's first start of a build writes its class archive on the way out (scripts/service-jvm.mjs):
    // 20-30 s on two cores.
    const timeout = setTimeout(() => child.kill('SIGKILL'), 90_000);
    await exited;
    clearTimeout(timeout);
    console.log(`  ${proc.name} stopped`);
  }
  process.exit(exitCode);
}

process.on('SIGINT', () => stop(0));
process.on('SIGTERM', () => stop(0));

function tail(file) {
  return existsSync(file) ? readFileSync(file, 'utf8').split('\n').slice(-25).join('\n') : '';
}

async function main() {
  const began = Date.now();
  const readyFile = path.join(dataDir, 'stack.ready');
  rmSync(readyFile, { force: true });
  console.log(`Starting PostgreSQL, Kafka, Keycloak and the SMTP server (data: ${dataDir}) …`);
  const classpath = readFileSync(path.join(root, 'local-stack/target/classpath.txt'), 'utf8').trim();
  const localStackJava = (mainClass) => [
    `-Dcohesion.root=${root}`,
    '-cp', `${path.join(root, 'local-stack/target/classes')}:${classpath}`,
    `eu.cohesion.localstack.${mainClass}`, '--data', dataDir,
  ];
  const stackStartedAt = Date.now();
  // Kafka runs in a process of its own (below), so a broker crash restarts only the broker.
  const stackArgs = [...localStackJava('LocalStackMain'), '--without-kafka'];
  const stack = start('local-stack', 'java', [...stackArgs, ...(fresh ? ['--fresh'] : [])], {
    restartArgs: stackArgs,
  });
  await waitUntilReady('local stack', () => existsSync(readyFile), 300_000, stack);
  markReady(stack, stackStartedAt);
  console.log(tail(stack.log).split('\n').filter((l) => /ready in/.test(l)).join('\n'));

  // After the stack: --fresh has emptied the data folder, Kafka's included, by then.
  const kafkaReadyFile = path.join(dataDir, 'kafka.ready');
  rmSync(kafkaReadyFile, { force: true });
  const kafkaStartedAt = Date.now();
  const kafka = start('kafka', 'java', ['-Xmx512m', ...localStackJava('LocalKafkaMain')]);
  await waitUntilReady('Kafka', () => existsSync(kafkaReadyFile), 120_000, kafka);
  markReady(kafka, kafkaStartedAt);
  console.log(`  Kafka ready in ${((Date.now() - kafkaStartedAt) / 1000).toFixed(1)} s`);

  // The local run is one machine's browser, demo seed, E2E and benchmark behind one address and a
  // few logins; the limiter still runs (and adds its headers), with quotas none of them reaches.
  // The production defaults are the kit's (docs/http.md).
  const LOCAL_RATE_LIMITS = ['-Dcohesion.rate-limit.read.quota=10000000', '-Dcohesion.rate-limit.write.quota=1000000'];
  const services = PLATFORM.services.map((svc) => {
    const startedAt = Date.now();
    // The demo's webhook receiver listens on 127.0.0.1 (scripts/demo/webhooks.mjs): allowed here only.
    const own = svc.name === 'practice-exchange-service' ? ['-Dcohesion.webhooks.allow-loopback=true'] : [];
    const jvm = serviceJvm(root, svc.name, [...LOCAL_RATE_LIMITS, ...own]);
    if (!jvm.archive.trained) {
      console.log(`  ${svc.name}: this first start of its build trains its class archive (${jvm.archive.kind}, written when it stops)`);
    }
    const proc = start(svc.name, jvm.java, jvm.args);
    return { svc, proc, startedAt };
  });
  // Three JVMs starting together on two busy cores took up to 167 s (a start alone: ~4 s).
  await Promise.all(services.map(async ({ svc, proc, startedAt }) => {
    await waitUntilReady(svc.name, () => isOk(`${svc.url}/q/health/ready`), 300_000, proc);
    markReady(proc, startedAt);
    console.log(`  ${svc.name} ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s on ${svc.url}`);
  }));

  const webStartedAt = Date.now();
  // The built app from a static server with the security headers and CSP (scripts/web-server.mjs).
  const web = start('frontend', 'node', [
    path.join(root, 'scripts/web-server.mjs'),
    '--dir', path.join(root, 'frontend/dist'), '--host', '127.0.0.1', '--port', String(PLATFORM.web.port),
  ]);
  await waitUntilReady('frontend', () => isOk(PLATFORM.web.url), 60_000, web);
  markReady(web, webStartedAt);

  console.log('Seeding demo data …');
  console.log(`  ${await seedDemoData()}`);

  platformReady = true;
  writePlatformReady();
  console.log(`
Cohesion is running (started in ${((Date.now() - began) / 1000).toFixed(0)} s). Ctrl-C stops everything.

  Web app              ${PLATFORM.web.url}
  panel-service        ${PLATFORM.services[0].url}/q/swagger-ui
  initiative-service   ${PLATFORM.services[1].url}/q/swagger-ui
  practice-exchange    ${PLATFORM.services[2].url}/q/swagger-ui
  Keycloak admin       ${PLATFORM.keycloak.url}/admin  (admin / admin, demo only)
  Mail sent (SMTP)     ${PLATFORM.mail.url}/api/user/<address>/messages/INBOX  (nothing leaves the machine)
  Logs                 ${logDir}

  Demo logins (password "demo" for all, demo only):
    network-admin
    coordinator-mechelen, member-mechelen, member-mechelen-2, member-mechelen-3   (Mechelen)
    coordinator-tartu, member-tartu, member-tartu-2, member-tartu-3               (Tartu)
    coordinator-celje                                                             (Celje)
    coordinator-<town> of the seven other towns, e.g. coordinator-delft           (seeded)
`);
}

async function isOk(url) {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(3000) })).ok;
  } catch {
    return false;
  }
}

main().catch((error) => {
  console.error(`\n${error.message}`);
  stop(1);
});
