/**
 * The offline load of a JSON Lines export into a stopped embedded home: check the home, write the CSV files while
 * checking every line, then run the importer. Nothing touches the database until the whole file passed.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { checkTarget, runAdminImport } from './admin-import.js';
import { type ConversionSummary, convertJsonl } from './jsonl-to-csv.js';

export interface BulkLoadOptions {
  file: string;
  /** The embedded home (conf/, data/, logs/), relative to the project root or absolute. */
  home: string;
  database?: string;
  /** Replace a database already in the home. */
  force?: boolean;
  /** Where the CSV files go; a temporary folder, removed afterwards, when absent. */
  csvDir?: string;
  /** The importer's Java heap (default 1g) and memory outside it (default 1g). */
  heap?: string;
  offHeap?: string;
  /** The instant that stands for a timestamp missing from the file; default the time of the load. */
  now?: string;
  onRecords?: (count: number) => void;
  onOutput?: (line: string) => void;
}

export interface BulkLoadSummary extends ConversionSummary {
  /** Nodes written: entities, articles and evidence. */
  readonly nodes: number;
  /** Relationships written: facts and each evidence's FROM_ARTICLE. */
  readonly relationships: number;
  readonly convertSeconds: number;
  readonly importSeconds: number;
}

/**
 * Loads `file` into the stopped home; throws ImportValidationError (a line of the file) or BulkLoadError (the home,
 * the importer) with a sentence. The database must then start once and be finished (./finish.ts).
 */
export async function bulkLoad(options: BulkLoadOptions): Promise<BulkLoadSummary> {
  const database = options.database ?? 'neo4j';
  const force = options.force ?? false;
  checkTarget({ home: options.home, database, force });
  const work = await mkdtemp(path.join(tmpdir(), 'bulk-load-'));
  const csvDir = options.csvDir ?? work;
  // Kept when the importer fails: its output, which the error names, is there.
  let keep = false;
  try {
    let began = performance.now();
    const summary = await convertJsonl({
      file: options.file,
      dir: csvDir,
      ...(options.now ? { now: options.now } : {}),
      ...(options.onRecords ? { onRecords: options.onRecords } : {}),
    });
    const convertSeconds = (performance.now() - began) / 1000;
    // Checked again: a server may have started on the home while the file was read.
    checkTarget({ home: options.home, database, force });
    began = performance.now();
    keep = true;
    await runAdminImport({
      home: options.home,
      database,
      tables: summary.tables,
      work,
      heap: options.heap ?? '1g',
      offHeap: options.offHeap ?? '1g',
      overwrite: force,
      ...(options.onOutput ? { onOutput: options.onOutput } : {}),
    });
    keep = false;
    const rows = (kind: 'nodes' | 'relationships'): number =>
      summary.tables.filter((entry) => entry.table.kind === kind).reduce((sum, entry) => sum + entry.rows, 0);
    return {
      ...summary,
      nodes: rows('nodes'),
      relationships: rows('relationships'),
      convertSeconds,
      importSeconds: (performance.now() - began) / 1000,
    };
  } finally {
    if (!keep) await rm(work, { recursive: true, force: true });
  }
}
