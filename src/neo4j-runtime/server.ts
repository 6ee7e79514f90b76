/**
 * Starts Neo4j Community as a child JVM (org.neo4j.server.CommunityEntryPoint) on loopback, Bolt only, and stops it.
 * One instance per home folder; a pid file lets a later start clean up an instance whose parent was killed.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { isInstalled, libDir, Neo4jRuntimeError, neo4jVersion, PROJECT_ROOT } from './install.js';

export interface StartOptions {
  /** Folder for conf/, data/, logs/ and run/; relative paths are taken from the project root. */
  home: string;
  boltPort: number;
  heap: string;
  pageCache: string;
  /** null turns authentication off (the server listens on loopback only). */
  password: string | null;
  startTimeoutMs: number;
  /** Delete the data folder first (tests start from an empty graph). */
  fresh?: boolean;
}

/** How the JVM ended: `requested` when `stop()` asked it to, false when it died on its own (a crash, `kill -9`). */
export interface Neo4jExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly requested: boolean;
}

export interface RunningNeo4j {
  readonly uri: string;
  readonly pid: number;
  readonly version: string;
  /** Milliseconds from spawn until Bolt answered a query. */
  readonly startMs: number;
  /** Neo4j's own log of this home (`logs/neo4j.log`), where a crash is explained. */
  readonly logFile: string;
  /** Settles once the JVM has exited, however it ended; never rejects. */
  readonly exited: Promise<Neo4jExit>;
  /** Asks Neo4j to shut down and waits for it (SIGKILL after 30 s). Safe to call twice. */
  stop(): Promise<void>;
}

// Flags of Neo4j's own launcher: Java 17 needs the --add-opens for Netty's direct buffers.
const JVM_FLAGS = [
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dlog4j2.disable.jmx=true',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

const SETPRIV = '/usr/bin/setpriv';

function javaBinary(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

function checkJava(java: string): void {
  const probe = spawnSync(java, ['-version'], { encoding: 'utf8' });
  if (probe.error || probe.status !== 0) {
    throw new Neo4jRuntimeError(
      `Java 17 or newer is needed to run the embedded Neo4j, but "${java}" could not be run; install OpenJDK 17 or set JAVA_HOME, or set NEO4J_URI to use an existing Neo4j server.`,
    );
  }
  const major = Number(/version "(\d+)/.exec(probe.stderr)?.[1] ?? 0);
  if (major < 17) {
    throw new Neo4jRuntimeError(
      `Java 17 or newer is needed to run the embedded Neo4j, but "${java}" is Java ${major}.`,
    );
  }
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = net.createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** Whether a process with this pid exists (signal 0 asks without sending anything). */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return !isAlive(pid);
}

/** The pid of the instance running on this home, if one is. */
function runningPid(pidFile: string, home: string): number | null {
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  let cmdline = '';
  try {
    cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return null;
  }
  return pid > 0 && isAlive(pid) && cmdline.includes(home) ? pid : null;
}

/**
 * The Bolt URI of an instance already serving this home (started by `npm start` or `npm run neo4j -- start`),
 * so that a second command (the ingest, an export) shares it instead of failing on the taken port.
 */
export async function findRunningNeo4j(options: Pick<StartOptions, 'home' | 'boltPort'>): Promise<string | null> {
  const home = path.resolve(PROJECT_ROOT, options.home);
  if (runningPid(path.join(home, 'run', 'neo4j.pid'), home) === null) return null;
  return (await portIsFree(options.boltPort)) ? null : `bolt://127.0.0.1:${options.boltPort}`;
}

/** Stops an instance left running on this home by a process that died without stopping it. */
async function stopLeftover(pidFile: string, home: string): Promise<void> {
  const pid = runningPid(pidFile, home);
  if (pid !== null) {
    process.kill(pid, 'SIGTERM');
    if (!(await waitForExit(pid, 30_000))) process.kill(pid, 'SIGKILL');
  }
  rmSync(pidFile, { force: true });
}

function writeConf(home: string, options: StartOptions): void {
  const lines = [
    '# Written by src/neo4j-runtime/server.ts at every start; edit the options there, not here.',
    'server.default_listen_address=127.0.0.1',
    'server.default_advertised_address=127.0.0.1',
    'server.bolt.enabled=true',
    `server.bolt.listen_address=127.0.0.1:${options.boltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${options.boltPort}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    'dbms.usage_report.enabled=false',
    `dbms.security.auth_enabled=${options.password !== null}`,
    `server.memory.heap.initial_size=${options.heap}`,
    `server.memory.heap.max_size=${options.heap}`,
    `server.memory.pagecache.size=${options.pageCache}`,
    `server.directories.data=${path.join(home, 'data')}`,
    `server.directories.logs=${path.join(home, 'logs')}`,
    `server.directories.plugins=${path.join(home, 'plugins')}`,
    `server.directories.import=${path.join(home, 'import')}`,
    `server.directories.run=${path.join(home, 'run')}`,
    'db.tx_log.rotation.retention_policy=2 files',
  ];
  writeFileSync(path.join(home, 'conf', 'neo4j.conf'), `${lines.join('\n')}\n`);
}

function tail(file: string, lines: number): string {
  if (!existsSync(file)) return '';
  return readFileSync(file, 'utf8').trim().split('\n').slice(-lines).join('\n');
}

/** Polls Bolt until a query answers, the JVM exits, or the time runs out. */
async function waitForBolt(child: ChildProcess, uri: string, options: StartOptions, logs: string): Promise<void> {
  const auth = options.password === null ? undefined : neo4j.auth.basic('neo4j', options.password);
  const deadline = Date.now() + options.startTimeoutMs;
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  while (Date.now() < deadline) {
    if (exited) {
      throw new Neo4jRuntimeError(
        `Neo4j exited during start-up; see ${logs}/neo4j.log. Last lines:\n${tail(path.join(logs, 'console.log'), 5)}\n${tail(path.join(logs, 'neo4j.log'), 5)}`,
      );
    }
    // One attempt per poll: the driver's own retries (up to 30 s, backing off) would notice a ready server late.
    const driver = neo4j.driver(uri, auth, {
      connectionTimeout: 1000,
      maxTransactionRetryTime: 0,
      logging: { level: 'error', logger: () => undefined },
    });
    try {
      await driver.executeQuery('RETURN 1');
      return;
    } catch (error) {
      if (options.password !== null && /unauthorized|credentials/i.test(String(error))) {
        await setInitialPassword(uri, options.password);
        return;
      }
    } finally {
      await driver.close();
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Neo4jRuntimeError(
    `Neo4j did not answer on ${uri} within ${options.startTimeoutMs} ms; see ${logs}/neo4j.log.`,
  );
}

/** A fresh server has user neo4j/neo4j with a password change pending: set the configured one. */
async function setInitialPassword(uri: string, password: string): Promise<void> {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'neo4j'));
  try {
    await driver.executeQuery(
      'ALTER CURRENT USER SET PASSWORD FROM $old TO $new',
      { old: 'neo4j', new: password },
      { database: 'system' },
    );
  } catch (error) {
    throw new Neo4jRuntimeError(
      `The embedded Neo4j rejected NEO4J_PASSWORD and its initial password could not be set (${(error as Error).message}); delete its data folder or give the password it was first started with.`,
    );
  } finally {
    await driver.close();
  }
}

/**
 * Starts Neo4j and resolves once Bolt answers. Throws a Neo4jRuntimeError with one clear sentence when Java is
 * missing, Neo4j was not downloaded, the port is taken, or the server does not come up.
 */
export async function startNeo4j(options: StartOptions): Promise<RunningNeo4j> {
  const version = neo4jVersion();
  if (!isInstalled(version)) {
    throw new Neo4jRuntimeError(
      `Neo4j ${version} is not downloaded yet (nothing in ${path.relative(PROJECT_ROOT, libDir(version))}); run npm install, which fetches it from Maven Central with Maven.`,
    );
  }
  const java = javaBinary();
  checkJava(java);
  const home = path.resolve(PROJECT_ROOT, options.home);
  const pidFile = path.join(home, 'run', 'neo4j.pid');
  await stopLeftover(pidFile, home);
  if (!(await portIsFree(options.boltPort))) {
    throw new Neo4jRuntimeError(
      `Port ${options.boltPort} on 127.0.0.1 is already in use, so Neo4j cannot start there; stop what uses it or set NEO4J_BOLT_PORT to a free port.`,
    );
  }
  if (options.fresh) rmSync(path.join(home, 'data'), { recursive: true, force: true });
  for (const folder of ['conf', 'data', 'logs', 'plugins', 'import', 'run'])
    mkdirSync(path.join(home, folder), { recursive: true });
  writeConf(home, options);

  const logs = path.join(home, 'logs');
  const consoleLog = openSync(path.join(logs, 'console.log'), 'a');
  const began = Date.now();
  // With setpriv (util-linux), the JVM gets SIGTERM when this process dies, even by SIGKILL: no orphaned server.
  const [command, prefix] = existsSync(SETPRIV) ? [SETPRIV, ['--pdeathsig', 'TERM', '--', java]] : [java, []];
  const child = spawn(
    command,
    [
      ...prefix,
      `-Xms${options.heap}`,
      `-Xmx${options.heap}`,
      ...JVM_FLAGS,
      '-cp',
      `${libDir(version)}/*`,
      'org.neo4j.server.CommunityEntryPoint',
      `--home-dir=${home}`,
      `--config-dir=${path.join(home, 'conf')}`,
    ],
    { stdio: ['ignore', consoleLog, consoleLog], cwd: home },
  );
  closeSync(consoleLog);
  if (child.pid === undefined) throw new Neo4jRuntimeError(`Java could not be started ("${java}").`);
  const pid = child.pid;
  writeFileSync(pidFile, `${pid}\n`);
  // If this process exits without calling stop(), at least ask the JVM to shut down.
  const onExit = (): void => {
    if (isAlive(pid)) process.kill(pid, 'SIGTERM');
  };
  process.once('exit', onExit);

  const uri = `bolt://127.0.0.1:${options.boltPort}`;
  let stopping: Promise<void> | undefined;
  const exited = new Promise<Neo4jExit>((resolve) => {
    child.once('exit', (code, signal) => {
      process.removeListener('exit', onExit);
      resolve({ code, signal, requested: stopping !== undefined });
    });
  });
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      process.removeListener('exit', onExit);
      if (isAlive(pid)) {
        process.kill(pid, 'SIGTERM');
        if (!(await waitForExit(pid, 30_000))) process.kill(pid, 'SIGKILL');
      }
      rmSync(pidFile, { force: true });
    })();
    return stopping;
  };
  try {
    await waitForBolt(child, uri, options, logs);
  } catch (error) {
    await stop();
    throw error;
  }
  return { uri, pid, version, startMs: Date.now() - began, logFile: path.join(logs, 'neo4j.log'), exited, stop };
}
