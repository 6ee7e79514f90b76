/**
 * The benchmark's own Neo4j: the embedded server on its own port and home (never the development or test one),
 * emptied at each start, with the project's constraints and indexes.
 */
import { createDatabase, type Database } from '../src/graph/database.js';
import { applyMigrations } from '../src/graph/migrations.js';
import { type RunningNeo4j, startNeo4j } from '../src/neo4j-runtime/index.js';

export interface BenchDatabase {
  readonly server: RunningNeo4j;
  readonly db: Database;
  readonly uri: string;
  close(): Promise<void>;
}

export interface BenchDatabaseOptions {
  /** Bolt port on 127.0.0.1; default 47687. */
  boltPort?: number;
  /** Home folder of the server (conf, data, logs); default .neo4j/bench. */
  home?: string;
  heap?: string;
  pageCache?: string;
}

/** Starts an empty Neo4j for one scale and applies the migrations. */
export async function startBenchDatabase(options: BenchDatabaseOptions = {}): Promise<BenchDatabase> {
  const server = await startNeo4j({
    home: options.home ?? '.neo4j/bench',
    boltPort: options.boltPort ?? 47687,
    heap: options.heap ?? '4g',
    pageCache: options.pageCache ?? '4g',
    password: null,
    startTimeoutMs: 180_000,
    fresh: true,
  });
  const db = createDatabase({
    uri: server.uri,
    user: 'neo4j',
    password: null,
    database: 'neo4j',
    queryTimeoutMs: 300_000,
  });
  try {
    await applyMigrations(db);
  } catch (error) {
    await db.close();
    await server.stop();
    throw error;
  }
  return {
    server,
    db,
    uri: server.uri,
    async close() {
      await db.close();
      await server.stop();
    },
  };
}
