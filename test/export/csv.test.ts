import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type CsvTable, csvColumns, csvRow, csvTables, WHOLE_GRAPH } from '../../src/export/index.js';
import type { Database } from '../../src/graph/database.js';
import { ENTITY_LABELS, FACT_TYPES } from '../../src/graph/model.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';
import { buildSeedsGraph, exportCsvToStrings } from './helpers.js';

function rowsOf(text: string): string[][] {
  return parse(text, { relaxQuotes: false, relaxColumnCount: false }) as string[][];
}

describe('CSV quoting (RFC 4180)', () => {
  it('round-trips a quote holding commas, double quotes and line breaks through a CSV parser', () => {
    const quote = '"Kami siap," ujar Kepala BNPT, "bekerja sama"\nbaris kedua\r\nbaris "ketiga"';
    const text = csvRow(['evidence:1', quote, 42, true, ['BNPT', 'Badan, Nasional']]);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rowsOf(text)).toEqual([['evidence:1', quote, '42', 'true', 'BNPT | Badan, Nasional']]);
  });

  it('leaves a plain field unquoted and an empty value empty', () => {
    expect(csvRow(['person:x', 'Suhardi Alius', undefined, null])).toBe('person:x,Suhardi Alius,,\r\n');
  });

  it('defuses text a spreadsheet would run as a formula, and leaves negative numbers as numbers', () => {
    const hostile = ['=HYPERLINK("http://x.invalid","klik")', '+62 21 123', '-Kepala BNPT', '@SUM(A1)', '\tTab'];
    const [fields] = rowsOf(csvRow([...hostile, -3, 'Kepala = pimpinan']));
    expect(fields).toEqual([...hostile.map((text) => `'${text}`), '-3', 'Kepala = pimpinan']);
  });
});

describe('CSV export of the seeds graph', () => {
  let db: Database;
  let tables: Map<CsvTable, string>;
  beforeAll(async () => {
    db = openTestDatabase();
    await clearDatabase(db);
    await buildSeedsGraph(db);
    tables = await exportCsvToStrings(db);
  });
  afterAll(async () => {
    await clearDatabase(db);
    await db.close();
  });

  it('writes one table per node type and per relationship type', () => {
    expect([...tables.keys()]).toEqual(csvTables(WHOLE_GRAPH));
    expect([...tables.keys()]).toEqual([...ENTITY_LABELS, 'Article', ...FACT_TYPES, 'Evidence']);
  });

  it('starts each table with its header row, and every row has as many fields as the header', () => {
    for (const [table, text] of tables) {
      const rows = rowsOf(text);
      expect(rows[0]).toEqual(csvColumns(table));
      for (const row of rows.slice(1)) expect(row).toHaveLength(rows[0]!.length);
    }
  });

  it('has one row per entity of a type and per fact of a type, and every piece of evidence', async () => {
    const [row] = await db.read<{ persons: number; tenures: number; evidence: number }>(
      `RETURN COUNT { (:Person) } AS persons, COUNT { ()-[:HOLDS_POSITION]->() } AS tenures, COUNT { (:Evidence) } AS evidence`,
    );
    expect(rowsOf(tables.get('Person')!)).toHaveLength(row!.persons + 1);
    expect(rowsOf(tables.get('HOLDS_POSITION')!)).toHaveLength(row!.tenures + 1);
    expect(rowsOf(tables.get('Evidence')!)).toHaveLength(row!.evidence + 1);
  });

  it('keeps evidence sentences intact, commas and quotes included', async () => {
    const rows = rowsOf(tables.get('Evidence')!);
    const header = rows[0]!;
    const sentences = new Set(rows.slice(1).map((row) => row[header.indexOf('sentence')]));
    const stored = await db.read<{ sentence: string }>(`MATCH (e:Evidence) RETURN e.sentence AS sentence`);
    for (const { sentence } of stored) expect(sentences.has(sentence)).toBe(true);
    expect([...sentences].some((sentence) => sentence?.includes(','))).toBe(true);
  });
});
