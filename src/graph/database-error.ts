/**
 * Neo4j's failures that a caller can act on, as one typed error with a kind and a sentence of ours: the database is
 * not there, a query ran out of time, a write broke a uniqueness constraint, a value was refused. The driver's own
 * message stays in `cause` (for the logs); it never becomes the message. Knows nothing of GraphQL: src/errors.ts
 * maps a kind to an API code.
 */
import neo4j, { Neo4jError } from 'neo4j-driver';

export const DatabaseErrorKind = {
  /** No server answers, the session expired, or the database is stopped: try again later. */
  UNAVAILABLE: 'UNAVAILABLE',
  /** The transaction ran longer than its timeout and was stopped. */
  TIMEOUT: 'TIMEOUT',
  /** A write would have broken a uniqueness constraint, or lost a deadlock with another write every time it ran. */
  CONFLICT: 'CONFLICT',
  /** Neo4j refused a value given to the query (an argument out of range, a text that is not a date). */
  INVALID_ARGUMENT: 'INVALID_ARGUMENT',
} as const;
export type DatabaseErrorKind = (typeof DatabaseErrorKind)[keyof typeof DatabaseErrorKind];

/** A database failure of a known kind; its message is a sentence meant for whoever sent the request. */
export class DatabaseError extends Error {
  override readonly name: string = 'DatabaseError';

  constructor(
    readonly kind: DatabaseErrorKind,
    message: string,
    options: { cause?: unknown } = {},
  ) {
    super(message, options);
  }

  /** Neo4j's status code of the failure behind this error, for the logs. */
  get neo4jCode(): string | null {
    return this.cause instanceof Neo4jError ? this.cause.code : null;
  }
}

/**
 * The database is not there (kind UNAVAILABLE): nothing can be written or read until it is back, so whoever gets it
 * stops (the ingest stops whole; the API answers DATABASE_UNAVAILABLE, src/errors.ts) rather than report it per item.
 */
export class DatabaseUnavailableError extends DatabaseError {
  override readonly name: string = 'DatabaseUnavailableError';
  override readonly kind = DatabaseErrorKind.UNAVAILABLE;

  constructor(
    message = 'The graph database is not reachable at the moment; try again shortly.',
    options: { cause?: unknown } = {},
  ) {
    super(DatabaseErrorKind.UNAVAILABLE, message, options);
  }
}

const UNAVAILABLE_CODES = new Set<string>([
  neo4j.error.SERVICE_UNAVAILABLE,
  neo4j.error.SESSION_EXPIRED,
  'Neo.TransientError.General.DatabaseUnavailable',
]);
const CONSTRAINT_CODE = 'Neo.ClientError.Schema.ConstraintValidationFailed';
const DEADLOCK_CODE = 'Neo.TransientError.Transaction.DeadlockDetected';
const ARGUMENT_CODE = 'Neo.ClientError.Statement.ArgumentError';

/** "Node(53) already exists with label `Person` and property `id` = 'person:x'", and the same for relationships. */
const DUPLICATE = /already exists with (label|type) `([^`]+)` and propert(?:y|ies) `([^`]+)` = (.+)$/s;

function constraintSentence(driverMessage: string): string {
  const match = DUPLICATE.exec(driverMessage);
  if (!match) return 'The write was refused: it would have repeated a value that must be unique in the graph.';
  const [, what, name, property, value] = match;
  const thing = what === 'type' ? `the ${name} fact` : `the ${name}`;
  return `The graph already holds ${thing} ${value?.trim()} (its ${property} must be unique); the write that would have repeated it was refused.`;
}

/**
 * The DatabaseError for a failure of the driver or of Neo4j, or null when it is of no kind we know (a syntax error
 * is a bug of ours, and stays what it is). `queryTimeoutMs` is named in the sentence of a timeout.
 */
export function toDatabaseError(error: unknown, options: { queryTimeoutMs: number }): DatabaseError | null {
  if (error instanceof DatabaseError) return error;
  if (!(error instanceof Neo4jError)) return null;
  if (UNAVAILABLE_CODES.has(error.code)) return new DatabaseUnavailableError(undefined, { cause: error });
  // Neo4j 5 names the timeout after who set it: TransactionTimedOut, TransactionTimedOutClientConfiguration.
  if (/TransactionTimedOut/.test(error.code)) {
    return new DatabaseError(
      DatabaseErrorKind.TIMEOUT,
      `The query took longer than ${options.queryTimeoutMs} ms in the database and was stopped; ask for less (smaller pages, fewer hops).`,
      { cause: error },
    );
  }
  if (error.code === CONSTRAINT_CODE)
    return new DatabaseError(DatabaseErrorKind.CONFLICT, constraintSentence(error.message), { cause: error });
  if (error.code === DEADLOCK_CODE) {
    return new DatabaseError(
      DatabaseErrorKind.CONFLICT,
      'Other changes to the same entities kept running at the same time; try again.',
      { cause: error },
    );
  }
  if (error.code === ARGUMENT_CODE) {
    return new DatabaseError(
      DatabaseErrorKind.INVALID_ARGUMENT,
      'The database refused a value of this request as invalid; check the arguments.',
      { cause: error },
    );
  }
  return null;
}
