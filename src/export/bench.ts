/**
 * Benchmark of the export (not part of `npm test`): writes a synthetic graph of `--nodes` entities as JSON Lines,
 * loads it with the importer, then exports it in every format to a null sink, printing records/s, entity nodes/s
 * and the largest heap seen (flat heap = constant memory). Refuses a database that is not empty.
 *
 *   NEO4J_HOME=.neo4j/bench NEO4J_BOLT_PORT=17688 npx tsx src/export/bench.ts --nodes 100000
 *
 * (starts an embedded Neo4j of its own there, or set NEO4J_URI to an empty server). The graph is left in place.
 */
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import type { Database } from '../graph/database.js';
import { applyMigrations } from '../graph/migrations.js';
import { importJsonl } from '../import/index.js';
import { connectNeo4j } from '../neo4j-runtime/index.js';
import { EXPORT_FORMATS, WHOLE_GRAPH, createGraphReader, endStream, exportGraph, writeChunk, type ExportFormat } from './index.js';

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

const NOW = '2024-01-01T00:00:00Z';

/** Writes the synthetic graph: 60% persons, 20% positions, 10% organisations, 10% events, and their facts. */
async function writeSyntheticGraph(file: string, nodes: number): Promise<void> {
  const out = createWriteStream(file);
  const articles = Math.max(1, Math.floor(nodes / 1000));
  const labelOf = (i: number): string => (i % 10 < 6 ? 'person' : i % 10 < 8 ? 'position' : i % 10 < 9 ? 'org' : 'event');
  const schema: Record<string, string> = { person: 'Person', position: 'Position', org: 'Organization', event: 'Event' };
  const id = (i: number): string => `${labelOf(i)}:bench-${i}`;
  const evidence = (fact: string, i: number) => [
    { id: `evidence:${fact.slice(5)}`, article: `article:bench-${i % articles}`, quote: `Kepala "Bench" ${i}, kata`, sentence: `Kalimat ${i}, dengan "kutipan".`, start: i % 500, end: (i % 500) + 20, extractorVersion: 'bench/1', confidence: 0.9, date: '2020-01-01', datePrecision: 'DAY' },
  ];
  let chunk = '';
  const flush = async (force = false): Promise<void> => {
    if (chunk.length > 1 << 20 || (force && chunk.length > 0)) {
      await writeChunk(out, chunk);
      chunk = '';
    }
  };
  for (let a = 0; a < articles; a += 1) {
    chunk += `${JSON.stringify({ id: `article:bench-${a}`, schema: 'Article', properties: { title: `Artikel ${a}`, publishedAt: '2020-01-01', contentHash: String(a).padStart(64, '0'), ingestedAt: NOW } })}\n`;
  }
  for (let i = 0; i < nodes; i += 1) {
    const label = labelOf(i);
    const properties: Record<string, unknown> = { name: `Bench ${label} ${i}`, aliases: [`B${i}`], createdAt: NOW, updatedAt: NOW };
    if (label === 'org') properties.kind = 'AGENCY';
    if (label === 'event') Object.assign(properties, { kind: 'MEETING', date: '2020-01-01', datePrecision: 'DAY' });
    chunk += `${JSON.stringify({ id: id(i), schema: schema[label], properties })}\n`;
    // Each entity but the first few points back at a neighbour of the right kind.
    const fact = (type: string, from: string, to: string, props: Record<string, unknown> = {}): string => {
      const factId = `fact:bench-${type.toLowerCase()}-${i}`;
      return `${JSON.stringify({ id: factId, schema: type, source: from, target: to, properties: { ...props, createdAt: NOW }, evidence: evidence(factId, i) })}\n`;
    };
    const base = i - (i % 10);
    if (label === 'person' && base + 6 < nodes) chunk += fact('HOLDS_POSITION', id(i), id(base + 6), { firstSeen: '2020-01-01', firstSeenPrecision: 'DAY', former: false });
    if (label === 'position' && base + 8 < nodes) chunk += fact('POSITION_OF', id(i), id(base + 8));
    if (label === 'event') chunk += fact('PARTICIPATED_IN', id(base), id(i), { role: 'HOST' });
    await flush();
  }
  await flush(true);
  await endStream(out);
}

async function isEmpty(db: Database): Promise<boolean> {
  return (await createGraphReader({ db, selection: WHOLE_GRAPH }).count()) === 0;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { nodes: { type: 'string', default: '100000' }, 'batch-size': { type: 'string' } } });
  const nodes = Number(values.nodes);
  const batchSize = values['batch-size'] ? Number(values['batch-size']) : undefined;
  const connection = await connectNeo4j(loadConfig(process.env).neo4j);
  const scratch = await mkdtemp(path.join(tmpdir(), 'export-bench-'));
  try {
    const { db } = connection;
    await applyMigrations(db);
    if (!(await isEmpty(db))) throw new Error(`The database at ${connection.uri} is not empty; the benchmark only writes into an empty one.`);
    const file = path.join(scratch, 'synthetic.jsonl');
    let began = performance.now();
    await writeSyntheticGraph(file, nodes);
    console.log(`generated ${nodes} entities in ${((performance.now() - began) / 1000).toFixed(1)} s`);
    began = performance.now();
    const summary = await importJsonl({ db, file, batchSize: 5_000 });
    const importSeconds = (performance.now() - began) / 1000;
    const imported = summary.entities + summary.articles + summary.statements;
    console.log(`import: ${imported} records (+${summary.evidence} evidence) in ${importSeconds.toFixed(1)} s, ${Math.round(imported / importSeconds)} records/s`);
    for (const format of EXPORT_FORMATS as readonly ExportFormat[]) {
      const sinks: (Writable & { bytes: number })[] = [];
      let maxHeap = 0;
      let records = 0;
      const start = performance.now();
      await exportGraph({
        db,
        format,
        selection: WHOLE_GRAPH,
        target: format === 'csv' ? { kind: 'tables', open: () => { const sink = nullSink(); sinks.push(sink); return sink; } } : { kind: 'stream', out: (sinks[0] = nullSink()) },
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
