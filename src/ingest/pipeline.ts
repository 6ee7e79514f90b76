/**
 * The ingest pipeline for a set of files: read → extract → plan (the analysts' decisions, then persons resolved
 * against the graph) → write (./load/write-strategy.ts). New articles go in batches, one candidate search and one
 * transaction each, giving the graph that writing them one by one in order would give; an article already in the
 * graph, and every article of a batch that fails, is written in a transaction of its own. A file that fails is
 * reported and skipped; the others are still ingested. Only an unavailable database stops the ingest: the graph
 * layer's DatabaseUnavailableError is thrown, never reported per article.
 */
import path from 'node:path';
import { assertNever } from '../assert-never.js';
import { type Decisions, findDecisions, findTwinFacts } from '../graph/corrections/index.js';
import type { Database } from '../graph/database.js';
import { DatabaseError, type DatabaseErrorKind, DatabaseUnavailableError } from '../graph/database-error.js';
import { articleIdOf } from '../graph/ids.js';
import {
  findArticleStates,
  type GraphBatch,
  UNCHANGED,
  type WriteOutcome,
  type WriteResult,
} from '../graph/ingest-repository.js';
import { EntityLabel } from '../graph/model.js';
import {
  findPersonCandidates,
  findPersonCandidatesForEach,
  findPersonsByIds,
  findTermHits,
  PERSON_SEARCH_LIMIT,
  type PersonSearchTerm,
  type TermHits,
} from '../graph/person-search.js';
import type { ArticleState } from '../graph/writers/index.js';
import { type Extraction, extractArticle } from './extract/index.js';
import {
  factsToMatch,
  followSplits,
  idsOf,
  liveCandidates,
  redirectMerged,
  respectSplits,
  withTwinIds,
} from './load/apply-decisions.js';
import { toGraphBatch } from './load/to-graph.js';
import { wayOf, writeAlone, writeTogether } from './load/write-strategy.js';
import { type ArticleOverrides, collectArticleFiles, ReadError, readArticle, withOverrides } from './read/index.js';
import {
  type BatchCandidates,
  createBatchCandidates,
  graphCandidateIds,
  type WrittenEntity,
} from './resolve/batch-candidates.js';
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
  /** The text the extraction read (header removed), kept on the article for the article reader. */
  readonly body: string;
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

/** The code of a failed report for each kind of database failure (the API's codes too); UNAVAILABLE is thrown. */
const REPORT_CODES: Readonly<Record<DatabaseErrorKind, string>> = {
  UNAVAILABLE: 'DATABASE_UNAVAILABLE',
  TIMEOUT: 'QUERY_TIMEOUT',
  CONFLICT: 'CONFLICT',
  INVALID_ARGUMENT: 'BAD_USER_INPUT',
};

/**
 * The failed report of an article for any error but an unavailable database (which is thrown on): a database failure
 * of a known kind (a constraint broken: CONFLICT) with its code and our sentence, anything else as INGEST_FAILED.
 */
function failureOf(file: string, error: unknown): ArticleReport {
  if (error instanceof DatabaseUnavailableError) throw error;
  const prefix = `Article file ${file} could not be ingested`;
  if (error instanceof DatabaseError) {
    return failure(file, REPORT_CODES[error.kind], `${prefix}: ${error.message}`);
  }
  return failure(file, 'INGEST_FAILED', `${prefix}: ${error instanceof Error ? error.message : String(error)}`);
}

/** Reads and extracts one file; a file that cannot be read becomes its failed report. */
async function prepare(file: string, overrides: ArticleOverrides): Promise<Prepared | ArticleReport> {
  try {
    const article = withOverrides(await readArticle(file), overrides);
    const extraction = extractArticle(article);
    const key = extraction.article.url ?? path.basename(file);
    const label = `${path.basename(file)}${extraction.article.publishedAt ? ` (${extraction.article.publishedAt})` : ''}`;
    return { file, extraction, body: article.text, key, id: articleIdOf(key), label };
  } catch (error) {
    if (error instanceof ReadError) return failure(file, error.code, error.message);
    return failureOf(file, error);
  }
}

/** The report of an article that no step answered for: a bug, said as such rather than lost. */
function notIngested(item: Prepared): ArticleReport {
  return failure(item.file, 'INGEST_FAILED', `Article file ${item.file} was not ingested.`);
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

/**
 * Plans one article (pure): merged ids written as the entities they were merged into, persons resolved against
 * `known` without undoing a split, what a split moved off an entity written where it went, and the rows that follow.
 * Throws only on a bug or a broken extraction.
 */
function plan(context: IngestContext, item: Prepared, known: readonly KnownPerson[], decisions: Decisions): Planned {
  const extraction = redirectMerged(item.extraction, decisions);
  const resolution = respectSplits(
    resolvePersons(extraction, liveCandidates(known, decisions), {
      articleLabel: item.label,
      sameName: context.sameName,
    }),
    decisions,
  );
  const resolved = followSplits(applyResolution(extraction, resolution), decisions, item.id);
  const notes = new Map([...resolution.notes].filter(([id]) => !resolved.replaced.has(id)));
  const rows = toGraphBatch(resolved.extraction, { articleKey: item.key, path: item.file, body: item.body, notes });
  return { item, rows, resolution };
}

/** A plan, or the failed report of an article that cannot be planned. */
function planOrFail(
  context: IngestContext,
  item: Prepared,
  known: readonly KnownPerson[],
  decisions: Decisions,
): Planned | ArticleReport {
  try {
    return plan(context, item, known, decisions);
  } catch (error) {
    return failureOf(item.file, error);
  }
}

/** The plans with every fact that a correction moved onto an entity written under the id it has there. */
async function withTwins(db: Database, planned: readonly Planned[], decisions: Decisions): Promise<Planned[]> {
  const facts = planned.flatMap((entry) => factsToMatch(entry.rows, decisions));
  if (facts.length === 0) return [...planned];
  const twins = await findTwinFacts(db, facts);
  return planned.map((entry) => ({ ...entry, rows: withTwinIds(entry.rows, twins) }));
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
    const known = await findPersonCandidates(context.db, searchTermsOf(item));
    const decisions = await findDecisions(context.db, [...idsOf(item.extraction), ...known.map((p) => p.id)]);
    const planned = planOrFail(context, item, known, decisions);
    if (!isPlanned(planned)) return planned;
    const [ready] = await withTwins(context.db, [planned], decisions);
    const written = await writeAlone(context.db, (ready ?? planned).rows);
    return written.kind === 'written' ? reportOf(planned, written.result) : failureOf(item.file, written.error);
  } catch (error) {
    return failureOf(item.file, error);
  }
}

function isPlanned(entry: Planned | ArticleReport): entry is Planned {
  return 'rows' in entry;
}

/** Each article in its own transaction, resolved again against the graph as it is then. */
async function ingestEach(context: IngestContext, items: readonly Prepared[]): Promise<ArticleReport[]> {
  const reports: ArticleReport[] = [];
  for (const item of items) reports.push(await ingestOne(context, item));
  return reports;
}

/**
 * Writes planned new articles together. Returns the reports of a prefix of `planned`, in order: those written as
 * planned, then, when one broke the batch, that one written alone (the plans after it assumed it written, so they
 * are made again by the caller); when another ingest wrote some of them meanwhile, all the others alone.
 */
async function writePlanned(context: IngestContext, planned: readonly Planned[]): Promise<ArticleReport[]> {
  const outcome = await writeTogether(
    context.db,
    planned.map((entry) => entry.rows),
  );
  const reports = outcome.results.map((result, index) => reportOf(planned[index] as Planned, result));
  const rest = planned.slice(reports.length).map((entry) => entry.item);
  switch (outcome.kind) {
    case 'written':
      return reports;
    case 'broken':
      return [...reports, ...(await ingestEach(context, rest.slice(0, 1)))];
    case 'taken':
      return [...reports, ...(await ingestEach(context, rest))];
    default:
      return assertNever(outcome);
  }
}

function writtenEntities(rows: GraphBatch): WrittenEntity[] {
  return rows.entities.map((row) => ({
    ...row,
    acronym: typeof row.props.acronym === 'string' ? row.props.acronym : null,
  }));
}

/**
 * What the graph holds for the articles of a batch: the hits of their terms, their candidates and the decisions about
 * every id they name or found (merged persons among the candidates are left out when each article is planned).
 */
interface BatchSearch {
  readonly terms: readonly PersonSearchTerm[][];
  readonly candidates: BatchCandidates;
  /** The graph's candidates of the articles searched as a whole (a term too common to list all its hits), by index. */
  readonly fromGraph: ReadonlyMap<number, KnownPerson[]>;
  readonly decisions: Decisions;
}

/**
 * One term-by-term candidate search for all of `items` (ids and scores), the persons among each article's best hits,
 * then a whole search for those with a term too common to list all its hits, then the decisions about every id they
 * name or found: four round trips at most.
 */
async function searchBatch(context: IngestContext, items: readonly Prepared[]): Promise<BatchSearch> {
  const terms = items.map(searchTermsOf);
  const unique = [...new Map(terms.flat().map((term) => [termKey(term), term])).values()];
  const found = await findTermHits(context.db, unique);
  const hits = new Map(unique.map((term, index) => [termKey(term), found[index] as TermHits]));
  // Only the best-scored hits of each article can be its candidates: those persons are read, not every hit.
  const persons = await findPersonsByIds(context.db, [
    ...new Set(terms.flatMap((list) => graphCandidateIds(hits, list, PERSON_SEARCH_LIMIT))),
  ]);
  const searched = terms.flatMap((list, index) =>
    list.some((term) => hits.get(termKey(term))?.complete === false) ? [index] : [],
  );
  const results = await findPersonCandidatesForEach(
    context.db,
    searched.map((index) => terms[index] ?? []),
  );
  const ids = [
    ...items.flatMap((item) => idsOf(item.extraction)),
    ...persons.map((person) => person.id),
    ...results.flat().map((person) => person.id),
  ];
  const decisions = await findDecisions(context.db, ids);
  const candidates = createBatchCandidates({
    hits,
    persons,
    limit: PERSON_SEARCH_LIMIT,
    personLabel: EntityLabel.Person,
  });
  const fromGraph = new Map(searched.map((index, n) => [index, results[n] ?? []]));
  return { terms, candidates, fromGraph, decisions };
}

/**
 * Ingests a prefix of `items` (new articles, distinct ids; at least the first): searched together (`searchBatch`),
 * each resolved in order against the graph and the articles before it, and written together. Returns one report
 * per article of the prefix; the caller ingests the rest.
 */
async function ingestNewPrefix(context: IngestContext, items: readonly Prepared[]): Promise<ArticleReport[]> {
  let search: BatchSearch;
  try {
    search = await searchBatch(context, items);
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
    // The batch's search failed (a timeout, say): the first article goes alone, with a search of its own whose
    // failure, if it fails too, is its report; the others are searched again as the next prefix.
    return [await ingestOne(context, items[0] as Prepared)];
  }
  const { terms, candidates, fromGraph, decisions } = search;
  const reports = new Map<number, ArticleReport>();
  const pending: { index: number; planned: Planned }[] = [];
  for (const [index, item] of items.entries()) {
    const own = terms[index] ?? [];
    // An article searched as a whole has no complete term-by-term hits: its own search is used.
    const known = candidates.candidatesFor(own) ?? candidates.candidatesWith(own, fromGraph.get(index) ?? []);
    const planned = planOrFail(context, item, known, decisions);
    if (!isPlanned(planned)) {
      // It writes nothing, so the articles after it are planned as if it were not there, as one by one.
      reports.set(index, planned);
      continue;
    }
    candidates.record(writtenEntities(planned.rows), planned.rows.facts);
    pending.push({ index, planned });
  }
  const ready = await withTwins(
    context.db,
    pending.map((entry) => entry.planned),
    decisions,
  );
  const written = await writePlanned(context, ready);
  for (const [n, report] of written.entries()) reports.set(pending[n]?.index ?? -1, report);
  // The prefix ends before the first planned article that was not written (its plan assumed the ones before it).
  const end = written.length < pending.length ? (pending[written.length]?.index ?? items.length) : items.length;
  return items.slice(0, end).map((item, index) => reports.get(index) ?? notIngested(item));
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

/**
 * The stored state of each article of a run, or null when batches are off or the states could not be read (a
 * timeout, say): then each article goes alone, and its own transaction checks its state.
 */
async function statesOf(context: IngestContext, run: readonly Prepared[]): Promise<Map<string, ArticleState> | null> {
  if (context.batchSize <= 1) return null;
  try {
    return await findArticleStates(
      context.db,
      run.map((item) => item.id),
    );
  } catch (error) {
    if (error instanceof DatabaseUnavailableError) throw error;
    return null;
  }
}

/** Ingests a chunk of read files (at most `batchSize`); returns one report per item, in order. */
async function ingestChunk(
  context: IngestContext,
  items: readonly (Prepared | ArticleReport)[],
): Promise<ArticleReport[]> {
  const reports = new Map<Prepared, ArticleReport>();
  const record = (written: readonly Prepared[], results: readonly ArticleReport[]): void => {
    for (const [index, item] of written.entries()) reports.set(item, results[index] as ArticleReport);
  };
  for (const run of runsOf(items.filter(isPrepared))) {
    const states = await statesOf(context, run);
    if (!states) {
      record(run, await ingestEach(context, run));
      continue;
    }
    // New articles are written together; one already ingested is written after the new ones before it and before
    // those after it.
    let together: Prepared[] = [];
    const flush = async (): Promise<void> => {
      record(together, await ingestNew(context, together));
      together = [];
    };
    for (const item of run) {
      const way = wayOf(states.get(item.id), {
        contentHash: item.extraction.article.contentHash,
        extractorVersion: item.extraction.extractorVersion,
      });
      if (way === 'together') {
        together.push(item);
        continue;
      }
      await flush();
      reports.set(
        item,
        way === 'skip' ? { path: item.file, ...UNCHANGED, personsResolved: 0 } : await ingestOne(context, item),
      );
    }
    await flush();
  }
  return items.map((item) => (isPrepared(item) ? (reports.get(item) ?? notIngested(item)) : item));
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
