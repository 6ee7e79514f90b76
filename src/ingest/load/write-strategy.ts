/**
 * The ingest's write strategy: how the rows of planned articles reach the graph. Each article goes one of three ways
 * (`wayOf`):
 *
 * - `skip`: it is in the graph with the same content and extractor version, so writing it would change nothing;
 * - `alone`: in a transaction of its own, resolved against the graph as it is then (an article already in the graph,
 *   whose new rows replace what it said before; any article when batches are off or the states cannot be read);
 * - `together`: new articles in one transaction, with one statement per kind of row over all of them.
 *
 * Every write answers a typed outcome; the one failure thrown is the graph layer's DatabaseUnavailableError, which
 * stops the whole ingest (nothing can be written until the database is back).
 */

import type { Database } from '../../graph/database.js';
import { DatabaseUnavailableError } from '../../graph/database-error.js';
import {
  ArticleBatchConflictError,
  type GraphBatch,
  isUnchanged,
  type WriteResult,
  writeArticleBatch,
  writeNewArticles,
} from '../../graph/ingest-repository.js';
import type { ArticleState } from '../../graph/writers/index.js';

export type Way = 'skip' | 'alone' | 'together';

/** How an article is written, given its stored state (undefined: never ingested). */
export function wayOf(
  state: ArticleState | undefined,
  article: { readonly contentHash: string; readonly extractorVersion: string },
): Way {
  if (!state) return 'together';
  return isUnchanged(state, article) ? 'skip' : 'alone';
}

/** What writing one article alone gave. */
export type AloneOutcome =
  | { readonly kind: 'written'; readonly result: WriteResult }
  /** The database refused it (a constraint, a timeout, a value) or the rows are broken: it failed alone. */
  | { readonly kind: 'failed'; readonly error: unknown };

/** What writing new articles together gave, in their order. */
export type TogetherOutcome =
  /** Every article written as planned. */
  | { readonly kind: 'written'; readonly results: readonly WriteResult[] }
  /**
   * The first `results.length` written as planned; the next one breaks any transaction it is in, so it must go
   * alone, and the plans of those after it (which assumed it written) must be made again.
   */
  | { readonly kind: 'broken'; readonly results: readonly WriteResult[] }
  /** The first `results.length` written as planned; another ingest wrote some of the others meanwhile. */
  | { readonly kind: 'taken'; readonly results: readonly WriteResult[] };

/** The database is gone: the one failure that is thrown, not reported per article. */
function rethrowIfUnavailable(error: unknown): void {
  if (error instanceof DatabaseUnavailableError) throw error;
}

/** Writes one article in its own transaction (see `writeArticleBatch`: unchanged content writes nothing). */
export async function writeAlone(db: Database, rows: GraphBatch): Promise<AloneOutcome> {
  try {
    return { kind: 'written', result: await writeArticleBatch(db, rows) };
  } catch (error) {
    rethrowIfUnavailable(error);
    return { kind: 'failed', error };
  }
}

type Attempt =
  | { readonly kind: 'written'; readonly results: readonly WriteResult[] }
  | { readonly kind: 'taken' }
  | { readonly kind: 'refused' };

async function attempt(db: Database, batches: readonly GraphBatch[]): Promise<Attempt> {
  try {
    return { kind: 'written', results: await writeNewArticles(db, batches) };
  } catch (error) {
    rethrowIfUnavailable(error);
    // The transaction rolled back: some article was written meanwhile, or one of them breaks it (its error comes
    // again, alone, when it is written alone).
    return error instanceof ArticleBatchConflictError ? { kind: 'taken' } : { kind: 'refused' };
  }
}

/**
 * Writes new articles (distinct ids, never ingested) in one transaction. When that is refused, each half is tried on
 * its own, down to the one article that breaks it: the articles before it lose nothing, and it gets its own error
 * when written alone.
 */
export async function writeTogether(db: Database, batches: readonly GraphBatch[]): Promise<TogetherOutcome> {
  if (batches.length === 0) return { kind: 'written', results: [] };
  const tried = await attempt(db, batches);
  if (tried.kind === 'written') return tried;
  if (tried.kind === 'taken') return { kind: 'taken', results: [] };
  if (batches.length === 1) return { kind: 'broken', results: [] };
  const middle = Math.ceil(batches.length / 2);
  const first = await writeTogether(db, batches.slice(0, middle));
  if (first.kind !== 'written') return first;
  const second = await writeTogether(db, batches.slice(middle));
  return { kind: second.kind, results: [...first.results, ...second.results] };
}
