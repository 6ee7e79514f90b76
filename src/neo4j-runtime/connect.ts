/**
 * One way for every command to reach Neo4j: the server named by NEO4J_URI, else the embedded instance already
 * running on this home, else a newly started embedded instance that `close()` stops again (and that is restarted
 * when it dies, if the caller asks for supervision).
 */
import type { Neo4jConfig } from '../config.js';
import { createDatabase, type Database } from '../graph/database.js';
import { findRunningNeo4j, type RunningNeo4j, startNeo4j } from './server.js';
import { type Neo4jSupervisor, type SupervisorOptions, superviseNeo4j } from './supervisor.js';

export interface Connection {
  readonly db: Database;
  /** How the database was reached, for the start-up log. */
  readonly mode: 'external' | 'embedded-shared' | 'embedded-started';
  readonly uri: string;
  /** The embedded server this connection started, if any (the first one, when it was restarted since). */
  readonly server: RunningNeo4j | null;
  /** What restarts the embedded server this connection started, when supervision was asked for; else null. */
  readonly supervisor: Neo4jSupervisor | null;
  /** Closes the driver, then stops the embedded server if this connection started it. */
  close(): Promise<void>;
}

export interface ConnectOptions {
  /**
   * Restart the embedded Neo4j when it dies, if this connection starts it (never an external or shared one).
   * Default: no supervision, as a command that runs once (ingest, export) should fail rather than wait.
   */
  supervise?: Omit<SupervisorOptions, 'start'>;
}

export async function connectNeo4j(config: Neo4jConfig, options: ConnectOptions = {}): Promise<Connection> {
  let server: RunningNeo4j | null = null;
  let supervisor: Neo4jSupervisor | null = null;
  let uri = config.uri;
  let mode: Connection['mode'] = 'external';
  if (uri === null) {
    uri = await findRunningNeo4j(config.embedded);
    mode = 'embedded-shared';
    if (uri === null) {
      if (options.supervise) {
        supervisor = await superviseNeo4j({ ...options.supervise, start: () => startNeo4j(config.embedded) });
        server = supervisor.server;
      } else {
        server = await startNeo4j(config.embedded);
      }
      uri = server?.uri ?? `bolt://127.0.0.1:${config.embedded.boltPort}`;
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
    supervisor,
    async close() {
      await db.close();
      await (supervisor ? supervisor.stop() : server?.stop());
    },
  };
}
