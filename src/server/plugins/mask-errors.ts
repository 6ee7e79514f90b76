/**
 * Error masking: errors thrown on purpose (AppError) and GraphQL's own request errors pass with their code; a
 * database query stopped by its transaction timeout becomes QUERY_TIMEOUT; anything else becomes "Unexpected error."
 * with code INTERNAL_SERVER_ERROR, details only in development.
 */
import type { GraphQLFormattedError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ErrorCode } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { tokenLimitError } from './guardrails/index.js';

/** Codes Apollo Server gives to errors of the request itself (parse, validation, bad variables…). */
const REQUEST_ERROR_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
]);

export interface MaskErrorsOptions {
  /** Development keeps the original message and stack of unexpected errors. Default: false. */
  development: boolean;
  logger: Logger;
  /** QUERY_TIMEOUT_MS, named in the message of a QUERY_TIMEOUT. */
  queryTimeoutMs: number;
}

/** Neo4j's codes for a transaction stopped by its timeout (5.x names it after who configured the timeout). */
function isTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && /TransactionTimedOut/.test(error.code);
}

/**
 * The AppError behind `error`: thrown by a resolver, or reported by a validation rule, which Apollo wraps in its own
 * GRAPHQL_VALIDATION_FAILED error (the guardrails do that).
 */
function intendedError(error: unknown): AppError | null {
  const original = unwrapResolverError(error);
  if (original instanceof AppError) return original;
  const wrapped = typeof error === 'object' && error !== null && 'originalError' in error ? error.originalError : null;
  return wrapped instanceof AppError ? wrapped : null;
}

/** Builds Apollo Server's `formatError` hook. */
export function maskErrors(options: MaskErrorsOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const intended = intendedError(error);
    if (intended) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: { ...(options.development ? formatted.extensions : extensions), code: intended.code } };
    }
    const original = unwrapResolverError(error);
    if (isTimeout(original)) {
      options.logger.warn({ err: original, path: formatted.path }, 'database query stopped by its timeout');
      return {
        message: `The query took longer than ${options.queryTimeoutMs} ms in the database and was stopped; ask for less (smaller pages, fewer hops).`,
        ...(formatted.path ? { path: formatted.path } : {}),
        ...(formatted.locations ? { locations: formatted.locations } : {}),
        extensions: { code: ErrorCode.QUERY_TIMEOUT },
      };
    }
    const tokens = tokenLimitError(formatted);
    if (tokens) return tokens;
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code)) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    options.logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    if (options.development) return formatted;
    return {
      message: 'Unexpected error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}
