/** The CSV rows of the bulk load, one rule of the online writers each (pure: no database). */
import { describe, expect, it } from 'vitest';
import { adminImportArguments, csvCell, csvTables, EMPTY_LISTS_LABEL } from '../../src/bulk-load/index.js';
import { entityRow, evidenceRows } from '../../src/bulk-load/jsonl-to-csv.js';
import { LineError, parseLine } from '../../src/import/index.js';

const NOW = '2026-01-02T03:04:05.678Z';

function entity(properties: Record<string, unknown>, schema = 'Organization', id = 'org:bnpt') {
  const record = parseLine(JSON.stringify({ id, schema, properties }));
  if (record.kind !== 'entity') throw new Error(`expected an entity line, but got a ${record.kind}`);
  return record;
}

describe('entity rows', () => {
  it('keeps aliases once each and without the name, and builds searchText from name, aliases and acronym', () => {
    const row = entityRow(entity({ name: 'BNPT', aliases: ['Badan', 'BNPT', 'Badan', 'Agency'], acronym: 'BN' }), NOW);
    expect(row.aliases).toEqual(['Badan', 'Agency']);
    expect(row.searchText).toBe('BNPT | Badan | Agency | BN');
  });

  it('marks the empty lists for the first start, and takes the load time for missing timestamps', () => {
    const row = entityRow(entity({ name: 'Suhardi Alius', honorifics: [] }, 'Person', 'person:suhardi-alius'), NOW);
    expect(row[':LABEL']).toBe(EMPTY_LISTS_LABEL);
    expect(row.bulkLoadEmptyLists).toEqual(['honorifics', 'aliases', 'resolutionNotes']);
    expect(row.createdAt).toBe(NOW);
    expect(row.updatedAt).toBe(NOW);
  });

  it('refuses a list the importer would split wrongly', () => {
    expect(() => entityRow(entity({ name: 'X', aliases: ['a\u001fb'] }), NOW)).toThrow(LineError);
    expect(() => entityRow(entity({ name: 'X', aliases: [''] }), NOW)).toThrow(/list of one empty string/);
  });
});

describe('evidence rows', () => {
  it('stores the statement id and type, and an empty extractor version and zero confidence when absent', () => {
    const record = parseLine(
      JSON.stringify({
        id: 'fact:1',
        schema: 'POSITION_OF',
        source: 'position:kepala@org:bnpt',
        target: 'org:bnpt',
        properties: {},
        evidence: [{ id: 'evidence:1', quote: 'Kepala BNPT', start: 3, end: 14 }],
      }),
    );
    if (record.kind !== 'statement') throw new Error('expected a statement line');
    expect(evidenceRows(record)).toEqual([
      expect.objectContaining({
        id: 'evidence:1',
        factId: 'fact:1',
        factType: 'POSITION_OF',
        articleId: null,
        extractorVersion: '',
        confidence: 0,
        start: 3,
        end: 14,
      }),
    ]);
  });
});

describe('cells and the importer command line', () => {
  const tables = csvTables('csv');

  it('quotes every string, doubling quotes, and leaves a missing value as an empty cell', () => {
    const column = tables.article.columns.find((c) => c.name === 'title')!;
    expect(csvCell(column, 'He said "yes", then\nleft')).toBe('"He said ""yes"", then\nleft"');
    expect(csvCell(column, '')).toBe('""');
    expect(csvCell(column, null)).toBe('');
  });

  it('types offsets as 64-bit integers and confidences as 64-bit floats', () => {
    const headers = tables.evidence.columns.map((c) => c.header);
    expect(headers).toEqual(
      expect.arrayContaining([':ID', 'id', 'start:long', 'end:long', 'confidence:double', 'date:date']),
    );
  });

  it('reads as multi-line only the files whose values hold line breaks, and leaves out empty files', () => {
    const args = adminImportArguments({
      home: 'home',
      database: 'neo4j',
      work: 'work',
      heap: '1g',
      offHeap: '1g',
      overwrite: false,
      tables: [
        { table: tables.article, rows: 2, multiline: true },
        { table: tables.entities.Person, rows: 5, multiline: false },
        { table: tables.facts.LED_BY, rows: 0, multiline: false },
      ],
    });
    expect(args.slice(0, 5)).toEqual(['org.neo4j.cli.AdminTool', 'database', 'import', 'full', 'neo4j']);
    expect(args).toContain(`--multiline-fields=${tables.article.file}`);
    expect(args).toContain(`--nodes=Entity:Person=${tables.entities.Person.file}`);
    expect(args.some((arg) => arg.includes('LED_BY'))).toBe(false);
    expect(args).toContain('--array-delimiter=U+001F');
  });
});
