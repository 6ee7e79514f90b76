/**
 * Benchmark of the bulk load against the online loader (not part of `npm test`): the synthetic graph of
 * bench/synthetic-graph.ts, of about `--nodes` nodes, written as JSON Lines and bulk-loaded into `--home` (replacing
 * its database), then loaded again into an emptied database of the same home by bench/load-graph.ts. Both times run
 * until the indexes are online; nodes/s printed side by side.
 *
 *   npx tsx src/bulk-load/bench.ts --home .neo4j/bulk --port 17690 --nodes 1000000 [--offline-only]
 */
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadSyntheticGraph } from '../../bench/load-graph.js';
import { generateSyntheticGraph } from '../../bench/synthetic-graph.js';
import { writeSyntheticJsonl } from '../../bench/synthetic-jsonl.js';
import { createDatabase, type Database } from '../graph/database.js';
import { applyMigrations } from '../graph/migrations.js';
import { startNeo4j } from '../neo4j-runtime/index.js';
import { bulkLoad } from './bulk-load.js';
import { finishBulkLoad } from './finish.js';

async function withServer<T>(
  options: { home: string; port: number; fresh: boolean },
  work: (db: Database) => Promise<T>,
): Promise<T> {
  const server = await startNeo4j({
    home: options.home,
    boltPort: options.port,
    heap: '2g',
    pageCache: '1g',
    password: null,
    startTimeoutMs: 600_000,
    fresh: options.fresh,
  });
  const db = createDatabase({
    uri: server.uri,
    user: 'neo4j',
    password: null,
    database: 'neo4j',
    queryTimeoutMs: 3_600_000,
  });
  try {
    return await work(db);
  } finally {
    await db.close();
    await server.stop();
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      nodes: { type: 'string', default: '100000' },
      home: { type: 'string', default: '.neo4j/bulk' },
      port: { type: 'string', default: '17690' },
      'offline-only': { type: 'boolean', default: false },
    },
  });
  const nodes = Number(values.nodes);
  const port = Number(values.port);
  const home = values.home;
  const scratch = await mkdtemp(path.join(tmpdir(), 'bulk-load-bench-'));
  try {
    let began = performance.now();
    const graph = generateSyntheticGraph({ nodes });
    const file = path.join(scratch, 'synthetic.jsonl');
    await writeSyntheticJsonl(file, graph);
    const mb = (await stat(file)).size / 1e6;
    console.log(
      `graph: ${graph.nodeCount} nodes, ${graph.relationshipCount} relationships (${mb.toFixed(0)} MB of JSON Lines) in ${((performance.now() - began) / 1000).toFixed(1)} s`,
    );

    began = performance.now();
    const summary = await bulkLoad({ file, home, force: true });
    const finished = await withServer({ home, port, fresh: false }, async (db) => {
      const result = await finishBulkLoad(db);
      const [count] = await db.read<{ nodes: number }>('MATCH (n) RETURN count(n) AS nodes');
      if (count?.nodes !== graph.nodeCount)
        throw new Error(`expected ${graph.nodeCount} nodes after the bulk load, but found ${count?.nodes}`);
      return result;
    });
    const offline = (performance.now() - began) / 1000;
    const offlineImport = summary.convertSeconds + summary.importSeconds;
    console.log(
      `offline: CSV ${summary.convertSeconds.toFixed(1)} s, import ${summary.importSeconds.toFixed(1)} s, ` +
        `first start + ${finished.emptyLists} empty lists + indexes ${(offline - offlineImport).toFixed(1)} s (indexes ${finished.indexSeconds.toFixed(1)} s)`,
    );

    let online: number | null = null;
    if (!values['offline-only']) {
      online = await withServer({ home, port, fresh: true }, async (db) => {
        await applyMigrations(db);
        return (await loadSyntheticGraph(db, graph)).seconds;
      });
    }
    const rate = (seconds: number): string => `${Math.round(graph.nodeCount / seconds).toLocaleString('en')} nodes/s`;
    console.log(`\n| load | nodes | time | rate |\n| --- | ---: | ---: | ---: |`);
    console.log(
      `| offline, CSV + neo4j-admin import | ${graph.nodeCount} | ${offlineImport.toFixed(1)} s | ${rate(offlineImport)} |`,
    );
    console.log(`| offline, until indexes online | ${graph.nodeCount} | ${offline.toFixed(1)} s | ${rate(offline)} |`);
    if (online !== null)
      console.log(`| online (bench/load-graph.ts) | ${graph.nodeCount} | ${online.toFixed(1)} s | ${rate(online)} |`);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

await main();
