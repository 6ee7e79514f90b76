/**
 * The ingest pipeline for a set of files: read → extract → resolve against the graph → write, one transaction per
 * article. A file that fails is reported and skipped; the others are still ingested.
 */
import path from 'node:path';
import { AppError, ErrorCode } from '../errors.js';
import type { Database } from '../graph/database.js';
import { findPersonCandidates, writeArticleBatch, type WriteOutcome } from '../graph/ingest-repository.js';
import { extractArticle } from './extract/index.js';
import { ReadError, collectArticleFiles, readArticle, withOverrides, type Article, type ArticleOverrides } from './read/index.js';
import { toGraphBatch } from './load/to-graph.js';
import { applyResolution, resolvePersons } from './resolve/resolve-persons.js';

export interface ArticleReport {
  readonly path: string;
  readonly outcome: WriteOutcome | 'failed';
  readonly error?: { readonly code: string; readonly message: string };
  readonly entitiesCreated: number;
  readonly personsResolved: number;
  readonly factsCreated: number;
  readonly factsRemoved: number;
}

export interface IngestSummary {
  readonly articles: { created: number; updated: number; unchanged: number; failed: number };
  readonly entities: { created: number; merged: number };
  readonly facts: { created: number; removed: number };
  readonly reports: readonly ArticleReport[];
}

export interface IngestOptions extends ArticleOverrides {
  readonly db: Database;
  /** Files, or folders whose `.txt` files (recursively) are articles. */
  readonly paths: readonly string[];
  /** Called after each file, for progress display. */
  readonly onArticle?: (report: ArticleReport, index: number, total: number) => void;
}

function failure(file: string, code: string, message: string): ArticleReport {
  return { path: file, outcome: 'failed', error: { code, message }, entitiesCreated: 0, personsResolved: 0, factsCreated: 0, factsRemoved: 0 };
}

/** Ingests one article file. Throws only when the database is unavailable; other problems become a failed report. */
export async function ingestFile(db: Database, file: string, overrides: ArticleOverrides = {}): Promise<ArticleReport> {
  let article: Article;
  try {
    article = withOverrides(await readArticle(file), overrides);
  } catch (error) {
    if (error instanceof ReadError) return failure(file, error.code, error.message);
    throw error;
  }
  let extraction;
  try {
    extraction = extractArticle(article);
  } catch (error) {
    if (error instanceof ReadError) return failure(file, error.code, error.message);
    throw error;
  }
  const label = `${path.basename(file)}${extraction.article.publishedAt ? ` (${extraction.article.publishedAt})` : ''}`;
  const names = extraction.entities.filter((entity) => entity.type === 'Person').flatMap((entity) => [entity.name, ...entity.aliases]);
  const resolution = resolvePersons(extraction, await findPersonCandidates(db, names), label);
  const resolved = applyResolution(extraction, resolution);
  const batch = toGraphBatch(resolved, { articleKey: extraction.article.url ?? path.basename(file), path: file, notes: resolution.notes });
  const result = await writeArticleBatch(db, batch);
  return { path: file, ...result, personsResolved: result.outcome === 'unchanged' ? 0 : resolution.renamed.size };
}

/** Ingests every article of `paths`, one transaction each, and sums up what happened. */
export async function ingestPaths(options: IngestOptions): Promise<IngestSummary> {
  const { files, missing } = await collectArticleFiles(options.paths);
  const reports: ArticleReport[] = missing.map((file) => failure(file, 'ARTICLE_UNREADABLE', `No file or folder named ${file}.`));
  const total = files.length;
  for (const [index, file] of files.entries()) {
    let report: ArticleReport;
    try {
      report = await ingestFile(options.db, file, options);
    } catch (error) {
      if (error instanceof AppError && error.code === ErrorCode.DATABASE_UNAVAILABLE) throw error;
      report = failure(file, 'INGEST_FAILED', `Article file ${file} could not be ingested: ${(error as Error).message}`);
    }
    reports.push(report);
    options.onArticle?.(report, index, total);
  }
  return summarise(reports);
}

export function summarise(reports: readonly ArticleReport[]): IngestSummary {
  const count = (outcome: ArticleReport['outcome']): number => reports.filter((report) => report.outcome === outcome).length;
  const sum = (pick: (report: ArticleReport) => number): number => reports.reduce((total, report) => total + pick(report), 0);
  return {
    articles: { created: count('created'), updated: count('updated'), unchanged: count('unchanged'), failed: count('failed') },
    entities: { created: sum((report) => report.entitiesCreated), merged: sum((report) => report.personsResolved) },
    facts: { created: sum((report) => report.factsCreated), removed: sum((report) => report.factsRemoved) },
    reports,
  };
}
