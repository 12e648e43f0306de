// Lints each service's generated OpenAPI document with Redocly CLI's recommended rules, prints
// the error and warning counts per document and per rule, and fails on any error.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const services = ['panel-service', 'initiative-service', 'practice-exchange-service'];
const cli = resolve('node_modules/@redocly/cli/bin/cli.js');
let failed = false;

for (const service of services) {
  const document = resolve('..', service, 'target/openapi/openapi.json');
  if (!existsSync(document)) {
    console.error(`${service}: ${document} is missing (the service's package phase writes it)`);
    failed = true;
    continue;
  }
  const run = spawnSync(process.execPath, [cli, 'lint', document, '--format=json'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  const start = run.stdout.indexOf('{');
  if (start < 0) {
    console.error(`${service}: Redocly printed no report\n${run.stdout}\n${run.stderr}`);
    failed = true;
    continue;
  }
  const { problems } = JSON.parse(run.stdout.slice(start));
  const count = (severity) => problems.filter((p) => p.severity === severity).length;
  console.log(`${service}: ${count('error')} errors, ${count('warn')} warnings (Redocly recommended)`);
  const byRule = new Map();
  for (const p of problems) {
    const key = `${p.severity === 'error' ? 'error' : 'warning'} ${p.ruleId}`;
    byRule.set(key, (byRule.get(key) ?? 0) + 1);
  }
  for (const [rule, n] of [...byRule].sort()) {
    console.log(`  ${rule}: ${n}`);
  }
  for (const p of problems.filter((p) => p.severity === 'error')) {
    console.log(`    ${p.ruleId} at ${p.location?.[0]?.pointer ?? '?'}: ${p.message}`);
  }
  if (count('error') > 0) {
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
