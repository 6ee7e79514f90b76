import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { ImportValidationError, importJsonl } from '../../src/import/index.js';
import { buildSeedsGraph, exportJsonlToFile, exportToString, sortedLines } from '../export/helpers.js';
import { clearDatabase, countNodes, openTestDatabase } from '../helpers/database.js';

const PERSON = { id: 'person:ada-lovelace', schema: 'Person', properties: { name: 'Ada Lovelace', aliases: ['Ada'] } };
const POSITION = {
  id: 'position:kepala@org:bnpt',
  schema: 'Position',
  properties: { name: 'Kepala BNPT', title: 'Kepala' },
};
const STATEMENT = {
  id: 'fact:0123456789abcdef0123',
  schema: 'HOLDS_POSITION',
  source: 'person:ada-lovelace',
  target: 'position:kepala@org:bnpt',
  properties: { firstSeen: '2018-09-19', firstSeenPrecision: 'DAY', former: false },
  evidence: [
    {
      id: 'evidence:1',
      article: null,
      quote: 'Kepala BNPT Ada Lovelace',
      start: 0,
      end: 24,
      extractorVersion: 'analyst',
      confidence: 1,
    },
  ],
};

function jsonl(...records: unknown[]): string {
  return `${records.map((record) => (typeof record === 'string' ? record : JSON.stringify(record))).join('\n')}\n`;
}

describe('JSON Lines import', () => {
  let db: Database;
  let scratch: string;
  beforeAll(async () => {
    db = openTestDatabase();
    scratch = await mkdtemp(path.join(tmpdir(), 'import-test-'));
  });
  beforeEach(async () => {
    await clearDatabase(db);
  });
  afterAll(async () => {
    await clearDatabase(db);
    await db.close();
    await rm(scratch, { recursive: true, force: true });
  });

  async function file(name: string, text: string): Promise<string> {
    const target = path.join(scratch, name);
    await writeFile(target, text);
    return target;
  }

  async function problemsOf(promise: Promise<unknown>): Promise<string> {
    const error = await promise.then(
      () => null,
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(ImportValidationError);
    return (error as ImportValidationError).message;
  }

  it('round-trips the seeds graph: export, import into an empty database, export again gives the same lines', async () => {
    await buildSeedsGraph(db);
    const first = path.join(scratch, 'first.jsonl');
    await exportJsonlToFile(db, first);
    await clearDatabase(db);
    expect(await countNodes(db)).toBe(0);
    const summary = await importJsonl({ db, file: first, batchSize: 4 });
    expect(summary.statements).toBeGreaterThan(10);
    const second = await exportToString(db, 'jsonl');
    expect(sortedLines(second)).toEqual(sortedLines(await readFile(first, 'utf8')));
  }, 60_000);

  it('changes nothing when the same file is imported twice', async () => {
    const source = await file('twice.jsonl', jsonl(PERSON, POSITION, STATEMENT));
    await importJsonl({ db, file: source });
    const once = await exportToString(db, 'jsonl');
    const nodes = await countNodes(db);
    await importJsonl({ db, file: source });
    expect(await exportToString(db, 'jsonl')).toBe(once);
    expect(await countNodes(db)).toBe(nodes);
  });

  it('accepts a statement written before the entities it joins', async () => {
    await importJsonl({ db, file: await file('order.jsonl', jsonl(STATEMENT, POSITION, PERSON)) });
    const [row] = await db.read<{ count: number }>(
      `MATCH (:Person)-[r:HOLDS_POSITION]->(:Position) RETURN count(r) AS count`,
    );
    expect(row?.count).toBe(1);
  });

  it('rejects a malformed JSON line with its line number and loads nothing of the file', async () => {
    const source = await file(
      'malformed.jsonl',
      jsonl(PERSON, POSITION, '{"id": "person:x", "schema": "Person", ', STATEMENT),
    );
    expect(await problemsOf(importJsonl({ db, file: source }))).toMatch(/line 3: It is not valid JSON/);
    expect(await countNodes(db)).toBe(0);
  });

  it('rejects an unknown schema, naming the line and the schemas it accepts', async () => {
    const source = await file(
      'schema.jsonl',
      jsonl(PERSON, { id: 'vessel:x', schema: 'Vessel', properties: { name: 'X' } }),
    );
    expect(await problemsOf(importJsonl({ db, file: source }))).toMatch(
      /line 2: Unknown schema "Vessel": expected one of Person, .*HOLDS_POSITION/,
    );
    expect(await countNodes(db)).toBe(0);
  });

  it('rejects a statement referring to an entity that is neither in the file nor in the graph', async () => {
    const source = await file('missing.jsonl', jsonl(PERSON, STATEMENT));
    expect(await problemsOf(importJsonl({ db, file: source }))).toMatch(
      /line 2: The HOLDS_POSITION statement "fact:0123456789abcdef0123" refers to "position:kepala@org:bnpt", which is neither in the file nor in the graph/,
    );
    expect(await countNodes(db)).toBe(0);
  });

  it('accepts a statement whose missing entity is already in the graph', async () => {
    await importJsonl({ db, file: await file('position.jsonl', jsonl(POSITION)) });
    await importJsonl({ db, file: await file('rest.jsonl', jsonl(PERSON, STATEMENT)) });
    const [row] = await db.read<{ count: number }>(`MATCH ()-[r:HOLDS_POSITION]->() RETURN count(r) AS count`);
    expect(row?.count).toBe(1);
  });

  it('rejects properties the schema does not have, values of the wrong type and facts without evidence', async () => {
    const source = await file(
      'types.jsonl',
      jsonl(
        { ...PERSON, properties: { name: 'Ada', nationality: 'GB' } },
        { ...POSITION, properties: { name: 'Kepala', title: 7 } },
        { ...STATEMENT, evidence: [] },
        { ...STATEMENT, id: 'fact:ffffffffffffffffffff', properties: { firstSeen: '19/9/2018' } },
        { id: 'org:bnpt', schema: 'Organization', properties: { name: 'BNPT', kind: 'CLUB' } },
      ),
    );
    const message = await problemsOf(importJsonl({ db, file: source }));
    expect(message).toMatch(/line 1: Person has no property "nationality"/);
    expect(message).toMatch(/line 2: properties.title expects a string, but got 7/);
    expect(message).toMatch(/line 3: The HOLDS_POSITION statement "fact:0123456789abcdef0123" has no evidence/);
    expect(message).toMatch(/line 4: properties.firstSeen expects a date such as 2018-09-19, but got "19\/9\/2018"/);
    expect(message).toMatch(/line 5: properties.kind expects one of AGENCY, .*, but got "CLUB"/);
    expect(await countNodes(db)).toBe(0);
  });

  it('rejects an id used twice and an id whose prefix is not its schema', async () => {
    const source = await file('ids.jsonl', jsonl(PERSON, PERSON, { ...POSITION, id: 'person:kepala' }));
    const message = await problemsOf(importJsonl({ db, file: source }));
    expect(message).toMatch(/line 2: The id "person:ada-lovelace" already appeared on line 1/);
    expect(message).toMatch(/line 3: The id "person:kepala" is not the id of a Position/);
  });

  it('writes offsets as integers and dates as dates', async () => {
    await importJsonl({ db, file: await file('typed.jsonl', jsonl(PERSON, POSITION, STATEMENT)) });
    const [row] = await db.read<{ start: string; firstSeen: string }>(
      `MATCH (e:Evidence {id: 'evidence:1'}) MATCH ()-[r:HOLDS_POSITION]->() RETURN valueType(e.start) AS start, valueType(r.firstSeen) AS firstSeen`,
    );
    expect(row).toEqual({ start: 'INTEGER NOT NULL', firstSeen: 'DATE NOT NULL' });
  });
});
