/**
 * The web pages: the graph explorer at / (with an SPA fallback so a shared address opens the same view) and GraphiQL
 * at /graphiql, both from the Vite build in web/dist, every asset local so that they work without internet.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import type { Logger } from '../logger.js';

export interface WebOptions {
  /** The Vite build of web/ (web/dist). */
  webDist: string;
  /** Serve GraphiQL at /graphiql. */
  graphiql: boolean;
  /** Where to say that the build is missing; console.error when omitted. */
  logger?: Logger;
}

/** Paths the explorer never answers: the API and the operational endpoints. */
const API_PREFIXES = ['/graphql', '/healthz'];

const NOT_BUILT = 'The explorer is not built: run `npm run build` (npm start builds it when web/dist is missing).';

function isApiPath(url: string): boolean {
  return API_PREFIXES.some((prefix) => url === prefix || url.startsWith(`${prefix}/`) || url.startsWith(`${prefix}?`));
}

/**
 * Mounts the explorer and (when `graphiql`) GraphiQL on `app`. Call it after the API routes. When the build is
 * missing it logs one error and answers the pages with 503 and that sentence, never a blank page.
 */
export function mountWeb(app: Express, options: WebOptions): void {
  const webDist = path.resolve(options.webDist);
  const index = path.join(webDist, 'index.html');
  const graphiqlPage = path.join(webDist, 'graphiql.html');
  const built = existsSync(index) && existsSync(graphiqlPage);
  if (!built) {
    const message = `${NOT_BUILT} Looked for ${index}.`;
    if (options.logger) options.logger.error({ webDist }, message);
    else console.error(message);
  }

  const notBuilt = (_req: Request, res: Response) => {
    res.status(503).type('text/plain').send(NOT_BUILT);
  };

  if (options.graphiql) {
    app.get(
      ['/graphiql', '/graphiql/'],
      built ? (_req, res) => res.sendFile(graphiqlPage, { headers: { 'cache-control': 'no-cache' } }) : notBuilt,
    );
  } else {
    // Switched off (production): neither the route nor the page file behind it may answer.
    app.get(['/graphiql', '/graphiql/', '/graphiql.html'], (_req, res) => {
      res.status(404).type('text/plain').send('GraphiQL is switched off on this server (GRAPHIQL=false).\n');
    });
  }

  if (built) {
    // Hashed file names: an asset never changes, so browsers may keep it.
    app.use(
      '/assets',
      express.static(path.join(webDist, 'assets'), { immutable: true, maxAge: '1y', index: false, fallthrough: false }),
    );
    app.use(
      express.static(webDist, {
        index: false,
        extensions: [],
        setHeaders: (res) => res.setHeader('cache-control', 'no-cache'),
      }),
    );
  }

  // SPA fallback: any other GET for a page (not the API, not a file) is the explorer, which reads its view from the URL.
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || isApiPath(req.path) || path.extname(req.path) !== '')
      return next();
    if (!req.accepts('html')) return next();
    if (!built) return notBuilt(req, res);
    res.sendFile(index, { headers: { 'cache-control': 'no-cache' } });
  });
}
