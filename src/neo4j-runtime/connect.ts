/**
 * One way for every command to reach Neo4j: the server named by NEO4J_URI, else the embedded instance already
 * running on this home, else a newly started embedded instance that `close()` stops again.
 */
import type { Neo4jConfig } from '../config.js';
import { createDatabase, type Database } from '../graph/database.js';
import { findRunningNeo4j, startNeo4j, type RunningNeo4j } from './server.js';

export interface Connection {
  readonly db: Database;
  /** How the database was reached, for the start-up log. */
  readonly mode: 'external' | 'embedded-shared' | 'embedded-started';
  readonly uri: string;
  /** The embedded server this connection started, if any. */
  readonly server: RunningNeo4j | null;
  /** Closes the driver, then stops the embedded server if this connection started it. */
  close(): Promise<void>;
}

export async function connectNeo4j(config: Neo4jConfig): Promise<Connection> {
  let server: RunningNeo4j | null = null;
  let uri = config.uri;
  let mode: Connection['mode'] = 'external';
  if (uri === null) {
    uri = await findRunningNeo4j(config.embedded);
    mode = 'embedded-shared';
    if (uri === null) {
      server = await startNeo4j(config.embedded);
      uri = server.uri;
      mode = 'embedded-started';
    }
  }
  const db = createDatabase({
    uri,
    user: config.user,
    password: uri === config.uri ? config.password : config.embedded.password,
    database: config.database,
    queryTimeoutMs: config.queryTimeoutMs,
  });
  return {
    db,
    mode,
    uri,
    server,
    async close() {
      await db.close();
      await server?.stop();
    },
  };
}
