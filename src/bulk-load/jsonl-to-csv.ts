/**
 * Turns a JSON Lines export (docs/export.md) into the importer's CSV files in one pass, checking each line as the
 * online import does (src/import/validate.ts); the values are those the writers would store (src/graph/writers).
 */
import { ENTITY_PROPERTIES } from '../export/schema.js';
import { ENTITY_LABELS, type EntityLabel, FACT_TYPES, type FactType } from '../graph/model.js';
import { type ImportProblem, type ImportRecord, ImportValidationError, LineError, parseLine } from '../import/index.js';
import { lineBatches } from '../import/lines.js';
import {
  ARRAY_DELIMITER,
  type Cell,
  type CsvTable,
  csvTables,
  EMPTY_LISTS_LABEL,
  EMPTY_LISTS_PROPERTY,
  NODE_NUMBER,
  openTable,
  type TableWriter,
} from './csv-tables.js';

/** Problems listed before the check stops looking, as in the online import. */
const MAX_PROBLEMS = 50;

export interface ConversionSummary {
  readonly entities: number;
  readonly articles: number;
  readonly statements: number;
  readonly evidence: number;
  /** The files written, each with whether it holds line breaks inside values. */
  readonly tables: readonly { table: CsvTable; rows: number; multiline: boolean }[];
}

type Row = Record<string, Cell>;
type Entity = Extract<ImportRecord, { kind: 'entity' }>;
type Article = Extract<ImportRecord, { kind: 'article' }>;
type Statement = Extract<ImportRecord, { kind: 'statement' }>;

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Without repeats, first occurrence kept: the writers' `reduce(… CASE WHEN x IN acc …)`. */
function unique(values: readonly string[], except?: string): string[] {
  const out: string[] = [];
  for (const value of values) if (value !== except && !out.includes(value)) out.push(value);
  return out;
}

/** A list the importer can hold: its elements are split on ARRAY_DELIMITER, and `[""]` would read as no list. */
function checkList(name: string, list: readonly string[]): void {
  if (list.some((item) => item.includes(ARRAY_DELIMITER)))
    throw new LineError(
      `properties.${name} holds the control character U+001F, which the bulk load uses between list elements; load this file with npm run import.`,
    );
  if (list.length === 1 && list[0] === '')
    throw new LineError(
      `properties.${name} is a list of one empty string, which the bulk load cannot write; load this file with npm run import.`,
    );
}

/**
 * An entity as `mergeEntities` creates it: aliases without repeats nor the name, notes without repeats, the
 * label's own properties as given, `searchText` as `searchTextOf` computes it, the file's timestamps (else `now`).
 */
export function entityRow(record: Entity, now: string): Row {
  const props = record.properties;
  const name = props.name as string;
  const row: Row = {};
  const empty: string[] = [];
  for (const [key, type] of Object.entries(ENTITY_PROPERTIES[record.schema])) {
    const value = props[key] ?? null;
    if (type !== 'string[]' || value === null) row[key] = value;
    else {
      const list = key === 'aliases' ? unique(strings(value), name) : unique(strings(value));
      checkList(key, list);
      row[key] = list;
      if (list.length === 0) empty.push(key);
    }
  }
  for (const key of ['aliases', 'resolutionNotes']) {
    if (row[key] === null) {
      row[key] = [];
      empty.push(key);
    }
  }
  row.id = record.id;
  row.name = name;
  row.createdAt ??= now;
  row.updatedAt ??= now;
  const acronym = text(props.acronym);
  row.searchText = `${[name, ...(row.aliases as string[])].join(' | ')}${acronym === null ? '' : ` | ${acronym}`}`;
  if (empty.length > 0) {
    row[EMPTY_LISTS_PROPERTY] = empty;
    row[':LABEL'] = EMPTY_LISTS_LABEL;
  }
  return row;
}

/** An article as `mergeArticles` writes it: every property given, `ingestedAt` from the file (else `now`). */
export function articleRow(record: Article, now: string): Row {
  return { ...record.properties, id: record.id, ingestedAt: record.properties.ingestedAt ?? now };
}

/**
 * A fact as `mergeFacts` creates it between its two ends (given by their numbers in the files), with its `id` and
 * the file's `createdAt` (else `now`).
 */
export function factRow(record: Statement, now: string, ends: { start: number; end: number }): Row {
  return {
    ...record.properties,
    ':START_ID': ends.start,
    ':END_ID': ends.end,
    id: record.id,
    createdAt: record.properties.createdAt ?? now,
  };
}

/** The evidence of a statement as `mergeEvidence` stores it, quote and extractor version empty and confidence 0 if absent. */
export function evidenceRows(record: Statement): Row[] {
  return record.evidence.map(({ id, properties: p }) => ({
    id,
    factId: record.id,
    factType: record.schema,
    articleId: text(p.article),
    quote: text(p.quote) ?? '',
    sentence: text(p.sentence),
    start: typeof p.start === 'number' ? p.start : null,
    end: typeof p.end === 'number' ? p.end : null,
    extractorVersion: text(p.extractorVersion) ?? '',
    confidence: typeof p.confidence === 'number' ? p.confidence : 0,
    rule: text(p.rule),
    date: text(p.date),
    datePrecision: text(p.datePrecision),
    former: typeof p.former === 'boolean' ? p.former : null,
  }));
}

interface Reference {
  id: string;
  line: number;
  what: string;
}

/**
 * Reads `file` and writes the importer's CSV files into `dir` (which must exist). Every line is checked as by the
 * online import; a file with any problem throws ImportValidationError with the line numbers (the first 50), and its
 * CSV files must then be thrown away. Every reference must be in the file: a bulk load replaces the database whole.
 */
export async function convertJsonl(options: {
  file: string;
  dir: string;
  /** The instant that stands for a timestamp missing from the file (the online writers take the time of the write). */
  now?: string;
  onRecords?: (count: number) => void;
}): Promise<ConversionSummary> {
  const { file, dir, onRecords } = options;
  const now = options.now ?? new Date().toISOString();
  const tables = csvTables(dir);
  const entityWriters = new Map<EntityLabel, TableWriter>(
    ENTITY_LABELS.map((label) => [label, openTable(tables.entities[label])]),
  );
  const factWriters = new Map<FactType, TableWriter>(FACT_TYPES.map((type) => [type, openTable(tables.facts[type])]));
  const articles = openTable(tables.article);
  const evidence = openTable(tables.evidence);
  const fromArticle = openTable(tables.fromArticle);
  const writers = [...entityWriters.values(), articles, evidence, fromArticle, ...factWriters.values()];

  const problems: ImportProblem[] = [];
  // Every id gets its node's number where it is first seen, defined or referred to; `lineOf` says where the
  // number's node was defined (a hole while it is only referred to).
  const numbers = new Map<string, number>();
  const lineOf: number[] = [];
  const numberOf = (id: string): number => {
    let number = numbers.get(id);
    if (number === undefined) {
      number = numbers.size;
      numbers.set(id, number);
    }
    return number;
  };
  const definedAt = (id: string): number | undefined => {
    const number = numbers.get(id);
    return number === undefined ? undefined : lineOf[number];
  };
  const define = (id: string, line: number): number => {
    const number = numberOf(id);
    lineOf[number] = line;
    return number;
  };
  const pending: Reference[] = [];
  const counts = { entities: 0, articles: 0, statements: 0, evidence: 0 };
  const refer = (id: string, line: number, what: string): number => {
    if (definedAt(id) === undefined) pending.push({ id, line, what });
    return numberOf(id);
  };
  let sinceReport = 0;
  const convert = (line: number, textLine: string): void => {
    const record = parseLine(textLine);
    const first = definedAt(record.id);
    if (first !== undefined) throw new LineError(`The id "${record.id}" already appeared on line ${first}.`);
    if (record.kind === 'statement') {
      const own = new Set([record.id]);
      for (const ev of record.evidence) {
        const owner = definedAt(ev.id) ?? (own.has(ev.id) ? line : undefined);
        if (owner !== undefined) throw new LineError(`The evidence id "${ev.id}" already appeared on line ${owner}.`);
        own.add(ev.id);
      }
    }
    // Rows of a line that has a problem are never written; after the first problem, none are.
    const write = problems.length === 0;
    // A statement's id takes a number too, which no row uses (a relationship is no node): it marks where it appeared.
    const number = define(record.id, line);
    if (record.kind === 'entity') {
      const row = entityRow(record, now);
      row[NODE_NUMBER] = number;
      counts.entities += 1;
      if (write) entityWriters.get(record.schema)!.write(row);
    } else if (record.kind === 'article') {
      counts.articles += 1;
      if (write) articles.write({ ...articleRow(record, now), [NODE_NUMBER]: number });
    } else {
      counts.statements += 1;
      counts.evidence += record.evidence.length;
      const what = `The ${record.schema} statement "${record.id}"`;
      const ends = { start: refer(record.source, line, what), end: refer(record.target, line, what) };
      const rows = evidenceRows(record);
      const articleNumbers: (number | null)[] = [];
      for (const row of rows) {
        row[NODE_NUMBER] = define(row.id as string, line);
        articleNumbers.push(
          typeof row.articleId === 'string' ? refer(row.articleId, line, `Its evidence "${row.id}"`) : null,
        );
      }
      if (write) {
        factWriters.get(record.schema)!.write(factRow(record, now, ends));
        rows.forEach((row, index) => {
          evidence.write(row);
          const article = articleNumbers[index] ?? null;
          if (article !== null) fromArticle.write({ ':START_ID': row[NODE_NUMBER] as number, ':END_ID': article });
        });
      }
    }
  };
  try {
    batches: for await (const batch of lineBatches(file)) {
      for (const { line, text } of batch) {
        if (problems.length >= MAX_PROBLEMS) break batches;
        try {
          convert(line, text);
        } catch (error) {
          if (!(error instanceof LineError)) throw error;
          problems.push({ line, message: error.message });
        }
        sinceReport += 1;
        if (sinceReport >= 10_000) {
          onRecords?.(sinceReport);
          sinceReport = 0;
        }
      }
      for (const writer of writers) await writer.drain();
    }
  } finally {
    await Promise.all(writers.map((writer) => writer.close()));
  }
  onRecords?.(sinceReport);
  for (const ref of pending) {
    if (problems.length >= MAX_PROBLEMS) break;
    if (definedAt(ref.id) === undefined)
      problems.push({
        line: ref.line,
        message: `${ref.what} refers to "${ref.id}", which is not in the file (a bulk load replaces the whole database, so everything it refers to must be in the file).`,
      });
  }
  if (problems.length > 0)
    throw new ImportValidationError(file, problems.sort((a, b) => a.line - b.line).slice(0, MAX_PROBLEMS));
  return {
    ...counts,
    tables: writers.map((writer) => ({ table: writer.table, rows: writer.rows, multiline: writer.multiline })),
  };
}
