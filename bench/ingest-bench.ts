/**
 * Ingest throughput: generated articles, first through extraction alone (parse and extract, no database), then end
 * to end through `ingestPaths` (read, extract, resolve against the graph, write) into the benchmark database: a
 * first set on the server as the questions left it, then a second set of other articles on the now warm server
 * (its plans cached and compiled, the touched store in the page cache), as a server that ingests every day runs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Database } from '../src/graph/database.js';
import { extractArticle } from '../src/ingest/extract/index.js';
import { type IngestSummary, ingestPaths } from '../src/ingest/pipeline.js';
import { parseArticle } from '../src/ingest/read/index.js';
import { type GeneratedArticle, generateArticles, writeArticles } from './articles.js';

/** Articles extracted, untimed, before the timed extraction. */
const EXTRACTION_WARMUP = 200;

export interface IngestReport {
  articles: number;
  /** Articles per second through parse + extract only, once warm. */
  extractionPerSecond: number;
  /** Milliseconds for the process's first article, which compiles the lexicon. */
  extractionStartupMs: number;
  /** Articles per second end to end of the first set, on the server as the questions left it. */
  firstPerSecond: number;
  /** Articles per second end to end of the second set, on the warm server, and what that ingest reported. */
  endToEndPerSecond: number;
  seconds: number;
  created: number;
  failed: number;
  entitiesCreated: number;
  factsCreated: number;
  /** Bolt round trips per article, end to end (second set). */
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
  const first = await ingestSet(options, articles);
  // Other articles (numbers after the first set's), naming the same pool of officials and partners.
  const again = generateArticles({ count: options.count, seed: (options.seed ?? 7) + 2, first: options.count });
  const warm = await ingestSet(options, again);
  return {
    articles: articles.length,
    extractionPerSecond: articles.length / extractionSeconds,
    extractionStartupMs,
    firstPerSecond: articles.length / first.seconds,
    endToEndPerSecond: again.length / warm.seconds,
    seconds: warm.seconds,
    created: warm.summary.articles.created,
    failed: warm.summary.articles.failed,
    entitiesCreated: warm.summary.entities.created,
    factsCreated: warm.summary.facts.created,
    roundTripsPerArticle: warm.queries / again.length,
  };
}

/** Writes `articles` to a temporary folder and ingests it, timed. */
async function ingestSet(
  options: { db: Database; batchSize?: number },
  articles: readonly GeneratedArticle[],
): Promise<{ seconds: number; queries: number; summary: IngestSummary }> {
  const folder = await mkdtemp(path.join(tmpdir(), 'ingest-bench-'));
  try {
    await writeArticles(folder, articles);
    const queriesBefore = options.db.queryCount;
    const began = performance.now();
    const summary = await ingestPaths({
      db: options.db,
      paths: [folder],
      ...(options.batchSize === undefined ? {} : { batchSize: options.batchSize }),
    });
    return {
      seconds: (performance.now() - began) / 1000,
      queries: options.db.queryCount - queriesBefore,
      summary,
    };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
