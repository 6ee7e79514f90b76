/**
 * The bulk load against the online path: the seeds' export, bulk-loaded into a second, stopped home, gives the same
 * export again and the very graph that `npm run import` writes; and the loads it must refuse are refused.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BulkLoadError, bulkLoad, finishBulkLoad } from '../../src/bulk-load/index.js';
import { createDatabase, type Database } from '../../src/graph/database.js';
import { ImportValidationError, importJsonl } from '../../src/import/index.js';
import { type RunningNeo4j, startNeo4j } from '../../src/neo4j-runtime/index.js';
import { buildSeedsGraph, exportToString } from '../export/helpers.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';

const LONG = 600_000;

/** Every node and relationship with its labels or type and each property with its Cypher type, in a stable order. */
async function dumpGraph(db: Database): Promise<unknown[]> {
  const nodes = await db.read<Record<string, unknown>>(
    `MATCH (n) WITH n ORDER BY n.id
     RETURN COLLECT { UNWIND labels(n) AS label RETURN label ORDER BY label } AS labels, properties(n) AS props,
            [key IN keys(n) | key + ':' + valueType(n[key])] AS types`,
  );
  const relationships = await db.read<Record<string, unknown>>(
    `MATCH (a)-[r]->(b) WITH a, r, b ORDER BY a.id, type(r), b.id, r.id
     RETURN a.id AS from, type(r) AS type, b.id AS to, properties(r) AS props,
            [key IN keys(r) | key + ':' + valueType(r[key])] AS types`,
  );
  const sorted = (row: Record<string, unknown>): Record<string, unknown> => ({
    ...row,
    types: [...(row.types as string[])].sort(),
  });
  return [...nodes.map(sorted), ...relationships.map(sorted)];
}

/** A loopback port nobody listens on, for the second home's server. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

describe('bulk load of a JSON Lines export', () => {
  const scratch = {} as { db: Database; scratch: string };
  let exported: string;
  let file: string;
  let home: string;

  beforeAll(async () => {
    scratch.db = openTestDatabase();
    scratch.scratch = await mkdtemp(path.join(tmpdir(), 'bulk-load-'));
    await clearDatabase(scratch.db);
    await buildSeedsGraph(scratch.db);
    exported = await exportToString(scratch.db, 'jsonl');
    file = path.join(scratch.scratch, 'seeds.jsonl');
    await writeFile(file, exported);
    home = path.join(scratch.scratch, 'home');
  }, LONG);

  afterAll(async () => {
    await clearDatabase(scratch.db);
    await scratch.db.close();
    await rm(scratch.scratch, { recursive: true, force: true });
  });

  it('refuses a file with a broken line, naming the line, before anything is written', async () => {
    const lines = exported.split('\n');
    lines[2] = '{"id": "person:broken", "schema": "Person"';
    const broken = path.join(scratch.scratch, 'broken.jsonl');
    await writeFile(broken, lines.join('\n'));
    const load = bulkLoad({ file: broken, home });
    await expect(load).rejects.toBeInstanceOf(ImportValidationError);
    await expect(load).rejects.toThrow(/line 3: It is not valid JSON/);
    expect(existsSync(path.join(home, 'data'))).toBe(false);
  });

  it('refuses a statement whose end is not in the file, since the load replaces the whole database', async () => {
    const lines = exported.split('\n').filter((line) => !line.includes('"schema":"Position"'));
    const dangling = path.join(scratch.scratch, 'dangling.jsonl');
    await writeFile(dangling, lines.join('\n'));
    await expect(bulkLoad({ file: dangling, home })).rejects.toThrow(
      /refers to "position:[^"]+", which is not in the file/,
    );
    expect(existsSync(path.join(home, 'data'))).toBe(false);
  });

  describe('into a stopped home', () => {
    let server: RunningNeo4j;
    let loaded: Database;

    beforeAll(async () => {
      const summary = await bulkLoad({ file, home, heap: '512m', offHeap: '256m' });
      expect(summary.nodes).toBe(summary.entities + summary.articles + summary.evidence);
      server = await startNeo4j({
        home,
        boltPort: await freePort(),
        heap: '512m',
        pageCache: '128m',
        password: null,
        startTimeoutMs: LONG,
      });
      loaded = createDatabase({
        uri: server.uri,
        user: 'neo4j',
        password: null,
        database: 'neo4j',
        queryTimeoutMs: 60_000,
      });
      await finishBulkLoad(loaded);
    }, LONG);

    afterAll(async () => {
      await loaded?.close();
      await server?.stop();
    }, LONG);

    it('exports again exactly the file it loaded, timestamps included', async () => {
      expect(exported.split('\n').length).toBeGreaterThan(20);
      expect(await exportToString(loaded, 'jsonl')).toBe(exported);
    });

    it('stores every node, label, relationship and property as the online import does', async () => {
      await clearDatabase(scratch.db);
      await importJsonl({ db: scratch.db, file });
      const online = await dumpGraph(scratch.db);
      expect(online.length).toBeGreaterThan(50);
      expect(await dumpGraph(loaded)).toEqual(online);
    });

    it('refuses to load into the home of a running server', async () => {
      const load = bulkLoad({ file, home, force: true });
      await expect(load).rejects.toBeInstanceOf(BulkLoadError);
      await expect(load).rejects.toThrow(/Neo4j is running on .* stop it first/);
    });

    it(
      'refuses to replace the database of a stopped home without --force',
      async () => {
        await server.stop();
        await expect(bulkLoad({ file, home })).rejects.toThrow(
          /already holds the database "neo4j"; a bulk load replaces it whole, so pass --force/,
        );
      },
      LONG,
    );
  });
});
