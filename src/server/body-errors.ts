/**
 * Errors of express.json on /graphql (a body too large, not JSON, in an unknown charset) answered as GraphQL errors
 * with a code, in JSON, instead of express's HTML page (which shows a stack trace outside NODE_ENV=production).
 * Any other error that reaches express there is logged and answered as a masked INTERNAL_SERVER_ERROR.
 */
import type { NextFunction, Request, Response } from 'express';
import { ErrorCode } from '../errors.js';
import type { Logger } from '../logger.js';

/** The fields of body-parser's errors (http-errors) that say what went wrong. */
interface BodyParserError {
  type?: string;
  status?: number;
  limit?: number;
}

function describe(error: BodyParserError): { status: number; code: ErrorCode; message: string } | null {
  switch (error.type) {
    case 'entity.too.large':
      return {
        status: 413,
        code: ErrorCode.PAYLOAD_TOO_LARGE,
        message: `expected a request body of at most ${error.limit ?? 'the allowed'} bytes, but got a larger one.`,
      };
    case 'entity.parse.failed':
      return {
        status: 400,
        code: ErrorCode.BAD_REQUEST,
        message: 'expected a request body in JSON, but it could not be parsed.',
      };
    case 'charset.unsupported':
    case 'encoding.unsupported':
      return {
        status: 415,
        code: ErrorCode.BAD_REQUEST,
        message: 'expected a request body in UTF-8 JSON, identity or gzip encoded.',
      };
    default:
      return null;
  }
}

const UNEXPECTED = { status: 500, code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Unexpected error.' };

/** Express error middleware for the /graphql route. */
export function bodyErrors(logger: Logger) {
  return (error: unknown, _request: Request, response: Response, next: NextFunction): void => {
    if (response.headersSent) {
      next(error);
      return;
    }
    const described = typeof error === 'object' && error !== null ? describe(error as BodyParserError) : null;
    if (described) logger.debug({ status: described.status, code: described.code }, 'refused a request body');
    else logger.error({ err: error }, 'unexpected error in the /graphql route');
    const { status, code, message } = described ?? UNEXPECTED;
    response.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
