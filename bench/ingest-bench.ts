/**
 * Ingest throughput: generated articles, first through extraction alone (parse and extract, no database), then end
 * to end through `ingestPaths` (read, extract, resolve against the graph, write) into the benchmark database.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../src/graph/database.js';
import { extractArticle } from '../src/ingest/extract/index.js';
import { ingestPaths } from '../src/ingest/pipeline.js';
import { parseArticle } from '../src/ingest/read/index.js';
import { generateArticles, writeArticles } from './articles.js';

/** Articles extracted, untimed, before the timed extraction. */
const EXTRACTION_WARMUP = 200;

export interface IngestReport {
  articles: number;
  /** Articles per second through parse + extract only, once warm. */
  extractionPerSecond: number;
  /** Milliseconds for the process's first article, which compiles the lexicon. */
  extractionStartupMs: number;
  /** Articles per second end to end, and what the ingest reported. */
  endToEndPerSecond: number;
  seconds: number;
  created: number;
  failed: number;
  entitiesCreated: number;
  factsCreated: number;
  /** Bolt round trips per article, end to end. */
  roundTripsPerArticle: number;
}

/**
 * Generates `count` articles, extracts them, then ingests them into `db`; `batchSize` is passed to `ingestPaths`
 * (1 writes one article per transaction, as before batches).
 */
export async function benchIngest(options: {
  db: Database;
  count: number;
  seed?: number;
  batchSize?: number;
}): Promise<IngestReport> {
  const articles = generateArticles({
    count: options.count,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const encoder = new TextEncoder();
  const extract = (article: { text: string; fileName: string }): void => {
    extractArticle(parseArticle(encoder.encode(article.text), { path: article.fileName }));
  };
  // The first article compiles the lexicon, and the next few run before V8 has optimised the extractor: that start-up
  // is paid once per process, so it is timed on its own and a warm-up set (another seed) runs before the timed one.
  const warmup = generateArticles({ count: EXTRACTION_WARMUP, seed: (options.seed ?? 7) + 1 });
  let began = performance.now();
  extract(warmup[0] as (typeof warmup)[number]);
  const extractionStartupMs = performance.now() - began;
  for (const article of warmup.slice(1)) extract(article);
  began = performance.now();
  for (const article of articles) extract(article);
  const extractionSeconds = (performance.now() - began) / 1000;
  const folder = await mkdtemp(path.join(tmpdir(), 'ingest-bench-'));
  try {
    await writeArticles(folder, articles);
    const queriesBefore = options.db.queryCount;
    began = performance.now();
    const summary = await ingestPaths({
      db: options.db,
      paths: [folder],
      ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    });
    const seconds = (performance.now() - began) / 1000;
    return {
      articles: articles.length,
      extractionPerSecond: articles.length / extractionSeconds,
      extractionStartupMs,
      endToEndPerSecond: articles.length / seconds,
      seconds,
      created: summary.articles.created,
      failed: summary.articles.failed,
      entitiesCreated: summary.entities.created,
      factsCreated: summary.facts.created,
      roundTripsPerArticle: (options.db.queryCount - queriesBefore) / articles.length,
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
