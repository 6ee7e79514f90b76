/** Access to the tests' own Neo4j (started by test/setup/neo4j.ts) for test files. */
import { inject } from 'vitest';
import { createDatabase, type Database } from '../../src/graph/database.js';
import { ENTITY_LABELS, Label } from '../../src/graph/model.js';

/** A new Database on the test Neo4j; close it in afterAll. */
export function openTestDatabase(options: { queryTimeoutMs?: number } = {}): Database {
  return createDatabase({
    uri: inject('neo4jUri'),
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
