/**
 * The ingest pipeline for a set of files: read → extract → resolve against the graph → write. New articles go in
 * batches, one candidate search and one transaction each, giving the graph that writing them one by one in order
 * would give; an article already in the graph, and every article of a batch that fails, is written in a transaction
 * of its own. A file that fails is reported and skipped; the others are still ingested.
 */
import path from 'node:path';
import { type Database, isUnavailable } from '../graph/database.js';
import { DatabaseError, DatabaseErrorKind } from '../graph/database-error.js';
import { articleIdOf } from '../graph/ids.js';
import {
  ArticleBatchConflictError,
  findArticleStates,
  type GraphBatch,
  isUnchanged,
  UNCHANGED,
  type WriteOutcome,
  type WriteResult,
  writeArticleBatch,
  writeNewArticles,
} from '../graph/ingest-repository.js';
import { EntityLabel } from '../graph/model.js';
import {
  findPersonCandidates,
  findPersonCandidatesForEach,
  findTermHits,
  PERSON_SEARCH_LIMIT,
  type PersonSearchTerm,
  type TermHits,
} from '../graph/person-search.js';
import { type Extraction, extractArticle } from './extract/index.js';
import { toGraphBatch } from './load/to-graph.js';
import { type ArticleOverrides, collectArticleFiles, ReadError, readArticle, withOverrides } from './read/index.js';
import { type BatchCandidates, createBatchCandidates, type WrittenEntity } from './resolve/batch-candidates.js';
import {
  applyResolution,
  createSameName,
  type KnownPerson,
  type Resolution,
  resolvePersons,
  type SameName,
} from './resolve/resolve-persons.js';
import { personSearchTerms, termKey } from './resolve/search-terms.js';

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
  /** Called after each file, in order, once its outcome is final (its batch committed), for progress display. */
  readonly onArticle?: (report: ArticleReport, index: number, total: number) => void;
  /**
   * Most new articles written in one transaction; default 256. The first batches are smaller (1, 4, 16, …), so that
   * the first reports come at once. 1 writes one article per transaction.
   */
  readonly batchSize?: number;
}

const DEFAULT_BATCH_SIZE = 256;

/** An article read and extracted, not yet resolved. */
interface Prepared {
  readonly file: string;
  readonly extraction: Extraction;
  /** Stable key of the article (its url, else its file name) and the article id derived from it. */
  readonly key: string;
  readonly id: string;
  /** How resolution notes name the article: file name and publication date. */
  readonly label: string;
}

function failure(file: string, code: string, message: string): ArticleReport {
  return {
    path: file,
    outcome: 'failed',
    error: { code, message },
    entitiesCreated: 0,
    personsResolved: 0,
    factsCreated: 0,
    factsRemoved: 0,
  };
}

/** An unavailable database stops the whole ingest: the graph layer's DatabaseError, with its sentence. */
function throwIfUnavailable(error: unknown): void {
  if (isUnavailable(error)) throw error;
}

/** The code of a failed report for each other kind of database failure (the codes the API gives them too). */
const REPORT_CODES: Readonly<Record<Exclude<DatabaseErrorKind, 'UNAVAILABLE'>, string>> = {
  [DatabaseErrorKind.TIMEOUT]: 'QUERY_TIMEOUT',
  [DatabaseErrorKind.CONFLICT]: 'CONFLICT',
  [DatabaseErrorKind.INVALID_ARGUMENT]: 'BAD_USER_INPUT',
};

/**
 * Any other error than an unavailable database becomes the article's failed report: a database failure of a known
 * kind (a constraint broken: CONFLICT) with its code and our sentence, anything else as INGEST_FAILED.
 */
function unexpectedFailure(file: string, error: unknown): ArticleReport {
  throwIfUnavailable(error);
  if (error instanceof DatabaseError && error.kind !== DatabaseErrorKind.UNAVAILABLE) {
    return failure(file, REPORT_CODES[error.kind], `Article file ${file} could not be ingested: ${error.message}`);
  }
  return failure(file, 'INGEST_FAILED', `Article file ${file} could not be ingested: ${(error as Error).message}`);
}

/** Reads and extracts one file; a file that cannot be read becomes its failed report. */
async function prepare(file: string, overrides: ArticleOverrides): Promise<Prepared | ArticleReport> {
  try {
    const extraction = extractArticle(withOverrides(await readArticle(file), overrides));
    const key = extraction.article.url ?? path.basename(file);
    const label = `${path.basename(file)}${extraction.article.publishedAt ? ` (${extraction.article.publishedAt})` : ''}`;
    return { file, extraction, key, id: articleIdOf(key), label };
  } catch (error) {
    if (error instanceof ReadError) return failure(file, error.code, error.message);
    return unexpectedFailure(file, error);
  }
}

function isPrepared(item: Prepared | ArticleReport): item is Prepared {
  return 'extraction' in item;
}

/** What every step of one ingest shares. */
interface IngestContext {
  readonly db: Database;
  readonly batchSize: number;
  readonly sameName: SameName;
}

/** An article resolved, with the rows it will write. */
interface Planned {
  readonly item: Prepared;
  readonly rows: GraphBatch;
  readonly resolution: Resolution;
}

function searchTermsOf(item: Prepared): PersonSearchTerm[] {
  return personSearchTerms(
    item.extraction.entities
      .filter((entity) => entity.type === 'Person')
      .flatMap((entity) => [entity.name, ...entity.aliases]),
  );
}

function plan(context: IngestContext, item: Prepared, known: readonly KnownPerson[]): Planned {
  const resolution = resolvePersons(item.extraction, known, { articleLabel: item.label, sameName: context.sameName });
  const rows = toGraphBatch(applyResolution(item.extraction, resolution), {
    articleKey: item.key,
    path: item.file,
    notes: resolution.notes,
  });
  return { item, rows, resolution };
}

function reportOf(planned: Planned, result: WriteResult): ArticleReport {
  return {
    path: planned.item.file,
    ...result,
    personsResolved: result.outcome === 'unchanged' ? 0 : planned.resolution.renamed.size,
  };
}

/** One article in its own transaction, resolved against the graph as it is now. */
async function ingestOne(context: IngestContext, item: Prepared): Promise<ArticleReport> {
  try {
    const planned = plan(context, item, await findPersonCandidates(context.db, searchTermsOf(item)));
    return reportOf(planned, await writeArticleBatch(context.db, planned.rows));
  } catch (error) {
    return unexpectedFailure(item.file, error);
  }
}

/** Each article in its own transaction, resolved again against the graph as it is then. */
async function ingestEach(context: IngestContext, items: readonly Prepared[]): Promise<ArticleReport[]> {
  const reports: ArticleReport[] = [];
  for (const item of items) reports.push(await ingestOne(context, item));
  return reports;
}

/**
 * Writes planned new articles in one transaction. When that fails (a broken article, a constraint), each half is
 * tried on its own, down to the one article that fails, which is then ingested on its own: it loses nothing of the
 * others and gets its own error. Returns the reports of the articles written as planned, in order, then of that
 * one; `asPlanned` is false when it stopped there, as the plans of the articles after it assumed it written. When
 * another ingest wrote some of them meanwhile, all are ingested one by one instead.
 */
async function writePlanned(
  context: IngestContext,
  planned: readonly Planned[],
): Promise<{ reports: ArticleReport[]; asPlanned: boolean }> {
  if (planned.length === 0) return { reports: [], asPlanned: true };
  try {
    const results = await writeNewArticles(
      context.db,
      planned.map((entry) => entry.rows),
    );
    return { reports: planned.map((entry, index) => reportOf(entry, results[index] as WriteResult)), asPlanned: true };
  } catch (error) {
    throwIfUnavailable(error);
    if (planned.length === 1 || error instanceof ArticleBatchConflictError) {
      return {
        reports: await ingestEach(
          context,
          planned.map((entry) => entry.item),
        ),
        asPlanned: false,
      };
    }
  }
  const middle = Math.ceil(planned.length / 2);
  const first = await writePlanned(context, planned.slice(0, middle));
  if (!first.asPlanned) return first;
  const second = await writePlanned(context, planned.slice(middle));
  return { reports: [...first.reports, ...second.reports], asPlanned: second.asPlanned };
}

function writtenEntities(rows: GraphBatch): WrittenEntity[] {
  return rows.entities.map((row) => ({
    ...row,
    acronym: typeof row.props.acronym === 'string' ? row.props.acronym : null,
  }));
}

/**
 * Ingests a prefix of `items` (new articles, distinct ids; at least the first): one term-by-term candidate search
 * for all of them, then each resolved in order against the graph and the articles before it, and one transaction.
 * An article that cannot be resolved ends the prefix, so that the articles after it are searched again.
 */
async function ingestNewPrefix(context: IngestContext, items: readonly Prepared[]): Promise<ArticleReport[]> {
  const terms = items.map(searchTermsOf);
  const unique = [...new Map(terms.flat().map((term) => [termKey(term), term])).values()];
  let candidates: BatchCandidates;
  let fromGraph: Map<number, KnownPerson[]>;
  try {
    const found = await findTermHits(context.db, unique);
    const hits = new Map(unique.map((term, index) => [termKey(term), found.terms[index] as TermHits]));
    candidates = createBatchCandidates({
      hits,
      persons: found.persons,
      limit: PERSON_SEARCH_LIMIT,
      personLabel: EntityLabel.Person,
    });
    // An article with a term too common to list all its hits is searched as a whole, as one by one.
    const searched = terms.flatMap((list, index) =>
      list.some((term) => hits.get(termKey(term))?.complete === false) ? [index] : [],
    );
    const results = await findPersonCandidatesForEach(
      context.db,
      searched.map((index) => terms[index] ?? []),
    );
    fromGraph = new Map(searched.map((index, n) => [index, results[n] ?? []]));
  } catch (error) {
    throwIfUnavailable(error);
    return [await ingestOne(context, items[0] as Prepared)];
  }
  const pending: Planned[] = [];
  for (const [index, item] of items.entries()) {
    let planned: Planned;
    try {
      const own = fromGraph.get(index);
      const known = own
        ? candidates.candidatesWith(terms[index] ?? [], own)
        : candidates.candidatesFor(terms[index] ?? []);
      if (!known) throw new Error('expected every article with a term too common to be searched as a whole');
      planned = plan(context, item, known);
    } catch {
      // Write what is planned; this article then goes on its own, and the ones after it are searched again.
      return pending.length > 0 ? (await writePlanned(context, pending)).reports : [await ingestOne(context, item)];
    }
    candidates.record(writtenEntities(planned.rows));
    pending.push(planned);
  }
  return (await writePlanned(context, pending)).reports;
}

/** New articles (distinct ids), in as few searches and transactions as their contents allow. */
async function ingestNew(context: IngestContext, items: readonly Prepared[]): Promise<ArticleReport[]> {
  const reports: ArticleReport[] = [];
  while (reports.length < items.length) reports.push(...(await ingestNewPrefix(context, items.slice(reports.length))));
  return reports;
}

/** The prepared articles of a chunk, in order, cut where an article id comes again (it must see the first one written). */
function runsOf(items: readonly Prepared[]): Prepared[][] {
  const runs: Prepared[][] = [[]];
  let ids = new Set<string>();
  for (const item of items) {
    if (ids.has(item.id)) {
      runs.push([]);
      ids = new Set();
    }
    ids.add(item.id);
    runs[runs.length - 1]?.push(item);
  }
  return runs.filter((run) => run.length > 0);
}

/** The stored state of each article of a run, or undefined when it could not be read. */
async function statesOf(
  db: Database,
  run: readonly Prepared[],
): Promise<Awaited<ReturnType<typeof findArticleStates>> | undefined> {
  try {
    return await findArticleStates(
      db,
      run.map((item) => item.id),
    );
  } catch (error) {
    throwIfUnavailable(error);
    return undefined;
  }
}

/** Ingests a chunk of read files (at most `batchSize`); returns one report per item, in order. */
async function ingestChunk(
  context: IngestContext,
  items: readonly (Prepared | ArticleReport)[],
): Promise<ArticleReport[]> {
  const { db, batchSize } = context;
  const reports = new Map<Prepared, ArticleReport>();
  for (const run of runsOf(items.filter(isPrepared))) {
    const states = batchSize > 1 ? await statesOf(db, run) : undefined;
    if (!states) {
      // One transaction per article, which checks the article's state itself.
      const written = await ingestEach(context, run);
      for (const [index, item] of run.entries()) reports.set(item, written[index] as ArticleReport);
      continue;
    }
    let pending: Prepared[] = [];
    const flush = async (): Promise<void> => {
      if (pending.length === 0) return;
      const written = await ingestNew(context, pending);
      for (const [index, item] of pending.entries()) reports.set(item, written[index] as ArticleReport);
      pending = [];
    };
    for (const item of run) {
      const state = states.get(item.id);
      if (!state) {
        pending.push(item);
        continue;
      }
      // An article already ingested is written after the new ones before it and before those after it.
      await flush();
      const unchanged = isUnchanged(state, {
        contentHash: item.extraction.article.contentHash,
        extractorVersion: item.extraction.extractorVersion,
      });
      reports.set(
        item,
        unchanged ? { path: item.file, ...UNCHANGED, personsResolved: 0 } : await ingestOne(context, item),
      );
    }
    await flush();
  }
  return items.map((item) =>
    isPrepared(item)
      ? (reports.get(item) ?? failure(item.file, 'INGEST_FAILED', `Article file ${item.file} was not ingested.`))
      : item,
  );
}

/** Ingests one article file in its own transaction. Throws only when the database is unavailable. */
export async function ingestFile(db: Database, file: string, overrides: ArticleOverrides = {}): Promise<ArticleReport> {
  const item = await prepare(file, overrides);
  return isPrepared(item) ? ingestOne({ db, batchSize: 1, sameName: createSameName() }, item) : item;
}

/** Ingests every article of `paths`, new ones in batches, and sums up what happened. */
export async function ingestPaths(options: IngestOptions): Promise<IngestSummary> {
  const batchSize = Math.max(1, Math.floor(options.batchSize ?? DEFAULT_BATCH_SIZE));
  // The parts of names are remembered for one ingest: the same officials come again in article after article.
  const context: IngestContext = { db: options.db, batchSize, sameName: createSameName() };
  const { files, missing } = await collectArticleFiles(options.paths);
  const reports: ArticleReport[] = missing.map((file) =>
    failure(file, 'ARTICLE_UNREADABLE', `No file or folder named ${file}.`),
  );
  const total = files.length;
  const prepareChunk = (chunk: readonly string[]): Promise<(Prepared | ArticleReport)[]> =>
    Promise.all(chunk.map((file) => prepare(file, options)));
  let size = 1;
  let next = prepareChunk(files.slice(0, size));
  for (let start = 0; start < total; ) {
    const items = await next;
    const after = start + items.length;
    size = Math.min(size * 4, batchSize);
    // The next files are read and extracted while this chunk is written.
    next = prepareChunk(files.slice(after, after + size));
    for (const report of await ingestChunk(context, items)) {
      options.onArticle?.(report, reports.length - missing.length, total);
      reports.push(report);
    }
    start = after;
  }
  return summarise(reports);
}

export function summarise(reports: readonly ArticleReport[]): IngestSummary {
  const count = (outcome: ArticleReport['outcome']): number =>
    reports.filter((report) => report.outcome === outcome).length;
  const sum = (pick: (report: ArticleReport) => number): number =>
    reports.reduce((total, report) => total + pick(report), 0);
  return {
    articles: {
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      failed: count('failed'),
    },
    entities: { created: sum((report) => report.entitiesCreated), merged: sum((report) => report.personsResolved) },
    facts: { created: sum((report) => report.factsCreated), removed: sum((report) => report.factsRemoved) },
    reports,
  };
}
