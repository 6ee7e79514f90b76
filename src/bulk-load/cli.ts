/**
 * `npm run bulk-load -- FILE.jsonl [--force] [--home DIR] [--port N]`: loads a JSON Lines export into the stopped
 * embedded Neo4j through `neo4j-admin database import`, then starts it once to set what the importer cannot and
 * build the indexes, and stops it. Exit 1 with a sentence when the home or a line of the file is refused.
 */
import { parseArgs } from 'node:util';
import { runCommand } from '../command.js';
import { loadConfig } from '../config.js';
import { createDatabase } from '../graph/database.js';
import { ImportValidationError } from '../import/index.js';
import { startNeo4j } from '../neo4j-runtime/index.js';
import { BulkLoadError } from './admin-import.js';
import { bulkLoad } from './bulk-load.js';
import { finishBulkLoad } from './finish.js';

const USAGE =
  'Usage: npm run bulk-load -- FILE.jsonl [--force] [--home DIR] [--port N] [--csv-dir DIR] [--heap 1g] [--off-heap 1g] [--verbose]';

const SIZE = /^\d+[kmg]$/i;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      force: { type: 'boolean', default: false },
      home: { type: 'string' },
      port: { type: 'string' },
      'csv-dir': { type: 'string' },
      heap: { type: 'string', default: '1g' },
      'off-heap': { type: 'string', default: '1g' },
      verbose: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  for (const option of ['heap', 'off-heap'] as const) {
    if (!SIZE.test(values[option])) {
      console.error(`--${option} expects a size such as 512m or 2g, but got "${values[option]}".`);
      return 2;
    }
  }
  const port = values.port === undefined ? undefined : Number(values.port);
  if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65_536)) {
    console.error(`--port expects a port between 1 and 65535, but got "${values.port}".`);
    return 2;
  }
  const file = positionals[0]!;
  const config = loadConfig(process.env).neo4j;
  const embedded = {
    ...config.embedded,
    home: values.home ?? config.embedded.home,
    boltPort: port ?? config.embedded.boltPort,
  };
  const began = performance.now();
  // The number of lines is not known before the end: a line every five seconds says how far the check has come.
  let lines = 0;
  let shownAt = began;
  const onRecords = (count: number): void => {
    lines += count;
    if (performance.now() - shownAt < 5_000) return;
    shownAt = performance.now();
    console.error(`checked and converted ${lines} lines (${Math.round(lines / ((shownAt - began) / 1000))}/s)`);
  };
  let summary: Awaited<ReturnType<typeof bulkLoad>>;
  try {
    summary = await bulkLoad({
      file,
      home: embedded.home,
      database: config.database,
      force: values.force,
      heap: values.heap,
      offHeap: values['off-heap'],
      ...(values['csv-dir'] ? { csvDir: values['csv-dir'] } : {}),
      onRecords,
      ...(values.verbose ? { onOutput: (line: string) => console.error(line) } : {}),
    });
  } catch (error) {
    if (error instanceof ImportValidationError || error instanceof BulkLoadError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  }
  console.error(
    `${lines} lines converted in ${summary.convertSeconds.toFixed(1)} s, loaded in ${summary.importSeconds.toFixed(1)} s; first start…`,
  );
  const server = await startNeo4j(embedded);
  const db = createDatabase({
    uri: server.uri,
    user: config.user,
    password: embedded.password,
    database: config.database,
    queryTimeoutMs: 3_600_000,
  });
  let finished: Awaited<ReturnType<typeof finishBulkLoad>>;
  try {
    finished = await finishBulkLoad(db);
  } finally {
    await db.close();
    await server.stop();
  }
  const seconds = (performance.now() - began) / 1000;
  console.error(
    [
      `Bulk-loaded ${summary.entities} entities, ${summary.articles} articles and ${summary.statements} statements with ${summary.evidence} pieces of evidence into ${embedded.home}:`,
      `  ${summary.nodes} nodes and ${summary.relationships} relationships in ${seconds.toFixed(1)} s, ${Math.round(summary.nodes / seconds)} nodes/s`,
      `  (CSV ${summary.convertSeconds.toFixed(1)} s, neo4j-admin import ${summary.importSeconds.toFixed(1)} s, first start with ${finished.emptyLists} empty lists set and indexes built ${finished.indexSeconds.toFixed(1)} s).`,
    ].join('\n'),
  );
  return 0;
}

runCommand(main, { usageText: USAGE });
