import { mkdtemp, readFile, rm, writeFile, copyFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';

const SEED_2018 = 'seeds/000_c688c89108eefa01.txt';
const SEED_2020 = 'seeds/003_a59428b1b2b5708d.txt';

/** Counts and a checksum of everything the ingest writes, to compare two graphs. */
async function fingerprint(db: Database): Promise<{ nodes: number; relationships: number; checksum: string }> {
  const [row] = await db.read<{ nodes: number; relationships: number; checksum: string }>(
    `MATCH (n) WITH count(n) AS nodes, collect(coalesce(n.id, '') + '|' + coalesce(n.name, '') + '|' + coalesce(n.quote, '')) AS keys
     OPTIONAL MATCH ()-[r]->() WITH nodes, keys, collect(coalesce(r.id, type(r))) AS rels
     RETURN nodes, size(rels) AS relationships,
            reduce(acc = '', k IN COLLECT { UNWIND keys + rels AS k RETURN k ORDER BY k } | acc + k + ';') AS checksum`,
  );
  if (!row) throw new Error('no fingerprint row');
  return row;
}

describe('ingest pipeline on the real Neo4j', () => {
  let db: Database;
  let scratch: string;
  beforeAll(async () => {
    db = openTestDatabase();
    scratch = await mkdtemp(path.join(tmpdir(), 'ingest-test-'));
  });
  beforeEach(async () => {
    await clearDatabase(db);
  });
  afterAll(async () => {
    await clearDatabase(db);
    await db.close();
    await rm(scratch, { recursive: true, force: true });
  });

  it('ingests the seed folder: two new articles, entities and facts with evidence', async () => {
    const summary = await ingestPaths({ db, paths: ['seeds'] });
    expect(summary.articles).toEqual({ created: 2, updated: 0, unchanged: 0, failed: 0 });
    expect(summary.entities.created).toBeGreaterThan(10);
    expect(summary.facts.created).toBeGreaterThan(10);
    const [orphans] = await db.read<{ count: number }>(
      `MATCH ()-[r]->() WHERE r.id STARTS WITH 'fact:' AND NOT EXISTS { MATCH (e:Evidence {factId: r.id}) } RETURN count(r) AS count`,
    );
    expect(orphans?.count).toBe(0);
  });

  it('changes nothing when the same articles are ingested again', async () => {
    await ingestPaths({ db, paths: ['seeds'] });
    const before = await fingerprint(db);
    const again = await ingestPaths({ db, paths: ['seeds'] });
    expect(again.articles).toEqual({ created: 0, updated: 0, unchanged: 2, failed: 0 });
    expect(await fingerprint(db)).toEqual(before);
  });

  it('gives the same graph whichever order the articles come in', async () => {
    await ingestPaths({ db, paths: [SEED_2018, SEED_2020] });
    const forward = await fingerprint(db);
    await clearDatabase(db);
    await ingestPaths({ db, paths: [SEED_2020, SEED_2018] });
    const backward = await fingerprint(db);
    expect(backward.nodes).toBe(forward.nodes);
    expect(backward.relationships).toBe(forward.relationships);
  });

  it('resolves Andhika Krisnayudhanto (2018) and Andhika Chrisnayudhanto (2020) to one person, saying why', async () => {
    await ingestPaths({ db, paths: [SEED_2018, SEED_2020] });
    const rows = await db.read<{ id: string; aliases: string[]; notes: string[]; posts: number }>(
      `MATCH (p:Person) WHERE p.name CONTAINS 'Andhika'
       RETURN p.id AS id, p.aliases AS aliases, p.resolutionNotes AS notes, COUNT { (p)-[:HOLDS_POSITION]->() } AS posts`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]?.aliases).toContain('Andhika Chrisnayudhanto');
    expect(rows[0]?.notes.join(' ')).toMatch(/Chrisnayudhanto/);
    expect(rows[0]?.posts).toBe(2);
  });

  it('places each tenure of Kepala BNPT at the date of its evidence', async () => {
    await ingestPaths({ db, paths: ['seeds'] });
    const rows = await db.read<{ name: string; firstSeen: string }>(
      `MATCH (p:Person)-[r:HOLDS_POSITION]->(:Position {id: 'position:kepala@org:bnpt'})
       RETURN p.name AS name, r.firstSeen AS firstSeen ORDER BY firstSeen`,
    );
    expect(rows).toEqual([
      { name: 'Suhardi Alius', firstSeen: '2018-09-19' },
      { name: 'Boy Rafli Amar', firstSeen: '2020-07-14' },
    ]);
  });

  it('replaces only its own facts when an edited article is ingested again', async () => {
    const file = path.join(scratch, 'edited.txt');
    await copyFile(SEED_2020, file);
    await ingestPaths({ db, paths: [SEED_2018, file] });
    const original = await readFile(SEED_2020, 'utf8');
    const edited = original.replace(/, beserta delegasi kedutaan,[^.]*?Atase Polisi Kedutaan/, '');
    expect(edited).not.toBe(original);
    await writeFile(file, edited);
    const summary = await ingestPaths({ db, paths: [file] });
    expect(summary.articles.updated).toBe(1);
    expect(summary.facts.removed).toBeGreaterThan(0);
    const [left] = await db.read<{ pierre: number; workshop: number }>(
      `RETURN COUNT { MATCH (p:Person) WHERE p.name = 'Pierre Vincent' } AS pierre,
              COUNT { MATCH (:Person {id: 'person:suhardi-alius'})-[:ACCOMPANIED_BY]->(:Person) } AS workshop`,
    );
    expect(left).toEqual({ pierre: 0, workshop: 2 });
  });

  it('reports each broken file in one sentence, writes nothing of it, and still ingests the others', async () => {
    const folder = path.join(scratch, 'mixed');
    await rm(folder, { recursive: true, force: true });
    await import('node:fs/promises').then((fs) => fs.mkdir(folder, { recursive: true }));
    await writeFile(path.join(folder, 'a-empty.txt'), '');
    await writeFile(path.join(folder, 'b-binary.txt'), Buffer.from([0x50, 0x00, 0x01, 0x02]));
    await writeFile(path.join(folder, 'c-latin1.txt'), Buffer.from('Kepala BNPT menerima kunjungan Duta Besar \xe9', 'latin1'));
    await copyFile(SEED_2018, path.join(folder, 'd-good.txt'));
    const summary = await ingestPaths({ db, paths: [folder, path.join(scratch, 'missing.txt')] });
    expect(summary.articles.created).toBe(1);
    expect(summary.articles.failed).toBe(4);
    const messages = summary.reports.filter((report) => report.outcome === 'failed').map((report) => report.error?.message ?? '');
    for (const message of messages) expect(message).toMatch(/^[A-Z].*\.$/);
    const [articles] = await db.read<{ count: number }>('MATCH (a:Article) RETURN count(a) AS count');
    expect(articles?.count).toBe(1);
  });

  it('writes no duplicates when the same folder is ingested twice at once', async () => {
    await Promise.all([ingestPaths({ db, paths: ['seeds'] }), ingestPaths({ db, paths: ['seeds'] })]);
    const concurrent = await fingerprint(db);
    await clearDatabase(db);
    await ingestPaths({ db, paths: ['seeds'] });
    expect(concurrent).toEqual(await fingerprint(db));
  });
});
