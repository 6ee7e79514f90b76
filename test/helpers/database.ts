/**
 * Access to the tests' own Neo4j for test files. Each worker has one (test/setup/neo4j.ts), and one file runs in a
 * worker at a time: the file that runs owns its worker's database, and may empty it.
 */
import { inject } from 'vitest';
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

/** Deletes every node the project writes (entities, articles, evidence, changes), keeping the schema. */
export async function clearDatabase(db: Database): Promise<void> {
  const labels = [Label.Entity, ...ENTITY_LABELS, Label.Article, Label.Evidence, Label.Change, Label.Merged];
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
