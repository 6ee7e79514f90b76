/**
 * Benchmark of the export (not part of `npm test`): writes the synthetic graph of bench/synthetic-graph.ts, of about
 * `--nodes` nodes, as JSON Lines,
 * loads it with the importer, then exports it in every format to a null sink, printing records/s, entity nodes/s
 * and the largest heap seen (flat heap = constant memory). Refuses a database that is not empty.
 *
 *   NEO4J_HOME=.neo4j/bench NEO4J_BOLT_PORT=17688 npx tsx src/export/bench.ts --nodes 100000
 *
 * (starts an embedded Neo4j of its own there, or set NEO4J_URI to an empty server). The graph is left in place.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { generateSyntheticGraph } from '../../bench/synthetic-graph.js';
import { writeSyntheticJsonl } from '../../bench/synthetic-jsonl.js';
import { loadConfig } from '../config.js';
import type { Database } from '../graph/database.js';
import { applyMigrations } from '../graph/migrations.js';
import { importJsonl } from '../import/index.js';
import { connectNeo4j } from '../neo4j-runtime/index.js';
import { createGraphReader, EXPORT_FORMATS, type ExportFormat, exportGraph, WHOLE_GRAPH } from './index.js';

/** A sink that accepts everything at once and counts bytes. */
function nullSink(): Writable & { bytes: number } {
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      sink.bytes += chunk.length;
      done();
    },
  }) as Writable & { bytes: number };
  sink.bytes = 0;
  return sink;
}

async function isEmpty(db: Database): Promise<boolean> {
  return (await createGraphReader({ db, selection: WHOLE_GRAPH }).count()) === 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { nodes: { type: 'string', default: '100000' }, 'batch-size': { type: 'string' } },
  });
  const nodes = Number(values.nodes);
  const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;
  const connection = await connectNeo4j(loadConfig(process.env).neo4j);
  const scratch = await mkdtemp(path.join(tmpdir(), 'export-bench-'));
  try {
    const { db } = connection;
    await applyMigrations(db);
    if (!(await isEmpty(db)))
      throw new Error(`The database at ${connection.uri} is not empty; the benchmark only writes into an empty one.`);
    const file = path.join(scratch, 'synthetic.jsonl');
    let began = performance.now();
    // The generator shared with the query benchmark (bench/synthetic-graph.ts): `nodes` counts every node.
    await writeSyntheticJsonl(file, generateSyntheticGraph({ nodes }));
    console.log(`generated about ${nodes} nodes in ${((performance.now() - began) / 1000).toFixed(1)} s`);
    began = performance.now();
    const summary = await importJsonl({ db, file, batchSize: 5_000 });
    const importSeconds = (performance.now() - began) / 1000;
    const imported = summary.entities + summary.articles + summary.statements;
    console.log(
      `import: ${imported} records (+${summary.evidence} evidence) in ${importSeconds.toFixed(1)} s, ${Math.round(imported / importSeconds)} records/s`,
    );
    for (const format of EXPORT_FORMATS as readonly ExportFormat[]) {
      const streamSink = nullSink();
      const sinks: (Writable & { bytes: number })[] = format === 'csv' ? [] : [streamSink];
      let maxHeap = 0;
      let records = 0;
      const start = performance.now();
      await exportGraph({
        db,
        format,
        selection: WHOLE_GRAPH,
        target:
          format === 'csv'
            ? {
                kind: 'tables',
                open: () => {
                  const sink = nullSink();
                  sinks.push(sink);
                  return sink;
                },
              }
            : { kind: 'stream', out: streamSink },
        ...(batchSize ? { batchSize } : {}),
        onRecords: (count) => {
          records += count;
          maxHeap = Math.max(maxHeap, process.memoryUsage().heapUsed);
        },
      });
      const seconds = (performance.now() - start) / 1000;
      const bytes = sinks.reduce((sum, sink) => sum + sink.bytes, 0);
      console.log(
        `export ${format}: ${records} records in ${seconds.toFixed(1)} s = ${Math.round(records / seconds)} records/s, ` +
          `${Math.round(summary.entities / seconds)} entity nodes/s; ${(bytes / 1e6).toFixed(1)} MB; max heap ${(maxHeap / 1e6).toFixed(0)} MB`,
      );
    }
  } finally {
    await rm(scratch, { recursive: true, force: true });
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
