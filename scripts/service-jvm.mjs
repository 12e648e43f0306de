// How the local run (run-platform) and the benchmark (bench/run) start a service's JVM, in one
// place so that the benchmark measures the start the local run has.
//
// The services are packaged as Quarkus' aot-jar (every class on the JVM's own class path, which
// class archives need). Their first start trains a class archive, written when the JVM exits;
// every later start of the same build maps it instead of loading and linking some 20 000 classes
// again (bench/README.md has the figures):
// - with a JDK 25 or newer (JAVA_HOME or one in /usr/lib/jvm; none is required), the JDK's AOT
//   cache (JEP 483/514/515: classes linked, heap objects, method profiles);
// - otherwise, with the newest JDK found (17+), a dynamic AppCDS archive.
// COHESION_SERVICE_JAVA_HOME names the JDK to use instead (e.g. a JDK 17, to run without JDK 25).
// An archive belongs to one build of one service and one JDK: its name carries the jar's size and
// time and the JDK's version, so a rebuild trains a new one. A JVM that finds an archive it cannot
// use (another class path, say) says so and starts without it.
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** Options of every service JVM unless COHESION_JAVA_OPTS replaces them (space-separated). */
export const DEFAULT_JAVA_OPTIONS =
  // A small initial heap: the serial collector grows it when the load needs it, and an idle
  // service does not hold 160 MB it never uses.
  '-XX:+UseSerialGC -Xms32m -Xmx160m -XX:+ExitOnOutOfMemoryError';

const AOT_CACHE_MIN_JAVA = 25;

/**
 * The command that starts service `name` of the checkout `root`, with `extraOptions` before its
 * jar: `{ java, args, archive: { kind: 'aot-cache' | 'appcds', file, trained } }`. `trained` is
 * false when this start is the one that writes the archive (at its exit).
 */
export function serviceJvm(root, name, extraOptions = []) {
  const jar = path.join(root, name, 'target/quarkus-app/quarkus-run.jar');
  const jdk = newestJdk();
  const { size, mtimeMs } = statSync(jar);
  const build = `${size.toString(36)}-${Math.round(mtimeMs).toString(36)}`;
  const directory = path.join(root, '.local-stack/jvm-archives');
  mkdirSync(directory, { recursive: true });
  const aot = jdk.major >= AOT_CACHE_MIN_JAVA;
  const file = path.join(directory, `${name}-${build}-java${jdk.version}.${aot ? 'aot' : 'jsa'}`);
  const trained = existsSync(file);
  const archiveOption = aot
    ? trained ? `-XX:AOTCache=${file}` : `-XX:AOTCacheOutput=${file}`
    : trained ? `-XX:SharedArchiveFile=${file}` : `-XX:ArchiveClassesAtExit=${file}`;
  const options = (process.env.COHESION_JAVA_OPTS ?? DEFAULT_JAVA_OPTIONS).split(' ').filter(Boolean);
  return {
    java: jdk.java,
    args: [...options, archiveOption, ...extraOptions, '-jar', jar],
    archive: { kind: aot ? 'aot-cache' : 'appcds', file, trained },
  };
}

/**
 * The JDK of COHESION_SERVICE_JAVA_HOME when it is set; otherwise the newest of JAVA_HOME and those
 * in /usr/lib/jvm, or the PATH's `java` when none says its version.
 */
function newestJdk() {
  const chosen = process.env.COHESION_SERVICE_JAVA_HOME;
  const homes = chosen ? [chosen] : [
    process.env.JAVA_HOME,
    ...(existsSync('/usr/lib/jvm') ? readdirSync('/usr/lib/jvm').map((d) => path.join('/usr/lib/jvm', d)) : []),
  ].filter(Boolean);
  let best = { java: 'java', major: 0, version: 'path' };
  for (const home of homes) {
    const java = path.join(home, 'bin/java');
    const version = releaseVersion(home);
    if (!version || !existsSync(java)) continue;
    const major = Number(version.split('.')[0]);
    if (major > best.major) best = { java, major, version };
  }
  return best;
}

/** JAVA_VERSION of a JDK's `release` file ("25.0.3"), or null. */
function releaseVersion(home) {
  try {
    const match = /^JAVA_VERSION="([^"]+)"/m.exec(readFileSync(path.join(home, 'release'), 'utf8'));
    return match ? match[1] : null;
  } catch {
    return null;
  }
}
