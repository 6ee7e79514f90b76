/**
 * The one gateway to Neo4j: runs parameterised Cypher with a transaction timeout, converts results to plain values
 * at the boundary, turns the failures a caller can act on into a DatabaseError (database-error.ts), and counts round
 * trips.
 */
import neo4j, {
  type AuthToken,
  type Driver,
  isDate,
  isDateTime,
  isDuration,
  isInt,
  isLocalDateTime,
  isLocalTime,
  isNode,
  isRelationship,
  isTime,
  type ManagedTransaction,
  type QueryResult,
  type RecordShape,
} from 'neo4j-driver';
import { DatabaseError, DatabaseErrorKind, toDatabaseError } from './database-error.js';

export type Params = Record<string, unknown>;

/** A transaction handed to `Database.transaction`: the same `run` shape as the database itself. */
export interface Tx {
  run<Row>(cypher: string, params?: Params): Promise<Row[]>;
}

export interface Database {
  readonly driver: Driver;
  readonly database: string;
  /** Number of queries sent so far: each is one Bolt round trip. Tests read it before and after a request. */
  readonly queryCount: number;
  /** A read query in an auto-commit transaction, routed to a reader in a cluster, retried on transient errors. */
  read<Row>(cypher: string, params?: Params): Promise<Row[]>;
  /** A write query in its own transaction, routed to the leader. */
  write<Row>(cypher: string, params?: Params): Promise<Row[]>;
  /** Several writes in one transaction: all or nothing. `work` may run again when the driver retries. */
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
  /** Whether Neo4j answers, and its version and edition. */
  ping(): Promise<{ version: string; edition: string }>;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  uri: string;
  user: string;
  password: string | null;
  database: string;
  queryTimeoutMs: number;
}

/** How long a read is tried again after transient failures: as long as the driver retries a transaction. */
const RETRY_READS_FOR_MS = 3_000;

/** Whether `error` means "the database is not there", as opposed to a bad query. */
export function isUnavailable(error: unknown): boolean {
  return error instanceof DatabaseError && error.kind === DatabaseErrorKind.UNAVAILABLE;
}

/** Converts a value returned by the driver into plain JSON-friendly data: Integer → number, temporal → ISO string. */
export function toPlain(value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(toPlain);
  // Maps from Cypher arrive as plain objects: the common case, walked without the type checks below.
  if (Object.getPrototypeOf(value) === Object.prototype) {
    const plain: Record<string, unknown> = {};
    for (const key in value) plain[key] = toPlain((value as Record<string, unknown>)[key]);
    return plain;
  }
  if (isInt(value)) return value.inSafeRange() ? value.toNumber() : value.toString();
  if (
    isDate(value) ||
    isDateTime(value) ||
    isLocalDateTime(value) ||
    isTime(value) ||
    isLocalTime(value) ||
    isDuration(value)
  ) {
    return value.toString();
  }
  if (isNode(value) || isRelationship(value)) return toPlain(value.properties);
  return value;
}

function rowsOf<Row>(result: QueryResult<RecordShape>): Row[] {
  return result.records.map((record) => toPlain(record.toObject()) as Row);
}

/** The driver's token for a user and password: none without a password (the embedded server runs without auth). */
export function authToken(credentials: { user: string; password: string | null }): AuthToken | undefined {
  return credentials.password === null ? undefined : neo4j.auth.basic(credentials.user, credentials.password);
}

/** Opens a driver for `options.uri` (bolt:// or a routing neo4j:// URI) and wraps it. Does not connect yet. */
export function createDatabase(options: DatabaseOptions): Database {
  const driver = neo4j.driver(options.uri, authToken(options), {
    // Fail fast when the database is down instead of queueing requests for a minute.
    connectionAcquisitionTimeout: 10_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: RETRY_READS_FOR_MS,
    disableLosslessIntegers: false,
    logging: { level: 'error', logger: () => undefined },
  });
  const transactionConfig = { timeout: options.queryTimeoutMs };
  let queryCount = 0;
  const translate = (error: unknown): unknown =>
    toDatabaseError(error, { queryTimeoutMs: options.queryTimeoutMs }) ?? error;

  /**
   * A read in an auto-commit transaction: RUN and PULL in one write to the socket, where a managed transaction
   * (`executeQuery`) adds a BEGIN and a COMMIT, each a write and the COMMIT a round trip of its own; those writes
   * were a fifth of the server's CPU under load. A read is idempotent, so a transient failure (a leader change, a
   * dropped connection) is tried again, as the driver retries managed transactions. The driver's bookmark manager
   * keeps it causally after this process's writes in a cluster.
   */
  async function autoCommitRead<Row>(cypher: string, params: Params): Promise<Row[]> {
    queryCount += 1;
    const deadline = Date.now() + RETRY_READS_FOR_MS;
    for (let attempt = 1; ; attempt += 1) {
      const session = driver.session({
        database: options.database,
        defaultAccessMode: neo4j.session.READ,
        bookmarkManager: driver.executeQueryBookmarkManager,
      });
      try {
        return rowsOf<Row>(await session.run(cypher, params, transactionConfig));
      } catch (error) {
        if (!neo4j.isRetryableError(error) || Date.now() > deadline) throw translate(error);
        await new Promise((resolve) => setTimeout(resolve, Math.min(1000, 50 * 2 ** attempt)));
      } finally {
        // Closing only hands the connection back to the pool: a failure there must not hide the answer or the error.
        await session.close().catch(() => undefined);
      }
    }
  }

  async function execute<Row>(cypher: string, params: Params, routing: 'READ' | 'WRITE'): Promise<Row[]> {
    queryCount += 1;
    try {
      const result = await driver.executeQuery(cypher, params, {
        database: options.database,
        routing: routing === 'READ' ? neo4j.routing.READ : neo4j.routing.WRITE,
        transactionConfig,
      });
      return rowsOf<Row>(result);
    } catch (error) {
      throw translate(error);
    }
  }

  return {
    driver,
    database: options.database,
    get queryCount() {
      return queryCount;
    },
    read: (cypher, params = {}) => autoCommitRead(cypher, params),
    write: (cypher, params = {}) => execute(cypher, params, 'WRITE'),
    async transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
      const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
      try {
        return await session.executeWrite(
          (managed: ManagedTransaction) =>
            work({
              async run<Row>(cypher: string, params: Params = {}) {
                queryCount += 1;
                return rowsOf<Row>(await managed.run(cypher, params));
              },
            }),
          transactionConfig,
        );
      } catch (error) {
        throw translate(error);
      } finally {
        await session.close();
      }
    },
    async ping() {
      try {
        const info = await driver.getServerInfo({ database: options.database });
        const rows = await execute<{ edition: string }>(
          'CALL dbms.components() YIELD edition RETURN edition LIMIT 1',
          {},
          'READ',
        );
        const version = (info.agent ?? 'Neo4j/unknown').replace(/^Neo4j\//, '');
        return { version, edition: rows[0]?.edition ?? 'unknown' };
      } catch (error) {
        throw translate(error);
      }
    },
    close: () => driver.close(),
  };
}
