/**
 * Runs GraphQL operations against the real application (createApp: Apollo Server with the error masking) and the
 * tests' Neo4j, counting the Bolt round trips each operation costs.
 */
import { afterAll, beforeAll } from 'vitest';
import { createContext } from '../../src/api/index.js';
import { type Config, loadConfig } from '../../src/config.js';
import type { Database } from '../../src/graph/database.js';
import { createLogger } from '../../src/logger.js';
import { type App, createApp } from '../../src/server/app.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';

export const TEST_API_KEY = 'test-api-key-0123456789';

export interface GraphQLResult<Data> {
  data: Data | null;
  errors:
    | readonly { message: string; extensions?: Record<string, unknown>; path?: readonly (string | number)[] }[]
    | null;
  /** Bolt round trips the operation cost. */
  roundTrips: number;
}

export interface TestClient {
  readonly app: App;
  readonly config: Readonly<Config>;
  query<Data = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { analyst?: boolean; actor?: string },
  ): Promise<GraphQLResult<Data>>;
}

/** An application on `db` in production mode (errors masked, no stack traces), with an analyst key. */
export async function createTestClient(db: Database, env: Readonly<Record<string, string>> = {}): Promise<TestClient> {
  const config = loadConfig({ NODE_ENV: 'production', API_KEY: TEST_API_KEY, LOG_LEVEL: 'silent', ...env });
  const app = await createApp({ config, db, logger: createLogger({ level: 'silent' }) });
  return {
    app,
    config,
    async query<Data>(
      query: string,
      variables: Record<string, unknown> = {},
      options: { analyst?: boolean; actor?: string } = {},
    ) {
      const before = db.queryCount;
      const auth = options.analyst ? { isAnalyst: true, actor: options.actor ?? 'analyst' } : undefined;
      const response = await app.apollo.executeOperation(
        { query, variables },
        { contextValue: createContext({ db, config, ...(auth ? { auth } : {}) }) },
      );
      const roundTrips = db.queryCount - before;
      if (response.body.kind !== 'single') throw new Error('expected a single result, but got an incremental one.');
      const { data, errors } = response.body.singleResult;
      return {
        data: (data ?? null) as Data | null,
        errors: (errors ?? null) as GraphQLResult<Data>['errors'],
        roundTrips,
      };
    },
  };
}

/** The database and client of a test file, live between its beforeAll and afterAll. */
export interface GraphUnderTest {
  readonly db: Database;
  readonly client: TestClient;
}

/**
 * Registers the hooks every API test file needs: an empty test database loaded by `load` before the tests, a client
 * on it, and the database emptied and closed after them. Call it at the top of a file or of a describe block.
 */
export function useGraphUnderTest(load: (db: Database) => Promise<unknown>): GraphUnderTest {
  const state: { db?: Database; client?: TestClient } = {};
  beforeAll(async () => {
    state.db = openTestDatabase();
    await clearDatabase(state.db);
    await load(state.db);
    state.client = await createTestClient(state.db);
  });
  afterAll(async () => {
    if (!state.db) return;
    await clearDatabase(state.db);
    await state.db.close();
  });
  return {
    get db() {
      if (!state.db) throw new Error('The test graph is used before its beforeAll ran.');
      return state.db;
    },
    get client() {
      if (!state.client) throw new Error('The test client is used before its beforeAll ran.');
      return state.client;
    },
  };
}
