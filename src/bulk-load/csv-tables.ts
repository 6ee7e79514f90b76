/**
 * The CSV input of `neo4j-admin database import` for the graph: which files there are, their typed headers, and how
 * a value is written, so that each stored property comes out as the online writers (src/graph/writers) store it.
 */

import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import path from 'node:path';
import {
  ARTICLE_PROPERTIES,
  ENTITY_PROPERTIES,
  FACT_PROPERTIES,
  type PropertyTable,
  type PropertyType,
} from '../export/schema.js';
import {
  BULK_LOAD_EMPTY_LISTS,
  ENTITY_LABELS,
  type EntityLabel,
  FACT_TYPES,
  type FactType,
  Label,
  LinkType,
} from '../graph/model.js';

/** Between the elements of a list: a control character no text of ours holds (a value that does is refused). */
export const ARRAY_DELIMITER = '\u001f';

/**
 * The importer cannot store an empty list, which the writers store (`aliases: []`): such a node gets this label and
 * the names of its empty lists in EMPTY_LISTS_PROPERTY, and the first start sets them (./finish.ts).
 */
export const EMPTY_LISTS_LABEL = BULK_LOAD_EMPTY_LISTS.label;
export const EMPTY_LISTS_PROPERTY = BULK_LOAD_EMPTY_LISTS.property;

/** A value of a cell: null leaves the property out. */
export type Cell = string | number | boolean | string[] | null;

/** One column: the property it stores and its importer type (none: a string, or a node number, `:ID`, and its uses). */
export interface Column {
  readonly name: string;
  readonly header: string;
  readonly type: PropertyType | 'id' | 'start' | 'end' | 'label';
}

/** One input file of the importer: nodes with their labels, or relationships of one type. */
export interface CsvTable {
  readonly kind: 'nodes' | 'relationships';
  /** `Entity:Person` for nodes, the type for relationships. */
  readonly what: string;
  readonly file: string;
  readonly columns: readonly Column[];
}

const IMPORTER_TYPES: Readonly<Record<PropertyType, string>> = {
  string: '',
  'string[]': ':string[]',
  // The writers store numbers from JavaScript: offsets as 64-bit integers, confidences as 64-bit floats.
  integer: ':long',
  float: ':double',
  boolean: ':boolean',
  date: ':date',
  datetime: ':datetime',
};

function property(name: string, type: PropertyType): Column {
  return { name, header: `${name}${IMPORTER_TYPES[type]}`, type };
}

function properties(table: PropertyTable): Column[] {
  return Object.entries(table).map(([name, type]) => property(name, type));
}

/**
 * Nodes are numbered in the files (`--id-type=integer`: the importer maps numbers faster than strings, 37 s
 * against 46 s for 1M nodes), relationships name their ends by number, and the number is not stored; the `id`
 * the model reads is a property column of its own.
 */
export const NODE_NUMBER = ':ID';
const NUMBER: Column = { name: NODE_NUMBER, header: NODE_NUMBER, type: 'id' };
const ID = property('id', 'string');
const START: Column = { name: ':START_ID', header: ':START_ID', type: 'start' };
const END: Column = { name: ':END_ID', header: ':END_ID', type: 'end' };
const LABELS: Column = { name: ':LABEL', header: ':LABEL', type: 'label' };

/** Evidence as `mergeEvidence` stores it: the statement's id and type, offsets and confidence as numbers. */
const EVIDENCE_COLUMNS: readonly Column[] = [
  NUMBER,
  ID,
  property('factId', 'string'),
  property('factType', 'string'),
  property('articleId', 'string'),
  property('quote', 'string'),
  property('sentence', 'string'),
  property('start', 'integer'),
  property('end', 'integer'),
  property('extractorVersion', 'string'),
  property('confidence', 'float'),
  property('rule', 'string'),
  property('date', 'date'),
  property('datePrecision', 'string'),
  property('former', 'boolean'),
];

function byKey<K extends string>(keys: readonly K[], table: (key: K) => CsvTable): Record<K, CsvTable> {
  const out = {} as Record<K, CsvTable>;
  for (const key of keys) out[key] = table(key);
  return out;
}

/** Every table of a load into `dir`, in the order the importer is given them. */
export function csvTables(dir: string): {
  entities: Record<EntityLabel, CsvTable>;
  article: CsvTable;
  evidence: CsvTable;
  fromArticle: CsvTable;
  facts: Record<FactType, CsvTable>;
} {
  const file = (name: string): string => path.join(dir, `${name}.csv`);
  const entities = byKey(ENTITY_LABELS, (label) => ({
    kind: 'nodes',
    what: `${Label.Entity}:${label}`,
    file: file(label),
    columns: [
      NUMBER,
      ID,
      ...properties(ENTITY_PROPERTIES[label]).filter((column) => column.name !== 'id'),
      property('searchText', 'string'),
      property(EMPTY_LISTS_PROPERTY, 'string[]'),
      LABELS,
    ],
  }));
  const facts = byKey(FACT_TYPES, (type) => ({
    kind: 'relationships',
    what: type,
    file: file(type),
    columns: [START, END, property('id', 'string'), ...properties(FACT_PROPERTIES[type])],
  }));
  return {
    entities,
    article: {
      kind: 'nodes',
      what: Label.Article,
      file: file(Label.Article),
      columns: [NUMBER, ID, ...properties(ARTICLE_PROPERTIES)],
    },
    evidence: { kind: 'nodes', what: Label.Evidence, file: file(Label.Evidence), columns: EVIDENCE_COLUMNS },
    fromArticle: {
      kind: 'relationships',
      what: LinkType.FROM_ARTICLE,
      file: file(LinkType.FROM_ARTICLE),
      columns: [START, END],
    },
    facts,
  };
}

function quoted(text: string): string {
  return `"${text.includes('"') ? text.replaceAll('"', '""') : text}"`;
}

/**
 * A cell as the importer reads it. Strings are always quoted, so that `""` is an empty string and an empty cell no
 * property; numbers are written as JavaScript prints them, which Java reads back to the same double.
 */
export function csvCell(column: Column, value: Cell): string {
  if (value === null) return '';
  if (Array.isArray(value)) return value.length === 0 ? '' : quoted(value.join(ARRAY_DELIMITER));
  if (typeof value === 'string') return column.type === 'date' || column.type === 'datetime' ? value : quoted(value);
  return String(value);
}

/**
 * A buffered writer of one table: the header at once, then rows. Writing a row is a plain call; the caller awaits
 * `drain()` now and then (after each batch of lines) so that the disk keeps up.
 */
export interface TableWriter {
  readonly table: CsvTable;
  /** Rows written so far. */
  readonly rows: number;
  /** Whether a value held a line break: the importer must then read the file as multi-line. */
  readonly multiline: boolean;
  write(row: Readonly<Record<string, Cell>>): void;
  /** Resolves once the file takes more rows; throws the file's error, if any. */
  drain(): Promise<void>;
  close(): Promise<void>;
}

const FLUSH_AT = 1 << 20;

export function openTable(table: CsvTable): TableWriter {
  const out: WriteStream = createWriteStream(table.file, { encoding: 'utf8' });
  let failure: Error | null = null;
  out.on('error', (error) => {
    failure = error;
  });
  let chunk = `${table.columns.map((column) => column.header).join(',')}\n`;
  let rows = 0;
  let multiline = false;
  const flush = (): void => {
    if (failure) throw failure;
    if (chunk === '') return;
    out.write(chunk);
    chunk = '';
  };
  return {
    table,
    get rows() {
      return rows;
    },
    get multiline() {
      return multiline;
    },
    write(row) {
      let line = '';
      for (let index = 0; index < table.columns.length; index += 1) {
        const column = table.columns[index]!;
        const cell = csvCell(column, row[column.name] ?? null);
        if (!multiline && (cell.includes('\n') || cell.includes('\r'))) multiline = true;
        line += index === 0 ? cell : `,${cell}`;
      }
      chunk += `${line}\n`;
      rows += 1;
      if (chunk.length >= FLUSH_AT) flush();
    },
    async drain() {
      if (failure) throw failure;
      // Asked of the stream, not remembered: its 'drain' may have come while another table was awaited.
      if (out.writableNeedDrain) await once(out, 'drain');
    },
    async close() {
      flush();
      out.end();
      await once(out, 'finish');
      if (failure) throw failure;
    },
  };
}
