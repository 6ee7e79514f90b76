/** Export of the graph: formats, selection and the streaming reader. What the CLI and the HTTP route use. */
import type { Writable } from 'node:stream';
import { assertNever } from '../errors.js';
import type { Database } from '../graph/database.js';
import { type CsvTable, writeCsv } from './csv.js';
import { writeGraphml } from './graphml.js';
import { writeJsonl } from './jsonl.js';
import { createGraphReader } from './reader.js';
import type { ExportSelection } from './selection.js';

export { type CsvTable, csvColumns, csvField, csvRow, csvTables, writeCsv } from './csv.js';
export { EDGE_KEYS, escapeXml, NODE_KEYS, writeGraphml } from './graphml.js';
export { writeJsonl } from './jsonl.js';
export { createProgress, type Progress } from './progress.js';
export { createGraphReader, DEFAULT_BATCH_SIZE, type GraphReader } from './reader.js';
export * from './schema.js';
export {
  type ExportSelection,
  MAX_SELECTED_IDS,
  parseSelection,
  SelectionError,
  type SelectionInput,
  WHOLE_GRAPH,
} from './selection.js';
export { DestinationClosedError, endStream, writeChunk } from './sink.js';

export const EXPORT_FORMATS = ['jsonl', 'graphml', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export function isExportFormat(value: string): value is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(value);
}

/** Where an export goes: one stream for JSON Lines and GraphML, one stream per table (or null to skip it) for CSV. */
export type ExportTarget =
  | { kind: 'stream'; out: Writable }
  | { kind: 'tables'; open: (table: CsvTable) => Writable | null };

export interface ExportOptions {
  db: Database;
  format: ExportFormat;
  selection: ExportSelection;
  target: ExportTarget;
  batchSize?: number;
  onRecords?: (count: number) => void;
}

/** Streams the selection in `format` to the target (streams are left open); returns the number of records written. */
export async function exportGraph(options: ExportOptions): Promise<number> {
  const { db, format, selection, target, onRecords } = options;
  const reader = createGraphReader({ db, selection, ...(options.batchSize ? { batchSize: options.batchSize } : {}) });
  const progress = onRecords ? { onRecords } : {};
  switch (format) {
    case 'jsonl':
    case 'graphml': {
      if (target.kind !== 'stream')
        throw new TypeError(`The ${format} export writes one stream, but got a table opener.`);
      return format === 'jsonl'
        ? writeJsonl({ reader, out: target.out, ...progress })
        : writeGraphml({ reader, out: target.out, ...progress });
    }
    case 'csv': {
      if (target.kind !== 'tables')
        throw new TypeError('The csv export writes one stream per table, but got a single stream.');
      return writeCsv({ reader, open: target.open, ...progress });
    }
    default:
      return assertNever(format);
  }
}
