/**
 * CSV export: one table per entity schema, `Article`, fact type and `Evidence`, each with a header row, quoted per
 * RFC 4180 (CRLF line ends; a field holding a comma, quote or line break is quoted, quotes doubled). Lists are
 * joined by " | ". Text that would start a spreadsheet formula is prefixed with an apostrophe.
 */
import type { Writable } from 'node:stream';
import type { EntityLabel, FactType } from '../graph/model.js';
import { LIST_SEPARATOR } from './graphml.js';
import type { GraphReader } from './reader.js';
import {
  ARTICLE_PROPERTIES,
  ARTICLE_SCHEMA,
  ENTITY_PROPERTIES,
  type EntityRecord,
  EVIDENCE_PROPERTIES,
  EVIDENCE_SCHEMA,
  type ExchangeValue,
  FACT_PROPERTIES,
  type StatementRecord,
} from './schema.js';
import type { ExportSelection } from './selection.js';
import { writeChunk } from './sink.js';

export type CsvTable = EntityLabel | FactType | typeof ARTICLE_SCHEMA | typeof EVIDENCE_SCHEMA;

/** The tables of a selection, in the order they are listed; the file of a table is `<table>.csv`. */
export function csvTables(selection: ExportSelection): CsvTable[] {
  const tables: CsvTable[] = [...selection.entityLabels];
  if (selection.sources) tables.push(ARTICLE_SCHEMA);
  tables.push(...selection.factTypes);
  if (selection.sources && selection.factTypes.length > 0) tables.push(EVIDENCE_SCHEMA);
  return tables;
}

/** The header of a table: ids and ends first, then the properties of the exchange schema. */
export function csvColumns(table: CsvTable): string[] {
  if (table === ARTICLE_SCHEMA) return ['id', ...Object.keys(ARTICLE_PROPERTIES)];
  if (table === EVIDENCE_SCHEMA) return ['id', 'factId', 'factType', ...Object.keys(EVIDENCE_PROPERTIES)];
  if (table in ENTITY_PROPERTIES) return ['id', ...Object.keys(ENTITY_PROPERTIES[table as EntityLabel])];
  return ['id', 'source', 'target', ...Object.keys(FACT_PROPERTIES[table as FactType]), 'evidenceCount'];
}

/** Text a spreadsheet would run as a formula (OWASP, "CSV injection"): it starts with = + - @, a tab or a CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One field per RFC 4180: quoted when it holds a comma, a double quote or a line break. Text that a spreadsheet
 * would read as a formula gets a leading apostrophe, so opening an export never runs what an article said; numbers
 * are written as they are.
 */
export function csvField(value: ExchangeValue | null | undefined): string {
  if (value === null || value === undefined) return '';
  const raw = Array.isArray(value) ? value.join(LIST_SEPARATOR) : String(value);
  const text = typeof value !== 'number' && FORMULA_START.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(fields: readonly (ExchangeValue | null | undefined)[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

function entityRow(record: EntityRecord, columns: readonly string[]): string {
  return csvRow(columns.map((column) => (column === 'id' ? record.id : record.properties[column])));
}

function statementRow(record: StatementRecord, columns: readonly string[]): string {
  return csvRow(
    columns.map((column) => {
      if (column === 'id' || column === 'source' || column === 'target') return record[column];
      if (column === 'evidenceCount') return record.evidence.length;
      return record.properties[column];
    }),
  );
}

function evidenceRows(record: StatementRecord, columns: readonly string[]): string {
  return record.evidence
    .map((ev) =>
      csvRow(
        columns.map((column) => (column === 'factId' ? record.id : column === 'factType' ? record.schema : ev[column])),
      ),
    )
    .join('');
}

/**
 * Writes every table of the selection for which `open` gives a stream (a table whose `open` answers null is
 * skipped, and not read when nothing needs it). Streams are left open for the caller to end.
 */
export async function writeCsv(options: {
  reader: GraphReader;
  open: (table: CsvTable) => Writable | null;
  onRecords?: (count: number) => void;
}): Promise<number> {
  const { reader, open, onRecords } = options;
  const outs = new Map<CsvTable, { out: Writable; columns: string[] }>();
  for (const table of csvTables(reader.selection)) {
    const out = open(table);
    if (out === null) continue;
    const columns = csvColumns(table);
    outs.set(table, { out, columns });
    await writeChunk(out, csvRow(columns));
  }
  let records = 0;
  const entityTables = reader.selection.entityLabels.filter((label) => outs.has(label));
  if (entityTables.length > 0) {
    for await (const page of reader.entities()) {
      for (const label of entityTables) {
        const { out, columns } = outs.get(label)!;
        await writeChunk(
          out,
          page
            .filter((record) => record.schema === label)
            .map((record) => entityRow(record, columns))
            .join(''),
        );
      }
      records += page.length;
      onRecords?.(page.length);
    }
  }
  const articles = outs.get(ARTICLE_SCHEMA);
  if (articles) {
    for await (const page of reader.articles()) {
      await writeChunk(articles.out, page.map((record) => entityRow(record, articles.columns)).join(''));
      records += page.length;
      onRecords?.(page.length);
    }
  }
  const evidence = outs.get(EVIDENCE_SCHEMA);
  const factTypes = evidence ? reader.selection.factTypes : reader.selection.factTypes.filter((type) => outs.has(type));
  for await (const page of reader.statements(factTypes)) {
    const table = page[0] ? outs.get(page[0].schema) : undefined;
    if (table) await writeChunk(table.out, page.map((record) => statementRow(record, table.columns)).join(''));
    if (evidence) await writeChunk(evidence.out, page.map((record) => evidenceRows(record, evidence.columns)).join(''));
    records += page.length;
    onRecords?.(page.length);
  }
  return records;
}
