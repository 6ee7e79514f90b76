/**
 * Issue 16, part 4: canonical ids that survive corrections. An analyst's merge or split is a decision that every
 * later ingest respects (src/graph/corrections/decisions.ts): after a merge, an article naming the merged entity
 * loads and its facts land on the kept one; after a split, reading the split article again writes its facts on the
 * split-off entity, never on the one it came from. The articles (test/fixtures/decisions/decisions-*) are invented.
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mergeEntities, splitEntity, undoChange } from '../../src/graph/corrections/index.js';
import { findEntitiesByIds } from '../../src/graph/repositories/entities.js';
import { ingestFile, ingestPaths } from '../../src/ingest/pipeline.js';
import { useEmptyDatabase } from '../helpers/database.js';

const FIXTURES = 'test/fixtures/decisions';
const fixture = (name: string): string => path.join(FIXTURES, `decisions-${name}.txt`);

const ANALYST = { actor: 'rina', reason: 'the same person under her married name' };
/** Laksmi Pratiwi (merge-1) is Laksmi Kurniawati (merge-2, -3, -4): the resolver cannot know it, an analyst does. */
const KEEP = 'person:laksmi-pratiwi';
const MERGED = 'person:laksmi-kurniawati';
const DIREKTUR = 'position:direktur-kerja-sama-regional-dan-multilateral@org:bnpt';
const PERENCANAAN = 'position:kepala-biro-perencanaan@org:bnpt';
/** Two people named Rahmat Hidayat: Kepala Biro Umum (split-1), Kepala Biro Hukum (split-2). */
const HOMONYM = 'person:rahmat-hidayat';
const BIRO_UMUM = 'position:kepala-biro-umum@org:bnpt';
const BIRO_HUKUM = 'position:kepala-biro-hukum@org:bnpt';

interface Holding {
  factId: string;
  position: string;
  lastSeen: string | null;
  quotes: string[];
}

const graph = useEmptyDatabase({ name: 'decisions' });

/** The posts a person holds, each with its evidence's quotes, in position order. */
async function holdings(id: string): Promise<Holding[]> {
  return graph.db.read<Holding>(
    `MATCH (:Entity {id: $id})-[r:HOLDS_POSITION]->(p:Position)
     RETURN r.id AS factId, p.id AS position, toString(r.lastSeen) AS lastSeen,
            COLLECT { MATCH (e:Evidence {factId: r.id}) RETURN e.quote AS quote ORDER BY quote } AS quotes
     ORDER BY position`,
    { id },
  );
}

async function isEntity(id: string): Promise<boolean> {
  const [row] = await graph.db.read<{ found: boolean }>('RETURN EXISTS { MATCH (:Entity {id: $id}) } AS found', { id });
  return row?.found ?? false;
}

/** A copy of a fixture with one phrase of its body replaced: the same article, read again with other content. */
async function edited(name: string, from: string, to: string): Promise<string> {
  const file = path.join(graph.scratch, `decisions-${name}.txt`);
  const original = await readFile(fixture(name), 'utf8');
  expect(original).toContain(from);
  await writeFile(file, original.replace(from, to));
  return file;
}

describe('a merge, then an ingest that names the merged entity', () => {
  let moved: string;
  beforeEach(async () => {
    const first = await ingestPaths({
      db: graph.db,
      paths: [fixture('merge-1'), fixture('merge-2'), fixture('merge-4')],
    });
    expect(first.articles.created).toBe(3);
    expect(await isEntity(MERGED)).toBe(true);
    moved = (await holdings(MERGED)).find((row) => row.position === PERENCANAAN)!.factId;
    await mergeEntities(graph.db, { ...ANALYST, keepId: KEEP, mergeId: MERGED });
  });

  it('loads the article alone, its facts on the kept entity, the post it repeats stated once', async () => {
    const report = await ingestFile(graph.db, fixture('merge-3'));
    expect(report).toMatchObject({ outcome: 'created' });
    expect(await isEntity(MERGED)).toBe(false);
    expect(await holdings(KEEP)).toEqual([
      {
        factId: expect.any(String),
        position: DIREKTUR,
        lastSeen: '2021-09-08',
        quotes: [
          'Direktur Kerja Sama Regional dan Multilateral BNPT, Brigjen Pol. Laksmi Kurniawati',
          'Direktur Kerja Sama Regional dan Multilateral BNPT, Brigjen Pol. Laksmi Pratiwi',
        ],
      },
      {
        // The fact the merge moved keeps its id; the new article's evidence backs it, no second copy is made.
        factId: moved,
        position: PERENCANAAN,
        lastSeen: '2022-08-17',
        quotes: ['Kepala Biro Perencanaan BNPT, Laksmi Kurniawati', 'Kepala Biro Perencanaan BNPT, Laksmi Kurniawati'],
      },
    ]);
  });

  it('loads it in a batch of new articles the same way', async () => {
    const summary = await ingestPaths({ db: graph.db, paths: [fixture('merge-3'), 'seeds'] });
    expect(summary.articles).toEqual({ created: 3, updated: 0, unchanged: 0, failed: 0 });
    expect(await isEntity(MERGED)).toBe(false);
    expect((await holdings(KEEP)).map((row) => [row.position, row.lastSeen])).toEqual([
      [DIREKTUR, '2021-09-08'],
      [PERENCANAAN, '2022-08-17'],
    ]);
  });

  it('answers the merged id with the kept entity, its names among the aliases', async () => {
    await ingestFile(graph.db, fixture('merge-3'));
    const [entity] = await findEntitiesByIds(graph.db, [MERGED]);
    expect(entity).toMatchObject({ id: KEEP, name: 'Laksmi Pratiwi' });
    expect(entity?.aliases).toContain('Laksmi Kurniawati');
  });

  it('reads the articles again, edited, onto the kept entity', async () => {
    const file = await edited('merge-2', 'perencanaan program', 'perencanaan anggaran');
    const summary = await ingestPaths({ db: graph.db, paths: [file] });
    expect(summary.articles.updated).toBe(1);
    expect(await isEntity(MERGED)).toBe(false);
    const perencanaan = (await holdings(KEEP)).find((row) => row.position === PERENCANAAN);
    expect(perencanaan).toMatchObject({ factId: moved, quotes: ['Kepala Biro Perencanaan BNPT, Laksmi Kurniawati'] });
  });

  it('is undone with what later articles said of the merged entity: it was about that one', async () => {
    await ingestFile(graph.db, fixture('merge-3'));
    const [change] = await graph.db.read<{ id: string }>(`MATCH (c:Change {action: 'MERGE'}) RETURN c.id AS id`);
    await undoChange(graph.db, { ...ANALYST, reason: 'not the same after all', changeId: change!.id });
    expect(await isEntity(MERGED)).toBe(true);
    expect((await holdings(MERGED)).map((row) => [row.position, row.quotes.length])).toEqual([
      [DIREKTUR, 1],
      [PERENCANAAN, 2],
    ]);
    expect((await holdings(KEEP)).map((row) => [row.position, row.quotes.length])).toEqual([[DIREKTUR, 1]]);
  });
});

describe('a split, then the split article read again', () => {
  let splitOff: string;
  let movedFact: string;
  beforeEach(async () => {
    await ingestPaths({ db: graph.db, paths: [fixture('split-1'), fixture('split-2')] });
    // One id for two people of one name: the resolver cannot tell them apart.
    const both = await holdings(HOMONYM);
    expect(both.map((row) => row.position)).toEqual([BIRO_HUKUM, BIRO_UMUM]);
    movedFact = both[0]!.factId;
    const change = await splitEntity(graph.db, {
      actor: 'rina',
      reason: 'two people of one name',
      id: HOMONYM,
      newName: 'Rahmat Hidayat',
      factIds: [movedFact],
    });
    splitOff = change.entityIds.find((id) => id !== HOMONYM)!;
    expect(splitOff).toBe('person:rahmat-hidayat-2');
  });

  it('writes what the article says of the person on the split-off entity, in place of the moved fact', async () => {
    const file = await edited('split-2', 'komunikasi publik', 'komunikasi strategis');
    const report = await ingestFile(graph.db, file);
    expect(report.outcome).toBe('updated');
    expect((await holdings(HOMONYM)).map((row) => row.position)).toEqual([BIRO_UMUM]);
    expect(await holdings(splitOff)).toEqual([
      {
        factId: movedFact,
        position: BIRO_HUKUM,
        lastSeen: '2022-05-11',
        quotes: ['Kepala Biro Hukum BNPT, Rahmat Hidayat'],
      },
    ]);
  });

  it('keeps them apart when both articles are read again by a newer extractor', async () => {
    await graph.db.write(`MATCH (a:Article) SET a.extractorVersion = 'older'`);
    const summary = await ingestPaths({ db: graph.db, paths: [fixture('split-1'), fixture('split-2')] });
    expect(summary.articles.updated).toBe(2);
    expect((await holdings(HOMONYM)).map((row) => row.position)).toEqual([BIRO_UMUM]);
    expect((await holdings(splitOff)).map((row) => row.position)).toEqual([BIRO_HUKUM]);
    const [persons] = await graph.db.read<{ count: number }>(
      `MATCH (p:Entity:Person) WHERE p.name = 'Rahmat Hidayat' RETURN count(p) AS count`,
    );
    expect(persons?.count).toBe(2);
  });

  it('changes nothing when the articles are ingested again unchanged', async () => {
    const summary = await ingestPaths({ db: graph.db, paths: [fixture('split-1'), fixture('split-2')] });
    expect(summary.articles.unchanged).toBe(2);
    expect((await holdings(splitOff)).map((row) => row.factId)).toEqual([movedFact]);
  });

  it('forgets the decision when the split is undone: the article is about the one person again', async () => {
    const [change] = await graph.db.read<{ id: string }>(`MATCH (c:Change {action: 'SPLIT'}) RETURN c.id AS id`);
    await undoChange(graph.db, { actor: 'rina', reason: 'one person after all', changeId: change!.id });
    const [links] = await graph.db.read<{ count: number }>('MATCH ()-[d:DIFFERENT_FROM]->() RETURN count(d) AS count');
    expect(links?.count).toBe(0);
    await ingestFile(graph.db, await edited('split-2', 'komunikasi publik', 'komunikasi strategis'));
    expect((await holdings(HOMONYM)).map((row) => row.position)).toEqual([BIRO_HUKUM, BIRO_UMUM]);
    expect(await isEntity(splitOff)).toBe(false);
  });
});
