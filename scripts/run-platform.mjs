// Starts and supervises the local platform; see ../run-platform for the options.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { seedDemoData } from './seed-demo.mjs';
import { PLATFORM, waitUntilReady } from './platform.mjs';

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
function markReady(name, proc, startedAt) {
  readiness.push({ name, pid: proc.child.pid, readyMs: Date.now() - startedAt });
}

function start(name, command, commandArgs, options = {}) {
  const log = path.join(logDir, `${name}.log`);
  const out = createWriteStream(log);
  const child = spawn(command, commandArgs, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'], ...options });
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  child.on('exit', (code, signal) => {
    if (!stopping) {
      console.error(`\n${name} stopped unexpectedly (${signal ?? `exit ${code}`}); log: ${log}`);
      stop(1);
    }
  });
  children.push({ name, child });
  return { child, log };
}

async function stop(exitCode) {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping …');
  rmSync(path.join(dataDir, 'platform.ready'), { force: true });
  for (const { name, child } of [...children].reverse()) {
    if (child.exitCode !== null || child.signalCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timeout = setTimeout(() => child.kill('SIGKILL'), 30_000);
    await exited;
    clearTimeout(timeout);
    console.log(`  ${name} stopped`);
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
  const stackStartedAt = Date.now();
  const stack = start('local-stack', 'java', [
    `-Dcohesion.root=${root}`,
    '-cp', `${path.join(root, 'local-stack/target/classes')}:${classpath}`,
    'eu.cohesion.localstack.LocalStackMain', '--data', dataDir, ...(fresh ? ['--fresh'] : []),
  ]);
  await waitUntilReady('local stack', () => existsSync(readyFile), 300_000, stack);
  markReady('local-stack', stack, stackStartedAt);
  console.log(tail(stack.log).split('\n').filter((l) => /ready in/.test(l)).join('\n'));

  const javaOptions = (process.env.COHESION_JAVA_OPTS ?? '-XX:+UseSerialGC -Xmx160m -XX:+ExitOnOutOfMemoryError').split(' ');
  const services = PLATFORM.services.map((svc) => {
    const startedAt = Date.now();
    const proc = start(svc.name, 'java', [...javaOptions, '-jar', path.join(root, svc.name, 'target/quarkus-app/quarkus-run.jar')]);
    return { svc, proc, startedAt };
  });
  // Three JVMs starting together on two busy cores took up to 167 s (a start alone: ~4 s).
  await Promise.all(services.map(async ({ svc, proc, startedAt }) => {
    await waitUntilReady(svc.name, () => isOk(`${svc.url}/q/health/ready`), 300_000, proc);
    markReady(svc.name, proc, startedAt);
    console.log(`  ${svc.name} ready in ${((Date.now() - startedAt) / 1000).toFixed(1)} s on ${svc.url}`);
  }));

  const webStartedAt = Date.now();
  const web = start('frontend', 'node', [
    path.join(root, 'frontend/node_modules/vite/bin/vite.js'), 'preview',
    '--host', '127.0.0.1', '--port', String(PLATFORM.web.port), '--strictPort',
  ], { cwd: path.join(root, 'frontend') });
  await waitUntilReady('frontend', () => isOk(PLATFORM.web.url), 60_000, web);
  markReady('frontend', web, webStartedAt);

  console.log('Seeding demo data …');
  console.log(`  ${await seedDemoData()}`);

  writeFileSync(
    path.join(dataDir, 'platform.ready'),
    `${JSON.stringify({ pid: process.pid, processes: readiness }, null, 2)}\n`,
  );
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
