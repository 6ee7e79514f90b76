/**
 * Error masking: errors thrown on purpose (AppError) and GraphQL's own request errors pass with their code; a
 * database failure of a known kind (DatabaseError) becomes its API error (src/errors.ts: DATABASE_UNAVAILABLE with
 * HTTP 503, QUERY_TIMEOUT, CONFLICT, BAD_USER_INPUT) with our sentence; anything else becomes "Unexpected error."
 * with code INTERNAL_SERVER_ERROR. No driver message or stack trace reaches a client unless `debug` is on.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import type { GraphQLFormattedError } from 'graphql';
import { AppError, asAppError, ErrorCode } from '../../errors.js';
import { DatabaseError } from '../../graph/database-error.js';
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
  /**
   * Keep the original message and stack trace of unexpected errors, and the stack of the others. Default: false;
   * `config.debugErrors`, on only with NODE_ENV=development and DEBUG_ERRORS=true.
   */
  debug: boolean;
  logger: Logger;
}

export interface MaskedErrors {
  /** Apollo Server's `formatError` hook. */
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  /** Sets HTTP 503 on an answer with a DATABASE_UNAVAILABLE error (formatError cannot set the status). */
  plugin: ApolloServerPlugin;
}

/**
 * The AppError behind `error`: thrown by a resolver, reported by a validation rule, which Apollo wraps in its own
 * GRAPHQL_VALIDATION_FAILED error (the guardrails do that), or mapped from a DatabaseError.
 */
function intendedError(error: unknown): AppError | null {
  const original = unwrapResolverError(error);
  const intended = asAppError(original);
  if (intended) return intended;
  const wrapped = typeof error === 'object' && error !== null && 'originalError' in error ? error.originalError : null;
  return wrapped instanceof AppError ? wrapped : null;
}

function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError['extensions'] {
  const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
  return extensions;
}

/** Builds Apollo Server's `formatError` hook and the plugin that goes with it. */
export function maskErrors(options: MaskErrorsOptions): MaskedErrors {
  const formatError = (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const intended = intendedError(error);
    const original = unwrapResolverError(error);
    if (intended) {
      if (original instanceof DatabaseError) {
        const log = { err: original.cause ?? original, neo4jCode: original.neo4jCode, path: formatted.path };
        options.logger.warn(log, `database error in a GraphQL request: ${original.kind}`);
      }
      const extensions = { ...(options.debug ? formatted.extensions : withoutStack(formatted)), code: intended.code };
      // The message of a mapped database error is ours, not the driver's that Apollo put into `formatted`.
      return { ...formatted, message: intended.message, extensions };
    }
    const tokens = tokenLimitError(formatted);
    if (tokens) return tokens;
    const code = formatted.extensions?.code;
    if (typeof code === 'string' && REQUEST_ERROR_CODES.has(code))
      return { ...formatted, extensions: withoutStack(formatted) };
    options.logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    if (options.debug) return formatted;
    return {
      message: 'Unexpected error.',
      ...(formatted.path ? { path: formatted.path } : {}),
      ...(formatted.locations ? { locations: formatted.locations } : {}),
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
  const plugin: ApolloServerPlugin = {
    async requestDidStart() {
      return {
        async willSendResponse({ response, errors }) {
          const unavailable = (errors ?? []).some(
            (error) => intendedError(error)?.code === ErrorCode.DATABASE_UNAVAILABLE,
          );
          if (unavailable) response.http.status = 503;
        },
      };
    },
  };
  return { formatError, plugin };
}
