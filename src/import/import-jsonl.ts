/**
 * Import of a JSON Lines export. The whole file is validated first (every line against the schema, every reference
 * to an entity or article found in the file or in the graph); a file with any problem loads nothing. Then it is
 * read again and written in batches of `UNWIND … MERGE` transactions, entities and articles before statements,
 * so memory holds the set of ids and one batch, never the file. The analysts' decisions hold (./decisions.ts): what
 * the file says of an entity merged since is written on the entity it was merged into.
 */
import neo4j from 'neo4j-driver';
import {
  ARTICLE_PROPERTIES,
  ENTITY_PROPERTIES,
  EVIDENCE_PROPERTIES,
  FACT_PROPERTIES,
  type PropertyTable,
} from '../export/schema.js';
import type { Database } from '../graph/database.js';
import {
  type ArticleImportRow,
  type EntityImportRow,
  existingIds,
  type FactImportRow,
  importArticles,
  importEntities,
  importFacts,
  type TypedProps,
} from '../graph/export-repository.js';
import { ENTITY_LABELS, type EntityLabel, FACT_TYPES, type FactType } from '../graph/model.js';
import { mergedIntoEntities, redirectEntityRows, redirectFactRows } from './decisions.js';
import { lineBatches, type NumberedLine } from './lines.js';
import { type ImportProperties, type ImportRecord, LineError, parseLine } from './validate.js';

export const DEFAULT_IMPORT_BATCH_SIZE = 1_000;
/** Problems listed before validation stops looking: enough to fix a file, not a wall of text. */
const MAX_PROBLEMS = 50;

export interface ImportProblem {
  readonly line: number;
  readonly message: string;
}

/** The file failed validation; nothing was written. */
export class ImportValidationError extends Error {
  override readonly name = 'ImportValidationError';
  constructor(
    readonly file: string,
    readonly problems: readonly ImportProblem[],
  ) {
    const listed = problems.map((problem) => `line ${problem.line}: ${problem.message}`).join('\n  ');
    super(`${file} failed validation, so nothing was loaded:\n  ${listed}`);
  }
}

export interface ImportSummary {
  readonly entities: number;
  readonly articles: number;
  readonly statements: number;
  readonly evidence: number;
}

async function* lines(file: string): AsyncGenerator<NumberedLine> {
  for await (const batch of lineBatches(file)) yield* batch;
}

interface Reference {
  id: string;
  line: number;
  what: string;
}

/** References not met in the file, checked against the graph in batches; those found nowhere become problems. */
async function unresolved(db: Database, pending: readonly Reference[], articles: boolean): Promise<ImportProblem[]> {
  const problems: ImportProblem[] = [];
  for (let start = 0; start < pending.length; start += DEFAULT_IMPORT_BATCH_SIZE) {
    const slice = pending.slice(start, start + DEFAULT_IMPORT_BATCH_SIZE);
    const ids = [...new Set(slice.map((ref) => ref.id))];
    const found = await existingIds(db, { ids, articles });
    // An entity merged into another is found as that one (src/graph/corrections/decisions.ts).
    if (!articles)
      for (const id of await mergedIntoEntities(
        db,
        ids.filter((id) => !found.has(id)),
      ))
        found.add(id);
    for (const ref of slice) {
      if (!found.has(ref.id)) {
        problems.push({
          line: ref.line,
          message: `${ref.what} refers to "${ref.id}", which is neither in the file nor in the graph.`,
        });
      }
    }
  }
  return problems;
}

/**
 * Validates `file` without writing anything; throws ImportValidationError listing the problems (at most 50) with
 * their line numbers. Returns how many records of each kind the file holds.
 */
export async function validateJsonl(options: { db: Database; file: string }): Promise<ImportSummary> {
  const { db, file } = options;
  const problems: ImportProblem[] = [];
  const seen = new Map<string, number>();
  const entityRefs: Reference[] = [];
  const articleRefs: Reference[] = [];
  const counts = { entities: 0, articles: 0, statements: 0, evidence: 0 };
  for await (const { line, text } of lines(file)) {
    if (problems.length >= MAX_PROBLEMS) break;
    let record: ImportRecord;
    try {
      record = parseLine(text);
    } catch (error) {
      if (!(error instanceof LineError)) throw error;
      problems.push({ line, message: error.message });
      continue;
    }
    const first = seen.get(record.id);
    if (first !== undefined) {
      problems.push({ line, message: `The id "${record.id}" already appeared on line ${first}.` });
      continue;
    }
    seen.set(record.id, line);
    if (record.kind === 'entity') counts.entities += 1;
    else if (record.kind === 'article') counts.articles += 1;
    else {
      counts.statements += 1;
      counts.evidence += record.evidence.length;
      const what = `The ${record.schema} statement "${record.id}"`;
      entityRefs.push({ id: record.source, line, what }, { id: record.target, line, what });
      for (const ev of record.evidence) {
        if (typeof ev.properties.article === 'string')
          articleRefs.push({ id: ev.properties.article, line, what: `Its evidence "${ev.id}"` });
        const owner = seen.get(ev.id);
        if (owner !== undefined)
          problems.push({ line, message: `The evidence id "${ev.id}" already appeared on line ${owner}.` });
        else seen.set(ev.id, line);
      }
    }
  }
  // References to records later in the file are fine: only those missing from the whole file go to the graph.
  const missingEntities = entityRefs.filter((ref) => !seen.has(ref.id));
  const missingArticles = articleRefs.filter((ref) => !seen.has(ref.id));
  problems.push(...(await unresolved(db, missingEntities, false)), ...(await unresolved(db, missingArticles, true)));
  if (problems.length > 0) {
    throw new ImportValidationError(file, problems.sort((a, b) => a.line - b.line).slice(0, MAX_PROBLEMS));
  }
  return counts;
}

/** Splits properties by how Cypher converts them; integers become driver Integers (a JS number is a float). */
function typed(table: PropertyTable, properties: ImportProperties): TypedProps {
  const out: TypedProps = { plain: {}, dates: {}, datetimes: {} };
  for (const [name, value] of Object.entries(properties)) {
    const type = table[name];
    if (value === null) out.plain[name] = null;
    else if (type === 'date') out.dates[name] = value as string;
    else if (type === 'datetime') out.datetimes[name] = value as string;
    else if (type === 'integer') out.plain[name] = neo4j.int(value as number);
    else out.plain[name] = value;
  }
  return out;
}

function factRow(record: Extract<ImportRecord, { kind: 'statement' }>): FactImportRow {
  return {
    id: record.id,
    source: record.source,
    target: record.target,
    ...typed(FACT_PROPERTIES[record.schema], record.properties),
    evidence: record.evidence.map((ev) => {
      const { article, ...rest } = ev.properties;
      return {
        id: ev.id,
        articleId: typeof article === 'string' ? article : null,
        ...typed(EVIDENCE_PROPERTIES, rest),
      };
    }),
  };
}

/**
 * Validates then loads `file` into `db`. Idempotent: loading the same file again changes nothing. A database
 * failure midway leaves the batches already written; loading the file again completes it.
 */
export async function importJsonl(options: {
  db: Database;
  file: string;
  batchSize?: number;
  /** Called once the file passed validation, before anything is written. */
  onValidated?: (summary: ImportSummary) => void;
  /** Called after each batch written, with its number of records. */
  onRecords?: (count: number) => void;
}): Promise<ImportSummary> {
  const { db, file, onRecords } = options;
  const batchSize = options.batchSize ?? DEFAULT_IMPORT_BATCH_SIZE;
  const summary = await validateJsonl({ db, file });
  options.onValidated?.(summary);

  const entities = new Map<EntityLabel, EntityImportRow[]>(ENTITY_LABELS.map((label) => [label, []]));
  let articles: ArticleImportRow[] = [];
  const flushEntities = async (label: EntityLabel): Promise<void> => {
    const rows = entities.get(label)!;
    entities.set(label, []);
    await importEntities(db, label, await redirectEntityRows(db, rows));
    onRecords?.(rows.length);
  };
  const flushArticles = async (): Promise<void> => {
    const rows = articles;
    articles = [];
    await importArticles(db, rows);
    onRecords?.(rows.length);
  };
  for await (const { text } of lines(file)) {
    const record = parseLine(text);
    if (record.kind === 'entity') {
      const rows = entities.get(record.schema)!;
      rows.push({ id: record.id, ...typed(ENTITY_PROPERTIES[record.schema], record.properties) });
      if (rows.length >= batchSize) await flushEntities(record.schema);
    } else if (record.kind === 'article') {
      articles.push({ id: record.id, ...typed(ARTICLE_PROPERTIES, record.properties) });
      if (articles.length >= batchSize) await flushArticles();
    }
  }
  for (const label of ENTITY_LABELS) await flushEntities(label);
  await flushArticles();

  // Statements last: their ends and articles are all in the graph by now.
  const facts = new Map<FactType, FactImportRow[]>(FACT_TYPES.map((type) => [type, []]));
  const flushFacts = async (type: FactType): Promise<void> => {
    const rows = facts.get(type)!;
    facts.set(type, []);
    await importFacts(db, type, await redirectFactRows(db, type, rows));
    onRecords?.(rows.length);
  };
  for await (const { text } of lines(file)) {
    const record = parseLine(text);
    if (record.kind !== 'statement') continue;
    const rows = facts.get(record.schema)!;
    rows.push(factRow(record));
    if (rows.length >= batchSize) await flushFacts(record.schema);
  }
  for (const type of FACT_TYPES) await flushFacts(type);
  return summary;
}
