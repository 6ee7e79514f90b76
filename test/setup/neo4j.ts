/**
 * Global test setup: real Neo4j servers of the tests' own, never the development one, one per test worker
 * (./instances.ts), so that files run side by side and each owns its database while it runs. It uses the servers
 * of NEO4J_TEST_URI when set; otherwise it starts the embedded Neo4j once per worker, each on its own port and data
 * folder (emptied first), and stops them all afterwards.
 */

import type { TestProject } from 'vitest/node';
import { createDatabase } from '../../src/graph/database.js';
import { applyMigrations } from '../../src/graph/migrations.js';
import { type RunningNeo4j, startNeo4j } from '../../src/neo4j-runtime/index.js';
import { ensureWebBuilt } from '../../src/server/build-web.js';
import { embeddedInstance, givenUris } from './instances.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The Bolt URI of each worker's Neo4j, worker n's at n - 1 (test/helpers/database.ts picks it). */
    neo4jUris: string[];
    neo4jUser: string;
    neo4jPassword: string | null;
  }
}

let servers: RunningNeo4j[] = [];

/**
 * How many workers this run uses: vitest's `maxWorkers`, but no more than the test files it runs, so that a run of
 * one file starts one Neo4j. The files are those the command line's filters select; vitest keeps them in a field
 * it does not document, and without it every file of the project counts (at worst an instance too many).
 */
async function workersOfRun(project: TestProject): Promise<number> {
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  const { testFiles } = await project.globTestFiles(filters);
  return Math.max(1, Math.min(project.config.maxWorkers, testFiles.length));
}

/** Starts the embedded Neo4j of workers 1 … `workers` side by side; stops those that started if one fails. */
async function startServers(workers: number): Promise<RunningNeo4j[]> {
  const starts = await Promise.allSettled(
    Array.from({ length: workers }, (_, index) =>
      startNeo4j({
        ...embeddedInstance(process.env, index + 1),
        heap: '1g',
        pageCache: '512m',
        password: null,
        startTimeoutMs: 120_000,
        fresh: true,
      }),
    ),
  );
  const started = starts.flatMap((start) => (start.status === 'fulfilled' ? [start.value] : []));
  const failed = starts.find((start) => start.status === 'rejected');
  if (failed) {
    await Promise.all(started.map((server) => server.stop()));
    throw failed.reason;
  }
  return started;
}

async function migrate(uri: string, options: { user: string; password: string | null }): Promise<void> {
  const db = createDatabase({ uri, ...options, database: 'neo4j', queryTimeoutMs: 60_000 });
  try {
    await applyMigrations(db);
  } finally {
    await db.close();
  }
}

export async function setup(project: TestProject): Promise<void> {
  const workers = await workersOfRun(project);
  const user = process.env.NEO4J_TEST_USER ?? 'neo4j';
  const password = process.env.NEO4J_TEST_PASSWORD ?? null;
  let uris = givenUris(process.env);
  if (uris.length > 0 && uris.length < workers) {
    throw new Error(
      `expected a Neo4j in NEO4J_TEST_URI for each of the ${workers} test workers, but got ${uris.length}; give more, comma-separated, or set NEO4J_TEST_WORKERS=${uris.length}.`,
    );
  }
  try {
    // Built once here, before the workers start: two browser test files building web/dist side by side on a fresh
    // clone would write the same files at once and serve a broken page.
    const built = ensureWebBuilt({ log: (message) => console.log(message) });
    // Awaited below; observed now so that a failure to start Neo4j first leaves no unhandled rejection.
    built.catch(() => undefined);
    if (uris.length === 0) {
      servers = await startServers(workers);
      uris = servers.map((server) => server.uri);
      for (const { version, uri, startMs } of servers)
        console.log(`Test Neo4j ${version} started on ${uri} in ${startMs} ms.`);
    }
    uris = uris.slice(0, workers);
    await Promise.all([built, ...uris.map((uri) => migrate(uri, { user, password }))]);
  } catch (error) {
    // vitest does not tear down a setup that failed: stop what was started.
    await teardown();
    throw error;
  }
  project.provide('neo4jUris', uris);
  project.provide('neo4jUser', user);
  project.provide('neo4jPassword', password);
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map((server) => server.stop()));
  servers = [];
}
