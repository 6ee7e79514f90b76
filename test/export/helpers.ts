/** Shared by the export and import tests: the seeds' graph, and exports captured into memory or files. */
import { createWriteStream } from 'node:fs';
import { PassThrough } from 'node:stream';
import {
  type CsvTable,
  type ExportFormat,
  type ExportSelection,
  endStream,
  exportGraph,
  WHOLE_GRAPH,
} from '../../src/export/index.js';
import type { Database } from '../../src/graph/database.js';
import { loadSeedGraph } from '../fixtures/graph/seed-graph.js';

/**
 * Builds the seeds' graph by ingesting seeds/. Until the ingest pipeline runs end to end, falls back to the
 * fixture graph, which states what the same two seed articles say, in the model of docs/model.md.
 */
export async function buildSeedsGraph(db: Database): Promise<'ingest' | 'fixture'> {
  try {
    const { ingestPaths } = await import('../../src/ingest/pipeline.js');
    const summary = await ingestPaths({ db, paths: ['seeds'] });
    if (
      summary.articles.failed === 0 &&
      summary.articles.created + summary.articles.unchanged + summary.articles.updated > 0
    )
      return 'ingest';
  } catch (error) {
    if ((error as { code?: string }).code !== 'ERR_MODULE_NOT_FOUND') throw error;
  }
  await loadSeedGraph(db);
  return 'fixture';
}

/** The export of `selection` in one of the single-stream formats, as a string. */
export async function exportToString(
  db: Database,
  format: Exclude<ExportFormat, 'csv'>,
  selection: ExportSelection = WHOLE_GRAPH,
  batchSize?: number,
): Promise<string> {
  const out = new PassThrough();
  const chunks: Buffer[] = [];
  out.on('data', (chunk: Buffer) => chunks.push(chunk));
  await exportGraph({ db, format, selection, target: { kind: 'stream', out }, ...(batchSize ? { batchSize } : {}) });
  out.end();
  return Buffer.concat(chunks).toString('utf8');
}

/** The CSV export, table by table. */
export async function exportCsvToStrings(
  db: Database,
  selection: ExportSelection = WHOLE_GRAPH,
): Promise<Map<CsvTable, string>> {
  const tables = new Map<CsvTable, Buffer[]>();
  await exportGraph({
    db,
    format: 'csv',
    selection,
    target: {
      kind: 'tables',
      open: (table) => {
        const out = new PassThrough();
        const chunks: Buffer[] = [];
        tables.set(table, chunks);
        out.on('data', (chunk: Buffer) => chunks.push(chunk));
        return out;
      },
    },
  });
  return new Map([...tables].map(([table, chunks]) => [table, Buffer.concat(chunks).toString('utf8')]));
}

/** Writes the JSON Lines export of `db` to `file`. */
export async function exportJsonlToFile(db: Database, file: string): Promise<void> {
  const out = createWriteStream(file);
  await exportGraph({ db, format: 'jsonl', selection: WHOLE_GRAPH, target: { kind: 'stream', out } });
  await endStream(out);
}

export function sortedLines(text: string): string[] {
  return text.split('\n').filter(Boolean).sort();
}
