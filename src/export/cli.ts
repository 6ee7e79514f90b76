/**
 * `npm run export -- --format <jsonl|graphml|csv> [--since DATE] [--types A,B] [--out FILE|-]`.
 * JSON Lines and GraphML go to a file or to stdout (`-`, the default); CSV goes to a folder, one file per table.
 * Progress goes to stderr: a bar on a terminal, a line every few seconds otherwise.
 */

import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { Writable } from 'node:stream';
import { parseArgs } from 'node:util';
import { runCommand } from '../command.js';
import { loadConfig } from '../config.js';
import { connectNeo4j } from '../neo4j-runtime/index.js';
import {
  type CsvTable,
  createGraphReader,
  createProgress,
  EXPORT_FORMATS,
  type ExportTarget,
  endStream,
  exportGraph,
  isExportFormat,
  parseSelection,
  SelectionError,
} from './index.js';

const USAGE = `Usage: npm run export -- --format <${EXPORT_FORMATS.join('|')}> [--since YYYY-MM-DD] [--types Person,HOLDS_POSITION,…] [--out FILE|-]
  (for csv, --out names a folder, default ./export-csv)`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      format: { type: 'string', short: 'f' },
      since: { type: 'string' },
      types: { type: 'string', multiple: true },
      out: { type: 'string', short: 'o' },
      'batch-size': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    console.error(USAGE);
    return 0;
  }
  const format = values.format ?? '';
  if (!isExportFormat(format))
    throw new UsageError(`--format expects one of ${EXPORT_FORMATS.join(', ')}, but got "${format}".`);
  const selection = parseSelection({ types: values.types ?? [], since: values.since });
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) {
    throw new UsageError(`--batch-size expects a positive whole number, but got "${values['batch-size']}".`);
  }

  const config = loadConfig(process.env);
  const connection = await connectNeo4j(config.neo4j);
  const opened: WriteStream[] = [];
  try {
    const outPath = values.out ?? (format === 'csv' ? 'export-csv' : '-');
    let target: ExportTarget;
    if (format === 'csv') {
      if (outPath === '-')
        throw new UsageError('The csv export writes one file per table: --out must name a folder, not "-".');
      await mkdir(outPath, { recursive: true });
      target = {
        kind: 'tables',
        open: (table: CsvTable) => {
          const stream = createWriteStream(path.join(outPath, `${table}.csv`));
          opened.push(stream);
          return stream;
        },
      };
    } else if (outPath === '-') {
      target = { kind: 'stream', out: process.stdout };
    } else {
      const stream = createWriteStream(outPath);
      opened.push(stream);
      target = { kind: 'stream', out: stream };
    }
    const total = await createGraphReader({ db: connection.db, selection }).count();
    const progress = createProgress({ stream: process.stderr, total, label: `export ${format}` });
    await exportGraph({
      db: connection.db,
      format,
      selection,
      target,
      onRecords: (count) => progress.advance(count),
      ...(batchSize ? { batchSize } : {}),
    });
    await Promise.all(opened.map((stream: Writable) => endStream(stream)));
    const { records, seconds, rate } = progress.finish();
    console.error(
      `Exported ${records} records in ${seconds.toFixed(2)} s (${Math.round(rate)} records/s) to ${outPath === '-' ? 'stdout' : outPath}.`,
    );
    return 0;
  } finally {
    for (const stream of opened) if (!stream.destroyed) stream.destroy();
    await connection.close();
  }
}

runCommand(main, {
  usage: (error) =>
    error instanceof UsageError ||
    error instanceof SelectionError ||
    (error as { code?: string }).code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION',
  usageText: USAGE,
});
