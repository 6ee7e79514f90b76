/**
 * The benchmark's Neo4j: by default the embedded server on its own port and home (never the development or test
 * one), emptied at each start, with the project's constraints and indexes. Given `uri`, a running Neo4j instead
 * (the tests' own, or a server to measure on): every node of it deleted first, the migrations applied, and left
 * running afterwards.
 */
import { createDatabase, type Database } from '../src/graph/database.js';
import { applyMigrations } from '../src/graph/migrations.js';
import { type RunningNeo4j, startNeo4j } from '../src/neo4j-runtime/index.js';

export interface BenchAuth {
  user: string;
  password: string | null;
}

export interface BenchDatabase {
  /** Null when the benchmark runs on a Neo4j it did not start. */
  readonly server: RunningNeo4j | null;
  readonly db: Database;
  readonly uri: string;
  readonly auth: BenchAuth;
  close(): Promise<void>;
}

export interface BenchDatabaseOptions {
  /** A running Neo4j to use instead of starting one; EVERY NODE OF ITS DEFAULT DATABASE IS DELETED first. */
  uri?: string;
  /** Credentials for `uri`; default user neo4j without a password (the embedded server's). */
  auth?: BenchAuth;
  /** Bolt port on 127.0.0.1; default 47687. */
  boltPort?: number;
  /** Home folder of the server (conf, data, logs); default .neo4j/bench. */
  home?: string;
  heap?: string;
  pageCache?: string;
}

const EMBEDDED_AUTH: BenchAuth = { user: 'neo4j', password: null };

/** The credentials the servers under test read from the environment their process is started with. */
export function benchAuthFromEnv(env: NodeJS.ProcessEnv): BenchAuth {
  return { user: env.BENCH_NEO4J_USER ?? EMBEDDED_AUTH.user, password: env.BENCH_NEO4J_PASSWORD ?? null };
}

/** Nodes deleted per transaction when a given Neo4j is emptied. */
const DELETE_BATCH = 10_000;

function openBenchDatabase(uri: string, auth: BenchAuth): Database {
  return createDatabase({ uri, ...auth, database: 'neo4j', queryTimeoutMs: 300_000 });
}

/** Deletes every node, a batch per transaction, keeping the schema. */
async function emptyGraph(db: Database): Promise<void> {
  for (;;) {
    const [row] = await db.write<{ deleted: number }>(
      'MATCH (n) WITH n LIMIT toInteger($batch) DETACH DELETE n RETURN count(*) AS deleted',
      { batch: DELETE_BATCH },
    );
    if ((row?.deleted ?? 0) === 0) return;
  }
}

/** The given Neo4j, emptied, with the migrations applied; closing it leaves the server running. */
async function givenBenchDatabase(uri: string, auth: BenchAuth): Promise<BenchDatabase> {
  const db = openBenchDatabase(uri, auth);
  try {
    await emptyGraph(db);
    await applyMigrations(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return { server: null, db, uri, auth, close: () => db.close() };
}

/** An empty Neo4j for one scale, with the migrations applied: started, or the given one emptied. */
export async function startBenchDatabase(options: BenchDatabaseOptions = {}): Promise<BenchDatabase> {
  if (options.uri !== undefined) return givenBenchDatabase(options.uri, options.auth ?? EMBEDDED_AUTH);
  const server = await startNeo4j({
    home: options.home ?? '.neo4j/bench',
    boltPort: options.boltPort ?? 47687,
    heap: options.heap ?? '4g',
    pageCache: options.pageCache ?? '4g',
    password: null,
    startTimeoutMs: 180_000,
    fresh: true,
  });
  const db = openBenchDatabase(server.uri, EMBEDDED_AUTH);
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
    auth: EMBEDDED_AUTH,
    async close() {
      await db.close();
      await server.stop();
    },
  };
}
