/**
 * CORS for /graphql, off unless CORS_ORIGINS names the origins allowed: a browser page from another origin may then
 * call the API. Never with credentials: the API key travels in a header, so a page must hold it on purpose.
 */
import type { NextFunction, Request, Response } from 'express';

/** Headers a cross-origin page may send: the body type, the analyst's key and name, Apollo's CSRF preflight header. */
const ALLOWED_HEADERS = 'content-type, accept, x-api-key, x-actor, apollo-require-preflight, x-apollo-operation-name';
/** How long a browser may cache a preflight answer, in seconds. */
const MAX_AGE_SECONDS = '600';

export interface CorsOptions {
  /** Exact origins (`https://analysts.example.org`), or `*` for any. Empty: no CORS headers at all. */
  origins: readonly string[];
}

/** Express middleware answering preflights and adding the CORS headers for allowed origins. */
export function cors(options: CorsOptions) {
  const anyOrigin = options.origins.includes('*');
  const allowed = new Set(options.origins);
  return (request: Request, response: Response, next: NextFunction): void => {
    const origin = request.headers.origin;
    if (options.origins.length === 0 || origin === undefined) {
      next();
      return;
    }
    response.vary('Origin');
    if (!anyOrigin && !allowed.has(origin)) {
      next();
      return;
    }
    response.setHeader('access-control-allow-origin', anyOrigin ? '*' : origin);
    if (request.method === 'OPTIONS') {
      response.setHeader('access-control-allow-methods', 'GET, POST');
      response.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
      response.setHeader('access-control-max-age', MAX_AGE_SECONDS);
      response.status(204).end();
      return;
    }
    next();
  };
}
