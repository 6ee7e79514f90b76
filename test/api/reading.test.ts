/** node, search, connections, errors and dataQuality through GraphQL, on the fixture graph of the seed articles. */
import { describe, expect, it } from 'vitest';
import { loadSeedGraph, VISIT_ID, WORKPLAN_ID, WORKSHOP_ID } from '../fixtures/graph/seed-graph.js';
import { useGraphUnderTest } from './graphql-client.js';

const graph = useGraphUnderTest(loadSeedGraph);

type SearchData = { search: { totalCount: number; edges: { node: { __typename: string; id: string } }[] } };
const SEARCH = `query ($q: String!, $types: [EntityType!]) {
  search(query: $q, types: $types) { totalCount edges { node { __typename id } } }
}`;

describe('node', () => {
  it('answers the entity whose global id is the graph id, typed by its prefix', async () => {
    const { data } = await graph.client.query<{ node: { __typename: string; name: string } }>(
      `{ node(id: "org:bnpt") { __typename ... on Entity { name } } }`,
    );
    expect(data!.node).toEqual({ __typename: 'Organization', name: 'Badan Nasional Penanggulangan Terorisme' });
  });

  it('answers null for an id the graph does not hold', async () => {
    const { data, errors } = await graph.client.query(`{ node(id: "person:nobody") { id } }`);
    expect(errors).toBeNull();
    expect(data).toEqual({ node: null });
  });
});

describe('search', () => {
  it('finds an organisation by its acronym, whatever the case', async () => {
    const { data } = await graph.client.query<SearchData>(SEARCH, { q: 'bnpt', types: ['ORGANIZATION'] });
    expect(data!.search.edges[0]!.node.id).toBe('org:bnpt');
  });

  it('ignores accents in the query', async () => {
    const { data } = await graph.client.query<SearchData>(SEARCH, { q: 'Súhárdi Alíus' });
    expect(data!.search.edges[0]!.node.id).toBe('person:suhardi-alius');
  });

  it('tolerates one typo in a longer word', async () => {
    const { data } = await graph.client.query<SearchData>(SEARCH, { q: 'Bernitsky', types: ['PERSON'] });
    expect(data!.search.edges.map((e) => e.node.id)).toContain('person:yann-bernitzky');
  });

  it('treats Lucene syntax in the query as plain text', async () => {
    const { data, errors } = await graph.client.query<SearchData>(SEARCH, { q: 'Erlangga) (Kris~ "*' });
    expect(errors).toBeNull();
    expect(data!.search.edges[0]!.node.id).toBe('person:kris-erlangga');
  });

  it('restricts hits to the types asked for', async () => {
    const { data } = await graph.client.query<SearchData>(SEARCH, { q: 'Perancis', types: ['COUNTRY'] });
    expect(data!.search.edges.map((e) => e.node.__typename)).toEqual(['Country']);
  });

  it('refuses an empty query with BAD_USER_INPUT', async () => {
    const { errors } = await graph.client.query(SEARCH, { q: '   ' });
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('connections', () => {
  const PARTICIPANTS = `query ($first: Int, $after: String) {
    node(id: "${WORKSHOP_ID}") { ... on Event { participants(first: $first, after: $after) {
      totalCount pageInfo { hasNextPage hasPreviousPage endCursor } edges { cursor role node { ... on Entity { id } } }
    } } }
  }`;
  type Data = {
    node: {
      participants: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string };
        edges: { role: string; node: { id: string } }[];
      };
    };
  };

  it('page with first and after, and count every edge in totalCount', async () => {
    const all = await graph.client.query<Data>(PARTICIPANTS, { first: 100 });
    const page1 = await graph.client.query<Data>(PARTICIPANTS, { first: 3 });
    const page2 = await graph.client.query<Data>(PARTICIPANTS, {
      first: 3,
      after: page1.data!.node.participants.pageInfo.endCursor,
    });
    expect(page1.data!.node.participants.totalCount).toBe(all.data!.node.participants.edges.length);
    expect(page1.data!.node.participants.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    expect(page2.data!.node.participants.pageInfo.hasPreviousPage).toBe(true);
    expect([...page1.data!.node.participants.edges, ...page2.data!.node.participants.edges]).toEqual(
      all.data!.node.participants.edges.slice(0, 6),
    );
  });

  it('refuse first above 100 with BAD_USER_INPUT', async () => {
    const { errors } = await graph.client.query(PARTICIPANTS, { first: 101 });
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    expect(errors![0]!.message).toBe('expected "first" to be between 0 and 100, but got 101.');
  });

  it('refuse a cursor that is not one of ours with BAD_USER_INPUT', async () => {
    const { errors } = await graph.client.query(PARTICIPANTS, { first: 2, after: 'bm90LWEtY3Vyc29y' });
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('errors', () => {
  it('answer NOT_FOUND when a path starts at an unknown entity', async () => {
    const { errors } = await graph.client.query(`{ path(from: "person:nobody", to: "org:bnpt") { length } }`);
    expect(errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });

  it('answer BAD_USER_INPUT for a path longer than six hops', async () => {
    const { errors } = await graph.client.query(
      `{ path(from: "person:masafumi-ishii", to: "org:bnpt", maxHops: 7) { length } }`,
    );
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('answer BAD_USER_INPUT for a date variable that is not a calendar date', async () => {
    const { errors } = await graph.client.query(
      `query ($asOf: Date) { node(id: "position:kepala@org:bnpt") { ... on Position { holders(asOf: $asOf) { totalCount } } } }`,
      { asOf: '2018-02-30' },
    );
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('carry no stack trace outside development', async () => {
    const { errors } = await graph.client.query(`{ path(from: "person:nobody", to: "org:bnpt") { length } }`);
    expect(JSON.stringify(errors)).not.toContain('stacktrace');
  });
});

describe('the rest of the reading API', () => {
  it("lists a person's timeline in date order, posts before the events that attest them", async () => {
    const { data } = await graph.client.query<{
      node: { timeline: { edges: { node: { kind: string; date: { date: string } } }[] } };
    }>(`{ node(id: "person:kris-erlangga") { ... on Person { timeline { edges { node { kind date { date } } } } } } }`);
    expect(data!.node.timeline.edges.map((e) => [e.node.kind, e.node.date.date])).toEqual([
      ['TENURE_START', '2018-09-19'],
      ['EVENT', '2018-09-19'],
      ['EVENT', '2020-07-14'],
    ]);
  });

  it('keeps the evidence of every article that attests one fact', async () => {
    const { data } = await graph.client.query<{
      node: {
        positions: {
          edges: { node: { evidence: { article: { publishedAt: string } }[]; lastSeen: { date: string } } }[];
        };
      };
    }>(
      `{ node(id: "person:kris-erlangga") { ... on Person { positions { edges { node { lastSeen { date } evidence { article { publishedAt } } } } } } } }`,
    );
    const [tenure] = data!.node.positions.edges;
    expect(tenure!.node.evidence.map((e) => e.article.publishedAt)).toEqual(['2018-09-19', '2020-09-03']);
    expect(tenure!.node.lastSeen.date).toBe('2020-07-14');
  });

  it('lists who accompanied whom at an event', async () => {
    const { data } = await graph.client.query<{
      node: { accompaniments: { edges: { principal: { name: string }; companion: { name: string } }[] } };
    }>(
      `{ node(id: "${VISIT_ID}") { ... on Event { accompaniments { edges { principal { name } companion { name } } } } } }`,
    );
    expect(data!.node.accompaniments.edges.map((e) => `${e.principal.name} → ${e.companion.name}`)).toEqual([
      'Boy Rafli Amar → Andhika Krisnayudhanto',
      'Boy Rafli Amar → Kris Erlangga',
      'Oliver Chambard → Pierre Vincent',
      'Oliver Chambard → Yann Bernitzky',
    ]);
  });

  it('lists the events that follow an agreement', async () => {
    const { data } = await graph.client.query<{ node: { followUps: { edges: { node: { id: string } }[] } } }>(
      `{ node(id: "${WORKPLAN_ID}") { ... on Agreement { followUps { edges { node { ... on Event { id } } } } } } }`,
    );
    expect(data!.node.followUps.edges.map((e) => e.node.id)).toEqual([WORKSHOP_ID]);
  });

  it('places a former post ("Mantan Sestama Lemhanas") before the date it was mentioned, without a start', async () => {
    const { data } = await graph.client.query<{
      node: {
        positions: {
          edges: { node: { former: boolean; start: null; end: { date: string }; position: { name: string } } }[];
        };
      };
    }>(
      `{ node(id: "person:suhardi-alius") { ... on Person { positions { edges { node { former start { date } end { date } position { name } } } } } } }`,
    );
    expect(data!.node.positions.edges.map((e) => e.node)).toContainEqual({
      former: true,
      start: null,
      end: { date: '2018-09-19' },
      position: { name: 'Sestama Lemhanas' },
    });
  });
});
