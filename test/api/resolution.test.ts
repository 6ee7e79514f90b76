/**
 * One person, one post, one tenure across releases: invented articles (test/fixtures/resolution) ingested into one
 * graph, and the graph they give asserted through the API and the database.
 */
import { describe, expect, it } from 'vitest';
import { Label } from '../../src/graph/model.js';
import { duplicateReviewItem } from '../../src/graph/repositories/data-quality.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { useGraphUnderTest } from './graphql-client.js';

const FIXTURES = 'test/fixtures/resolution';
const graph = useGraphUnderTest(async (db) => {
  await db.write(`MATCH (r:${Label.Review}) WHERE r.itemId STARTS WITH 'review:duplicate:' DELETE r`);
  await ingestPaths({ db, paths: [FIXTURES] });
});

async function person(id: string): Promise<{ name: string; aliases: string[]; notes: string[] } | undefined> {
  const [row] = await graph.db.read<{ name: string; aliases: string[]; notes: string[] }>(
    `MATCH (p:Person {id: $id}) RETURN p.name AS name, p.aliases AS aliases, coalesce(p.resolutionNotes, []) AS notes`,
    { id },
  );
  return row;
}

async function personIds(): Promise<string[]> {
  const rows = await graph.db.read<{ id: string }>('MATCH (p:Person) RETURN p.id AS id ORDER BY id');
  return rows.map((row) => row.id);
}

interface TenureNode {
  person: { name: string };
  start: { date: string } | null;
  end: { date: string } | null;
  endInferred: boolean;
  contested: boolean;
  acting: boolean;
  weight: number;
}

async function succession(positionId: string): Promise<TenureNode[]> {
  const { data, errors } = await graph.client.query<{ node: { succession: { edges: { node: TenureNode }[] } } }>(
    `query ($id: ID!) { node(id: $id) { ... on Position { succession(first: 20) { edges { node {
       person { name } start { date } end { date } endInferred contested acting weight } } } } } }`,
    { id: positionId },
  );
  expect(errors).toBeNull();
  return data!.node.succession.edges.map((edge) => edge.node);
}

interface Duplicate {
  kind: string;
  nameKey: string;
  reviewItemId: string;
  candidates: { person: { id: string }; evidence: { quote: string }[] }[];
}

async function possibleDuplicates(): Promise<Duplicate[]> {
  const { data, errors } = await graph.client.query<{ dataQuality: { edges: { node: Duplicate }[] } }>(
    `{ dataQuality(first: 100) { edges { node { kind ... on PossibleDuplicate {
       nameKey reviewItemId candidates { person { id } evidence { quote } } } } } } }`,
  );
  expect(errors).toBeNull();
  return data!.dataQuality.edges.map((edge) => edge.node).filter((node) => node.kind === 'POSSIBLE_DUPLICATE');
}

describe('canonical posts', () => {
  it('writes "Direktur Kerjasama Bilateral" and "Direktur Bilateral" of BNPT as one post, both forms as aliases', async () => {
    const rows = await graph.db.read<{ id: string; name: string; aliases: string[] }>(
      `MATCH (p:Position)<-[:HOLDS_POSITION]-(:Person {id: 'person:hendra-wicaksono'})
       RETURN p.id AS id, p.name AS name, p.aliases AS aliases`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      id: 'position:direktur-kerja-sama-bilateral@org:bnpt',
      name: 'Direktur Kerja Sama Bilateral BNPT',
    });
    expect(rows[0]?.aliases).toEqual(
      expect.arrayContaining(['Direktur Kerjasama Bilateral BNPT', 'Direktur Bilateral BNPT']),
    );
  });

  it('reads "Kepala Bareskrim" as the post of Polri that "Kepala Badan Reserse Kriminal Polri" names', async () => {
    const rows = await graph.db.read<{ id: string; org: string }>(
      `MATCH (:Person {id: 'person:surya-darmawan'})-[:HOLDS_POSITION]->(p:Position)-[:POSITION_OF]->(o)
       RETURN p.id AS id, o.id AS org`,
    );
    expect(rows).toEqual([{ id: 'position:kepala-badan-reserse-kriminal@org:polri', org: 'org:polri' }]);
  });

  it('holds an acting deputy\'s post ("Plt. Deputi …") as the post itself, the tenure marked acting', async () => {
    const tenures = await succession('position:deputi-bidang-kerja-sama-internasional@org:bnpt');
    expect(tenures.map((t) => [t.person.name, t.acting])).toEqual([['Galih Prakoso', true]]);
  });
});

describe('canonical organisations', () => {
  it('writes "Kementerian Luar Negeri Jepang" and "Kemlu Jepang" as one ministry of Japan, both forms as aliases', async () => {
    const rows = await graph.db.read<{ id: string; aliases: string[]; country: string }>(
      `MATCH (o:Organization) WHERE any(a IN o.aliases WHERE a IN ['Kementerian Luar Negeri Jepang', 'Kemlu Jepang'])
       OPTIONAL MATCH (o)-[:LOCATED_IN]->(c:Country)
       RETURN o.id AS id, o.aliases AS aliases, c.iso2 AS country`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ id: 'org:kementerian-luar-negeri@jp', country: 'JP' });
    expect(rows[0]?.aliases).toEqual(expect.arrayContaining(['Kementerian Luar Negeri Jepang', 'Kemlu Jepang']));
  });
});

describe('person resolution', () => {
  it('merges "Jonathan Miles" into "Jonathan B. Miles", by the key and the post that corroborates it', async () => {
    expect(await personIds()).not.toContain('person:jonathan-miles');
    const miles = await person('person:jonathan-b-miles');
    expect(miles?.aliases).toContain('Jonathan Miles');
    expect(miles?.notes.join(' ')).toMatch(
      /initials dropped.*corroborated by the same post \(position:duta-besar@country:AU\)/,
    );
  });

  it('keeps apart two officials of one organisation who only share a surname', async () => {
    expect(await personIds()).toEqual(expect.arrayContaining(['person:bagus-wiryo', 'person:sandi-wiryo']));
    expect((await possibleDuplicates()).flatMap((d) => d.candidates.map((c) => c.person.id))).not.toContain(
      'person:sandi-wiryo',
    );
  });

  it('keeps apart a spelling variant with an initial that nothing corroborates', async () => {
    expect(await personIds()).toEqual(
      expect.arrayContaining(['person:yohanes-baskoro-wiryo', 'person:johanes-b-wiryo']),
    );
  });
});

describe('possible duplicates', () => {
  it('lists the uncorroborated pair with its key and the evidence that names each', async () => {
    const pair = (await possibleDuplicates()).find((d) =>
      d.candidates.some((c) => c.person.id === 'person:johanes-b-wiryo'),
    );
    expect(pair?.nameKey).toBe('INITIALS');
    expect(pair?.candidates.map((c) => c.person.id).sort()).toEqual([
      'person:johanes-b-wiryo',
      'person:yohanes-baskoro-wiryo',
    ]);
    for (const candidate of pair?.candidates ?? []) expect(candidate.evidence.length).toBeGreaterThan(0);
  });

  const DECIDE = `mutation ($id: ID!, $decision: ReviewDecisionInput!) {
    decideReviewItem(id: $id, decision: $decision, note: "two people") { decision { verdict } }
  }`;
  const ITEM = duplicateReviewItem('person:yohanes-baskoro-wiryo', 'person:johanes-b-wiryo');
  const listed = async () => (await possibleDuplicates()).flatMap((d) => d.candidates.map((c) => c.person.id));

  it('no longer lists a pair once an analyst dismissed it, a decision kept in the graph, which reopening undoes', async () => {
    const decide = (decision: string) => graph.client.query(DECIDE, { id: ITEM, decision }, { analyst: true });
    expect((await decide('DISMISSED')).errors).toBeNull();
    expect(await listed()).not.toContain('person:johanes-b-wiryo');

    // Reopened (the dismissed item is still a decided item of the queue), the pair is listed again.
    expect((await decide('REOPEN')).errors).toBeNull();
    expect(await listed()).toContain('person:johanes-b-wiryo');
    expect((await decide('DISMISSED')).errors).toBeNull();
    expect(await listed()).not.toContain('person:johanes-b-wiryo');
  });
});

describe('tenure integrity', () => {
  it('does not let one reading of another holder cut a tenure attested before and after it', async () => {
    const tenures = await succession('position:sekretaris-utama@org:bnpt');
    const byName = new Map(tenures.map((t) => [t.person.name, t]));
    expect(byName.get('Arif Santika')).toMatchObject({
      start: { date: '2019-02-12' },
      end: { date: '2021-01-15' },
      contested: false,
    });
    expect(byName.get('Dodi Kurnia')).toMatchObject({ start: { date: '2019-06-20' }, contested: true });
    expect(byName.get('Arif Santika')!.weight).toBeGreaterThan(byName.get('Dodi Kurnia')!.weight);
  });

  it("says that an end taken from the successor's first attestation is an end at the latest", async () => {
    const tenures = await succession('position:sekretaris-utama@org:bnpt');
    expect(tenures.map((t) => [t.person.name, t.end?.date ?? null, t.endInferred])).toEqual([
      ['Arif Santika', '2021-01-15', true],
      ['Dodi Kurnia', '2019-06-20', false],
      ['Wahyu Pratama', null, false],
    ]);
  });

  it('lists the contested reading in dataQuality beside the established holder', async () => {
    const { data } = await graph.client.query<{
      dataQuality: { edges: { node: { kind: string; tenures?: { person: { name: string } }[] } }[] };
    }>(
      '{ dataQuality(first: 100) { edges { node { kind ... on OverlappingTenures { tenures { person { name } } } } } } }',
    );
    expect(
      data!.dataQuality.edges
        .filter((e) => e.node.kind === 'OVERLAPPING_TENURES')
        .map((e) => e.node.tenures?.map((t) => t.person.name).sort()),
    ).toContainEqual(['Arif Santika', 'Dodi Kurnia']);
  });
});
