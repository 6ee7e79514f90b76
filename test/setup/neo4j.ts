/**
 * Global test setup: a real Neo4j of the tests' own, never the development one. It uses NEO4J_TEST_URI when set;
 * otherwise it starts the embedded Neo4j on its own port and data folder (emptied first) and stops it afterwards.
 */
import type { TestProject } from 'vitest/node';
import { createDatabase } from '../../src/graph/database.js';
import { applyMigrations } from '../../src/graph/migrations.js';
import { type RunningNeo4j, startNeo4j } from '../../src/neo4j-runtime/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4jUri: string;
    neo4jUser: string;
    neo4jPassword: string | null;
  }
}

let server: RunningNeo4j | null = null;

export async function setup(project: TestProject): Promise<void> {
  let uri = process.env.NEO4J_TEST_URI ?? '';
  const password = process.env.NEO4J_TEST_PASSWORD ?? null;
  if (uri === '') {
    server = await startNeo4j({
      home: process.env.NEO4J_TEST_HOME ?? '.neo4j/test',
      boltPort: Number(process.env.NEO4J_TEST_BOLT_PORT ?? 17687),
      heap: '1g',
      pageCache: '512m',
      password: null,
      startTimeoutMs: 120_000,
      fresh: true,
    });
    uri = server.uri;
    console.log(`Test Neo4j ${server.version} started on ${uri} in ${server.startMs} ms.`);
  }
  const db = createDatabase({
    uri,
    user: process.env.NEO4J_TEST_USER ?? 'neo4j',
    password,
    database: 'neo4j',
    queryTimeoutMs: 60_000,
  });
  try {
    await applyMigrations(db);
  } finally {
    await db.close();
  }
  project.provide('neo4jUri', uri);
  project.provide('neo4jUser', process.env.NEO4J_TEST_USER ?? 'neo4j');
  project.provide('neo4jPassword', password);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
