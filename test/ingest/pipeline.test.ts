import { copyFile, mkdir, mkdtemp, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { generateArticles, writeArticles } from '../../bench/articles.js';
import type { Database } from '../../src/graph/database.js';
import { isSameName } from '../../src/ingest/extract/names.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { createBatchCandidates } from '../../src/ingest/resolve/batch-candidates.js';
import { createSameName } from '../../src/ingest/resolve/resolve-persons.js';
import { createTermMatcher, personSearchTerms } from '../../src/ingest/resolve/search-terms.js';
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

/** Every node and relationship with all its properties but timestamps, one sorted line each: two graphs compared exactly. */
async function snapshot(db: Database): Promise<string[]> {
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await db.read<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    `MATCH (a)-[r]->(b) RETURN type(r) AS type, coalesce(a.id, '') AS from, coalesce(b.id, '') AS to, properties(r) AS props`,
  );
  const plain = (props: Record<string, unknown>): string =>
    JSON.stringify(
      Object.entries(props)
        .filter(([key]) => !['createdAt', 'updatedAt', 'ingestedAt'].includes(key))
        .sort(([a], [b]) => a.localeCompare(b)),
    );
  return [
    ...nodes.map((node) => `${[...node.labels].sort().join(':')} ${plain(node.props)}`),
    ...relationships.map((rel) => `${rel.from} ${rel.type} ${rel.to} ${plain(rel.props)}`),
  ].sort();
}

/** A folder of `generated` generated releases, then the test fixtures and both seeds, in that (file name) order. */
/** The articles of {@link articleFolder}: the generated ones, every fixture article and both seeds. */
async function articleCount(generated: number): Promise<number> {
  return generated + (await readdir('test/fixtures/articles')).length + 2;
}

async function articleFolder(parent: string, generated: number): Promise<string> {
  const folder = path.join(parent, `articles-${generated}`);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  await writeArticles(folder, generateArticles({ count: generated, seed: 11 }));
  const fixtures = 'test/fixtures/articles';
  for (const name of await readdir(fixtures)) await copyFile(path.join(fixtures, name), path.join(folder, name));
  await copyFile(SEED_2018, path.join(folder, 's-2018.txt'));
  await copyFile(SEED_2020, path.join(folder, 's-2020.txt'));
  return folder;
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
    await writeFile(
      path.join(folder, 'c-latin1.txt'),
      Buffer.from('Kepala BNPT menerima kunjungan Duta Besar \xe9', 'latin1'),
    );
    await copyFile(SEED_2018, path.join(folder, 'd-good.txt'));
    const summary = await ingestPaths({ db, paths: [folder, path.join(scratch, 'missing.txt')] });
    expect(summary.articles.created).toBe(1);
    expect(summary.articles.failed).toBe(4);
    const messages = summary.reports
      .filter((report) => report.outcome === 'failed')
      .map((report) => report.error?.message ?? '');
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

  it('writes new articles in batches exactly as one transaction per article would, persons resolved across a batch', async () => {
    // 20 generated releases come first: the fixtures and both seeds (Krisnayudhanto, then Chrisnayudhanto) share a batch.
    const folder = await articleFolder(scratch, 20);
    const oneByOne = await ingestPaths({ db, paths: [folder], batchSize: 1 });
    const expected = await snapshot(db);
    await clearDatabase(db);
    const batched = await ingestPaths({ db, paths: [folder] });
    expect(batched).toEqual(oneByOne);
    expect(batched.articles.created).toBe(await articleCount(20));
    expect(batched.entities.merged).toBeGreaterThan(0);
    expect(await snapshot(db)).toEqual(expected);
    const [andhika] = await db.read<{ persons: number }>(
      `RETURN COUNT { MATCH (p:Person) WHERE 'Andhika Chrisnayudhanto' IN p.aliases AND p.name = 'Andhika Krisnayudhanto' } AS persons`,
    );
    expect(andhika?.persons).toBe(1);
  });

  it('loses nothing of a batch to a broken article in it, which fails alone with its own error', async () => {
    // A node that the Australia fixture's DFAT collides with (organisation ids are unique): only that article breaks.
    const decoy = () => db.write(`CREATE (:Organization {id: 'org:dfat', name: 'decoy'})`);
    const folder = await articleFolder(scratch, 20);
    const broken = path.join(folder, 'delegation-abroad-australia.txt');
    await rename(broken, path.join(scratch, 'aside.txt'));
    await decoy();
    await ingestPaths({ db, paths: [folder], batchSize: 1 });
    const withoutBroken = await snapshot(db);
    await clearDatabase(db);
    await rename(path.join(scratch, 'aside.txt'), broken);
    await decoy();
    const summary = await ingestPaths({ db, paths: [folder] });
    expect(summary.articles).toEqual({ created: (await articleCount(20)) - 1, updated: 0, unchanged: 0, failed: 1 });
    const failed = summary.reports.filter((report) => report.outcome === 'failed');
    expect(failed.map((report) => [report.path, report.error?.code])).toEqual([[broken, 'CONFLICT']]);
    expect(failed[0]?.error?.message).toMatch(
      /^Article file .*delegation-abroad-australia\.txt could not be ingested: The graph already holds the Organization 'org:dfat' \(its id must be unique\)/s,
    );
    expect(await snapshot(db)).toEqual(withoutBroken);
  });

  it('writes new articles in a fraction of the round trips of one transaction each', async () => {
    // One transaction per article costs the same round trips for each: 20 of them measure it.
    const few = path.join(scratch, 'generated-20');
    await writeArticles(few, generateArticles({ count: 20, seed: 12 }));
    let before = db.queryCount;
    await ingestPaths({ db, paths: [few], batchSize: 1 });
    const oneByOne = (db.queryCount - before) / 20;
    await clearDatabase(db);
    const folder = path.join(scratch, 'generated-100');
    await writeArticles(folder, generateArticles({ count: 100, seed: 12 }));
    before = db.queryCount;
    const summary = await ingestPaths({ db, paths: [folder] });
    const batched = (db.queryCount - before) / 100;
    expect(summary.articles.created).toBe(100);
    expect(oneByOne).toBeGreaterThanOrEqual(7);
    expect(batched).toBeLessThanOrEqual(0.5);
  });
});

describe('resolution across the articles of a batch (pure)', () => {
  it('compares names as isSameName does, pair by pair', () => {
    const names = [
      'Andhika Krisnayudhanto',
      'Andhika Chrisnayudhanto',
      'Boy Rafli',
      'Boy Rafli Amar',
      'Kris Erlangga A.W.',
      'K. Erlangga',
      'Oliver Chambard',
      'Olivier Chambard',
      'Sung Yom',
      'Sung Yong Kim',
      'Abdul Hamid bin Bador',
      'Soeharto',
      'Suharto',
      'Dhani Putra',
      'Dani Putra',
      'Boy',
      '',
      'Dr.',
      'Lee Chua',
      'Tang Kua',
    ];
    const sameName = createSameName();
    for (const a of names) for (const b of names) expect([a, b, sameName(a, b)]).toEqual([a, b, isSameName(a, b)]);
  });

  it('finds names in memory as the full-text index does: fuzzy by word length, accents folded, stop words dropped', () => {
    const matcher = createTermMatcher();
    matcher.add('person:a', ['Andhika Krisnayudhanto']);
    matcher.add('person:b', ['José Ramos-Horta']);
    matcher.add('person:c', ['Pham The Thung', 'Nguyễn Thắng']);
    const find = (names: string[]) => [...matcher.find(personSearchTerms(names))].sort();
    expect(find(['Andhika Chrisnayudhanto'])).toEqual(['person:a']); // "chrisnayudhanto~2"
    expect(find(['Jose Horta'])).toEqual(['person:b']); // "jose" exact, accent folded
    expect(find(['Chr. Ramo'])).toEqual([]); // "ramo" is exact under five letters
    expect(find(['The Minh'])).toEqual([]); // "the" is a stop word, never indexed
    expect(find(['Thắng'])).toEqual(['person:c']);
  });

  it('gives an article the persons earlier articles of the batch write, with the names the write will leave them', () => {
    const terms = personSearchTerms(['Andhika Chrisnayudhanto']);
    const graphHits = new Map(
      terms.map((term) => [`${term.word}~${term.edits}`, { ids: [], scores: [], complete: true }]),
    );
    const batch = createBatchCandidates({ hits: graphHits, persons: [], limit: 200, personLabel: 'Person' });
    batch.record([
      { id: 'person:andhika-krisnayudhanto', label: 'Person', name: 'Andhika Krisnayudhanto', aliases: ['Andhika'] },
    ]);
    batch.record([
      { id: 'person:andhika-krisnayudhanto', label: 'Person', name: 'Andhika K.', aliases: ['Andhika Krisnayudhanto'] },
    ]);
    expect(batch.candidatesFor(terms)).toEqual([
      {
        id: 'person:andhika-krisnayudhanto',
        name: 'Andhika Krisnayudhanto',
        aliases: ['Andhika', 'Andhika K.'],
        context: [],
      },
    ]);
  });
});
