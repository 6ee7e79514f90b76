/**
 * Access to the tests' own Neo4j for test files. Each worker has one (test/setup/neo4j.ts), and one file runs in a
 * worker at a time: the file that runs owns its worker's database, and may empty it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { createDatabase, type Database } from '../../src/graph/database.js';
import { ENTITY_LABELS, Label } from '../../src/graph/model.js';

/** This file's worker (VITEST_POOL_ID: 1 … count) and how many workers run side by side, each with its Neo4j. */
export function testWorker(): { index: number; count: number } {
  return { index: Number(process.env.VITEST_POOL_ID ?? 1), count: inject('neo4jUris').length };
}

/** The Bolt URI of the Neo4j of this file's worker. */
export function testNeo4jUri(): string {
  const worker = testWorker();
  const uri = inject('neo4jUris')[worker.index - 1];
  if (uri === undefined) {
    throw new Error(
      `expected a test Neo4j for vitest worker ${worker.index}, but the global setup started ${worker.count}.`,
    );
  }
  return uri;
}

/** A new Database on this worker's test Neo4j; close it in afterAll. */
export function openTestDatabase(options: { queryTimeoutMs?: number } = {}): Database {
  return createDatabase({
    uri: testNeo4jUri(),
    user: inject('neo4jUser'),
    password: inject('neo4jPassword'),
    database: 'neo4j',
    queryTimeoutMs: options.queryTimeoutMs ?? 30_000,
  });
}

/** A Database on a port where no Neo4j listens (port 1 of loopback): every statement fails as unavailable. */
export function openUnreachableDatabase(): Database {
  return createDatabase({
    uri: 'bolt://127.0.0.1:1',
    user: 'neo4j',
    password: null,
    database: 'neo4j',
    queryTimeoutMs: 1000,
  });
}

/** Deletes every node the project writes (entities, articles, evidence, changes, review decisions …), keeping the schema. */
export async function clearDatabase(db: Database): Promise<void> {
  const labels = [...Object.values(Label), ...ENTITY_LABELS];
  for (const label of labels) {
    // db.write runs in a managed (explicit) transaction, where CALL { … } IN TRANSACTIONS is refused.
    await db.write(`MATCH (n:${label}) DETACH DELETE n`);
  }
}

/** Number of nodes in the graph, whatever their label: tests assert that failed writes left nothing. */
export async function countNodes(db: Database): Promise<number> {
  const rows = await db.read<{ count: number }>('MATCH (n) RETURN count(n) AS count');
  return rows[0]?.count ?? 0;
}

/** The database and scratch folder of a test file, live between its beforeAll and afterAll. */
export interface EmptyDatabase {
  readonly db: Database;
  /** A folder of the file's own under the system's temporary folder, removed after the tests. */
  readonly scratch: string;
}

/**
 * Registers the hooks of a test file that writes: this worker's database, emptied before each test and after the
 * last, and a scratch folder of its own. Call it at the top of a file or of a describe block.
 *
 * @param options.name names the scratch folder (`<name>-XXXXXX`), default `test`.
 */
export function useEmptyDatabase(options: { name?: string; queryTimeoutMs?: number } = {}): EmptyDatabase {
  const state: { db?: Database; scratch?: string } = {};
  beforeAll(async () => {
    state.db = openTestDatabase(options.queryTimeoutMs === undefined ? {} : { queryTimeoutMs: options.queryTimeoutMs });
    state.scratch = await mkdtemp(path.join(tmpdir(), `${options.name ?? 'test'}-`));
  });
  beforeEach(async () => {
    await clearDatabase(used(state.db, 'database'));
  });
  afterAll(async () => {
    if (state.db) {
      await clearDatabase(state.db);
      await state.db.close();
    }
    if (state.scratch) await rm(state.scratch, { recursive: true, force: true });
  });
  return {
    get db() {
      return used(state.db, 'database');
    },
    get scratch() {
      return used(state.scratch, 'scratch folder');
    },
  };
}

function used<T>(value: T | undefined, what: string): T {
  if (value === undefined)
    throw new Error(`expected the test's ${what} to be used after its beforeAll ran, but it was used before.`);
  return value;
}
