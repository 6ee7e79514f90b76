/**
 * Errors thrown on purpose, each with a stable `extensions.code`, and the one mapping of the database's failures
 * (src/graph/database-error.ts) to those codes. Anything else that reaches a client is masked as
 * INTERNAL_SERVER_ERROR unless debugging is on (see src/server/plugins/mask-errors.ts).
 */
import { GraphQLError, type GraphQLErrorOptions } from 'graphql';
import { assertNever } from './assert-never.js';
import { DatabaseError, DatabaseErrorKind } from './graph/database-error.js';

export { assertNever };

export const ErrorCode = {
  NOT_FOUND: 'NOT_FOUND',
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  CONFLICT: 'CONFLICT',
  DATABASE_UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
  /** The request itself is malformed (a body that is not JSON, an unsupported charset). */
  BAD_REQUEST: 'BAD_REQUEST',
  /** The request body is larger than the server accepts. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** Guardrails (src/server/plugins/guardrails): the document is refused before it runs. */
  QUERY_TOO_DEEP: 'QUERY_TOO_DEEP',
  TOO_MANY_ALIASES: 'TOO_MANY_ALIASES',
  TOO_MANY_DIRECTIVES: 'TOO_MANY_DIRECTIVES',
  TOO_MANY_TOKENS: 'TOO_MANY_TOKENS',
  QUERY_TOO_COSTLY: 'QUERY_TOO_COSTLY',
  /** A database query ran longer than QUERY_TIMEOUT_MS and was stopped. */
  QUERY_TIMEOUT: 'QUERY_TIMEOUT',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** HTTP status that goes with each code when the error aborts the whole request. */
export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  NOT_FOUND: 200,
  BAD_USER_INPUT: 200,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CONFLICT: 200,
  DATABASE_UNAVAILABLE: 503,
  INTERNAL_SERVER_ERROR: 500,
  BAD_REQUEST: 400,
  PAYLOAD_TOO_LARGE: 413,
  QUERY_TOO_DEEP: 400,
  TOO_MANY_ALIASES: 400,
  TOO_MANY_DIRECTIVES: 400,
  TOO_MANY_TOKENS: 400,
  QUERY_TOO_COSTLY: 400,
  QUERY_TIMEOUT: 200,
};

/** Base of every error we throw on purpose: its message is meant for the client. */
export class AppError extends GraphQLError {
  readonly code: ErrorCode;

  constructor(
    code: ErrorCode,
    message: string,
    options: Omit<GraphQLErrorOptions, 'extensions'> & { details?: Record<string, unknown> } = {},
  ) {
    const { details, ...rest } = options;
    super(message, { ...rest, extensions: { code, ...details } });
    this.code = code;
  }
}

export class NotFoundError extends AppError {
  constructor(what: string, id: string) {
    super(ErrorCode.NOT_FOUND, `No ${what} has the id "${id}".`, { details: { id } });
  }
}

export class BadInputError extends AppError {
  constructor(message: string, details?: Record<string, unknown>) {
    super(ErrorCode.BAD_USER_INPUT, message, details ? { details } : {});
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'This operation needs a valid API key in the x-api-key header.') {
    super(ErrorCode.UNAUTHENTICATED, message);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super(ErrorCode.CONFLICT, message);
  }
}

/** DATABASE_UNAVAILABLE, with HTTP 503: the API's answer to the graph layer's DatabaseUnavailableError. */
export class ServiceUnavailableError extends AppError {
  constructor(cause?: unknown, message = 'The graph database is not reachable at the moment; try again shortly.') {
    super(ErrorCode.DATABASE_UNAVAILABLE, message, {
      originalError: cause instanceof Error ? cause : undefined,
      // Apollo Server turns this into the response status and strips it from the body.
      details: { http: { status: 503 } },
    });
  }
}

/**
 * The API error for a failure of the database: its code by kind (UNAVAILABLE is the graph layer's
 * DatabaseUnavailableError), and the DatabaseError's own sentence.
 */
export function fromDatabaseError(error: DatabaseError): AppError {
  switch (error.kind) {
    case DatabaseErrorKind.UNAVAILABLE:
      return new ServiceUnavailableError(error, error.message);
    case DatabaseErrorKind.TIMEOUT:
      return new AppError(ErrorCode.QUERY_TIMEOUT, error.message, { originalError: error });
    case DatabaseErrorKind.CONFLICT:
      return new AppError(ErrorCode.CONFLICT, error.message, { originalError: error });
    case DatabaseErrorKind.INVALID_ARGUMENT:
      return new AppError(ErrorCode.BAD_USER_INPUT, error.message, { originalError: error });
    default:
      return assertNever(error.kind);
  }
}

/** `error` as an API error when it is one already or a database failure of a known kind, else null. */
export function asAppError(error: unknown): AppError | null {
  if (error instanceof AppError) return error;
  return error instanceof DatabaseError ? fromDatabaseError(error) : null;
}
