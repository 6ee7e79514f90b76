/**
 * Runs `neo4j-admin database import full` from the downloaded jars on a stopped embedded home, after checking that
 * no server runs there and that no database would be replaced unasked.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { isAlive, neo4jVersion, PROJECT_ROOT } from '../neo4j-runtime/index.js';
import { ARRAY_DELIMITER, type CsvTable } from './csv-tables.js';

/** A load that is refused or failed, in one sentence for the user. */
export class BulkLoadError extends Error {
  override readonly name = 'BulkLoadError';
}

function javaBinary(): string {
  const home = process.env.JAVA_HOME;
  return home ? path.join(home, 'bin', 'java') : 'java';
}

/** The home as an absolute folder; a relative one is taken from the project root, as src/neo4j-runtime does. */
export function resolveHome(home: string): string {
  return path.resolve(PROJECT_ROOT, home);
}

/** The home as the user knows it: relative to the project when inside it. */
function shown(home: string): string {
  const relative = path.relative(PROJECT_ROOT, home);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? home : relative;
}

/** The pid of a Neo4j serving `home` (its pid file names a live process started on that home), or null. */
function runningPid(home: string): number | null {
  const pidFile = path.join(home, 'run', 'neo4j.pid');
  if (!existsSync(pidFile)) return null;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  if (!(pid > 0) || !isAlive(pid)) return null;
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(home) ? pid : null;
  } catch {
    // No /proc (not Linux): a live process of that pid is taken to be the server.
    return pid;
  }
}

/**
 * Refuses a home a load must not touch: one whose server runs (the importer writes the store files directly), or
 * one that already holds the database, unless `force` allows replacing it. Telling an empty store from a full one
 * would need the server, so any existing database counts.
 */
export function checkTarget(options: { home: string; database: string; force: boolean }): void {
  const home = resolveHome(options.home);
  const pid = runningPid(home);
  if (pid !== null)
    throw new BulkLoadError(
      `Neo4j is running on ${shown(home)} (pid ${pid}); stop it first, as a bulk load writes the database files directly.`,
    );
  const store = path.join(home, 'data', 'databases', options.database);
  if (!options.force && existsSync(store) && readdirSync(store).length > 0)
    throw new BulkLoadError(
      `${shown(home)} already holds the database "${options.database}"; a bulk load replaces it whole, so pass --force to replace it.`,
    );
}

export interface AdminImportOptions {
  home: string;
  database: string;
  /** The files to load; empty ones are left out. */
  tables: readonly { table: CsvTable; rows: number; multiline: boolean }[];
  /** A folder of the load's own, for the importer's configuration, report and output. */
  work: string;
  /** Java heap of the importer, e.g. 1g. */
  heap: string;
  /** Memory outside the heap the importer may take (its default is 90 % of the machine's). */
  offHeap: string;
  /** Delete an existing database first (the caller checked that this was asked for). */
  overwrite: boolean;
  /** Each line the importer prints. */
  onOutput?: (line: string) => void;
}

/** The importer's command line, after `java -cp <jars>`. */
export function adminImportArguments(options: AdminImportOptions): string[] {
  const tables = options.tables.filter((entry) => entry.rows > 0);
  const multiline = tables.filter((entry) => entry.multiline).map((entry) => entry.table.file);
  return [
    'org.neo4j.cli.AdminTool',
    'database',
    'import',
    'full',
    // The database comes before the options since Neo4j 5.19.
    options.database,
    `--overwrite-destination=${options.overwrite}`,
    `--array-delimiter=U+${ARRAY_DELIMITER.charCodeAt(0).toString(16).padStart(4, '0').toUpperCase()}`,
    // Nodes are numbered in the files (./csv-tables.ts, NODE_NUMBER).
    '--id-type=integer',
    `--max-off-heap-memory=${options.offHeap}`,
    `--report-file=${path.join(options.work, 'import.report')}`,
    // Only the files whose values hold line breaks are read line by line (the slower, multi-line way).
    ...(multiline.length > 0 ? ['--multiline-fields-format=v2', `--multiline-fields=${multiline.join(',')}`] : []),
    ...tables.map(({ table }) =>
      table.kind === 'nodes' ? `--nodes=${table.what}=${table.file}` : `--relationships=${table.what}=${table.file}`,
    ),
  ];
}

/** Runs the importer into the stopped `home`; resolves with its time, or throws its last lines. */
export async function runAdminImport(options: AdminImportOptions): Promise<{ seconds: number }> {
  const home = resolveHome(options.home);
  const conf = path.join(options.work, 'conf');
  mkdirSync(conf, { recursive: true });
  // A configuration of the load's own: the home's is rewritten at every start (src/neo4j-runtime/server.ts).
  writeFileSync(
    path.join(conf, 'neo4j.conf'),
    [
      `server.directories.data=${path.join(home, 'data')}`,
      `server.directories.logs=${path.join(home, 'logs')}`,
      'dbms.usage_report.enabled=false',
      '',
    ].join('\n'),
  );
  mkdirSync(path.join(home, 'data'), { recursive: true });
  mkdirSync(path.join(home, 'logs'), { recursive: true });
  const lib = path.join(PROJECT_ROOT, '.neo4j', 'lib', neo4jVersion());
  const logFile = path.join(options.work, 'import.log');
  const log = createWriteStream(logFile);
  const began = performance.now();
  const child = spawn(javaBinary(), [`-Xmx${options.heap}`, '-cp', `${lib}/*`, ...adminImportArguments(options)], {
    cwd: options.work,
    env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: conf },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const last: string[] = [];
  let partial = '';
  const onData = (chunk: Buffer): void => {
    log.write(chunk);
    const lines = (partial + chunk.toString('utf8')).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (line.trim() === '') continue;
      last.push(line);
      if (last.length > 8) last.shift();
      options.onOutput?.(line);
    }
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const [code] = (await once(child, 'close')) as [number | null];
  log.end();
  if (code !== 0)
    throw new BulkLoadError(
      `neo4j-admin database import failed (exit ${code}); its output is in ${logFile}. Last lines:\n${last.join('\n')}`,
    );
  return { seconds: (performance.now() - began) / 1000 };
}
