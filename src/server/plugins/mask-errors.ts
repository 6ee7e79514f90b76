/**
 * Error masking: errors thrown on purpose (AppError) and GraphQL's own request errors pass with their code;
 * anything else becomes "Unexpected error." with code INTERNAL_SERVER_ERROR, details only in development.
 */
import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ErrorCode } from '../../errors.js';
import type { Logger } from '../../logger.js';

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
}

/** Builds Apollo Server's `formatError` hook. */
export function maskErrors(options: MaskErrorsOptions) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (original instanceof AppError) {
      const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions: options.development ? formatted.extensions : extensions };
    }
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
