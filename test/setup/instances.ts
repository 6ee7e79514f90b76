/**
 * Which Neo4j each test worker uses. vitest runs up to `workers` files side by side, each in a worker of its own
 * (VITEST_POOL_ID 1 … workers), and every worker has a Neo4j of its own: a file owns its database while it runs,
 * so it may empty it, whatever the file beside it does. Read by vitest.config.ts (how many workers) and by the
 * global setup (./neo4j.ts: which instances to start), so that both agree.
 *
 * Environment (all optional):
 * - NEO4J_TEST_WORKERS: files run side by side, default 2 (one per core of the CI machine);
 * - NEO4J_TEST_URI: Neo4j servers to use instead of starting any, comma-separated, one per worker;
 * - NEO4J_TEST_HOME: folder of the first embedded instance, default `.neo4j/test`; worker n > 1 uses `<home>-w<n>`;
 * - NEO4J_TEST_BOLT_PORT: Bolt port of the first embedded instance, default 17687, or a comma-separated port per
 *   worker; without a port of its own, worker n uses the first port + 1000 × (n - 1).
 */

export type TestEnvironment = Readonly<Record<string, string | undefined>>;

/**
 * Files that run side by side when NEO4J_TEST_WORKERS does not say: one. On the 2-core CI machine two workers ran
 * the suite in about 390 s against about 460 s, but one run in three lost a planner-dependent PROFILE test or the
 * GraphiQL page to the contention; NEO4J_TEST_WORKERS=2 runs them side by side.
 */
export const DEFAULT_WORKERS = 1;

const DEFAULT_HOME = '.neo4j/test';
const DEFAULT_BOLT_PORT = 17687;
/** Far enough apart that the instances of two people's runs (17811, 17812…) never share a port. */
const PORT_STEP = 1000;

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** The Neo4j servers given in NEO4J_TEST_URI; none when the tests start their own. */
export function givenUris(env: TestEnvironment): string[] {
  return list(env.NEO4J_TEST_URI);
}

/** How many test files run side by side: one per given server, or NEO4J_TEST_WORKERS (default 2). */
export function testWorkers(env: TestEnvironment): number {
  const given = givenUris(env);
  if (given.length > 0 && env.NEO4J_TEST_WORKERS === undefined) return given.length;
  const workers = Number(env.NEO4J_TEST_WORKERS ?? DEFAULT_WORKERS);
  if (!Number.isInteger(workers) || workers < 1) {
    throw new Error(
      `expected NEO4J_TEST_WORKERS to be a whole number of 1 or more, but got "${env.NEO4J_TEST_WORKERS}".`,
    );
  }
  return workers;
}

/** Where the embedded Neo4j of worker `worker` (1 … workers) keeps its files, and the port it listens on. */
export function embeddedInstance(env: TestEnvironment, worker: number): { home: string; boltPort: number } {
  const home = env.NEO4J_TEST_HOME ?? DEFAULT_HOME;
  const ports = list(env.NEO4J_TEST_BOLT_PORT).map(Number);
  const first = ports[0] ?? DEFAULT_BOLT_PORT;
  const boltPort = ports[worker - 1] ?? first + PORT_STEP * (worker - 1);
  if (!Number.isInteger(boltPort) || boltPort < 1 || boltPort > 65_535) {
    throw new Error(
      `expected NEO4J_TEST_BOLT_PORT to list ports from 1 to 65535, but got "${env.NEO4J_TEST_BOLT_PORT}".`,
    );
  }
  return { home: worker === 1 ? home : `${home}-w${worker}`, boltPort };
}
