/**
 * `GET /export/:format` (jsonl, graphml, csv): the graph, or a selection of it (`?ids=a,b`, `?types=`, `?since=`),
 * streamed as a download. When an API key is configured, the same key as for mutations is required (header
 * `x-api-key`, compared in constant time). CSV has one table per request: `?table=Person` (see csvTables).
 */
import express, { type Request, type Response } from 'express';
import type { Config } from '../config.js';
import { asAppError, ErrorCode } from '../errors.js';
import {
  csvTables,
  DestinationClosedError,
  EXPORT_FORMATS,
  type ExportFormat,
  type ExportSelection,
  type ExportTarget,
  exportGraph,
  isExportFormat,
  parseSelection,
  SelectionError,
} from '../export/index.js';
import type { Database } from '../graph/database.js';
import { authenticate } from './auth.js';

export interface ExportRouterOptions {
  db: Database;
  config: Readonly<Config>;
}

const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  jsonl: 'application/x-ndjson; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  csv: 'text/csv; charset=utf-8; header=present',
};

/** Every value of a query parameter, whether given once, repeated, or comma-separated. */
function list(value: unknown): string[] {
  if (value === undefined) return [];
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
}

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

function fail(res: Response, status: number, code: ErrorCode, message: string): void {
  res.status(status).json({ error: { code, message } });
}

/** The router to mount on the app: `app.use(exportRouter({ db, config }))`. */
export function exportRouter(options: ExportRouterOptions): express.Router {
  const { db, config } = options;
  const router = express.Router();

  router.get('/export/:format', async (req: Request, res: Response) => {
    if (config.apiKey !== null) {
      const auth = authenticate({
        apiKey: config.apiKey,
        presentedKey: header(req.headers['x-api-key']),
        actor: undefined,
      });
      if (!auth.isAnalyst) {
        fail(res, 401, ErrorCode.UNAUTHENTICATED, 'The export needs a valid API key in the x-api-key header.');
        return;
      }
    }
    const format = String(req.params.format);
    if (!isExportFormat(format)) {
      fail(
        res,
        404,
        ErrorCode.NOT_FOUND,
        `Unknown export format "${format}": expected one of ${EXPORT_FORMATS.join(', ')}.`,
      );
      return;
    }
    let target: ExportTarget;
    let fileName: string;
    let selection: ExportSelection;
    try {
      const ids = list(req.query.ids);
      const since = list(req.query.since)[0];
      selection = parseSelection({ types: list(req.query.types), since, ...(ids.length > 0 ? { ids } : {}) });
    } catch (error) {
      if (error instanceof SelectionError) {
        fail(res, 400, ErrorCode.BAD_USER_INPUT, error.message);
        return;
      }
      throw error;
    }
    if (format === 'csv') {
      const tables = csvTables(selection);
      const table = list(req.query.table)[0];
      if (table === undefined || !(tables as string[]).includes(table)) {
        fail(
          res,
          400,
          ErrorCode.BAD_USER_INPUT,
          `The csv export sends one table: add ?table= with one of ${tables.join(', ')}.`,
        );
        return;
      }
      target = { kind: 'tables', open: (name) => (name === table ? res : null) };
      fileName = `${table}.csv`;
    } else {
      target = { kind: 'stream', out: res };
      fileName = `officials-graph.${format}`;
    }
    res.status(200);
    res.setHeader('Content-Type', CONTENT_TYPES[format]);
    res.setHeader('Content-Disposition', `attachment; filename="${fileName}"`);
    res.setHeader('Cache-Control', 'no-store');
    try {
      await exportGraph({ db, format, selection, target });
      res.end();
    } catch (error) {
      if (error instanceof DestinationClosedError) return;
      if (!res.headersSent) {
        const known = asAppError(error);
        if (known?.code === ErrorCode.DATABASE_UNAVAILABLE) fail(res, 503, known.code, known.message);
        else fail(res, 500, ErrorCode.INTERNAL_SERVER_ERROR, 'Unexpected error.');
        return;
      }
      // Half a file was sent: cutting the connection tells the client it is incomplete.
      res.destroy(error instanceof Error ? error : undefined);
    }
  });
  return router;
}
