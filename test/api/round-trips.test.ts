/**
 * Round trips: below `node(id)` the look-ahead loads every level in one statement; elsewhere DataLoader batching
 * makes a query nested d levels deep cost at most d + 1 Bolt round trips, however many parents each level has.
 * Counted with `db.queryCount`, as dataloader's own tests count `loadCalls`.
 */
import { describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../fixtures/graph/seed-graph.js';
import { createTestClient, useGraphUnderTest } from './graphql-client.js';
import { DOCUMENTED_QUERIES, documentedQuery } from './queries.js';

const graph = useGraphUnderTest(loadSeedGraph);

/**
 * Person → events → participants → their posts → the posts' organisations: four levels of facts below the person
 * (the organisation by its fact only, so that the query through search stays within the depth limit).
 */
const FOUR_LEVELS_BELOW_PERSON = /* GraphQL */ `
  fragment FourLevels on Person {
    events(first: 5) {
      edges {
        evidence { quote article { title } }
        node {
          name
          participants {
            edges {
              role
              evidence { quote }
              node {
                ... on Person {
                  name
                  positions(first: 5) {
                    edges {
                      node {
                        evidence { quote }
                        position {
                          name
                          organization { factId }
                        }
                      }
                    }
                  }
                }
              }
            }
          }
        }
      }
    }
  }
`;

const FOUR_LEVELS = /* GraphQL */ `
  query FourLevels { node(id: "person:kris-erlangga") { ...FourLevels } }
  ${FOUR_LEVELS_BELOW_PERSON}
`;

/** The same selection below a root field without look-ahead. */
const FOUR_LEVELS_VIA_SEARCH = /* GraphQL */ `
  query FourLevelsViaSearch { search(query: "Kris Erlangga", types: [PERSON], first: 1) { edges { node { ...FourLevels } } } }
  ${FOUR_LEVELS_BELOW_PERSON}
`;

describe('Bolt round trips per request', () => {
  it('cost one round trip for a query nested four levels deep below node(id), over many parents', async () => {
    const { data, errors, roundTrips } = await graph.client.query<{
      node: { events: { edges: { node: { participants: { edges: unknown[] } } }[] } };
    }>(FOUR_LEVELS);
    expect(errors).toBeNull();
    const events = data!.node.events.edges;
    expect(events).toHaveLength(2);
    expect(events.reduce((sum, e) => sum + e.node.participants.edges.length, 0)).toBeGreaterThan(10);
    expect(roundTrips).toBe(1);
  });

  it('cost two round trips below search: the page, then every level below it', async () => {
    const { data, errors, roundTrips } = await graph.client.query<{ search: { edges: unknown[] } }>(
      FOUR_LEVELS_VIA_SEARCH,
    );
    expect(errors).toBeNull();
    expect(data!.search.edges).toHaveLength(1);
    expect(roundTrips).toBe(2);
  });

  it('cost at most one round trip per level with the look-ahead off (LOOKAHEAD=false)', async () => {
    const levelByLevel = await createTestClient(graph.db, { LOOKAHEAD: 'false' });
    const { errors, roundTrips } = await levelByLevel.query(FOUR_LEVELS);
    expect(errors).toBeNull();
    expect(roundTrips).toBeGreaterThan(1);
    expect(roundTrips).toBeLessThanOrEqual(4 + 1);
  });

  it.each([
    ['the four levels below node(id)', FOUR_LEVELS],
    ['the four levels below search', FOUR_LEVELS_VIA_SEARCH],
    ...DOCUMENTED_QUERIES.map((file) => [file, documentedQuery(file)]),
  ])('give the same answer with the look-ahead as level by level: %s', async (_name, query) => {
    const levelByLevel = await createTestClient(graph.db, { LOOKAHEAD: 'false' });
    const ahead = await graph.client.query(query as string);
    const batched = await levelByLevel.query(query as string);
    expect(ahead.errors).toBeNull();
    expect(ahead.data).toEqual(batched.data);
    expect(ahead.roundTrips).toBeLessThanOrEqual(batched.roundTrips);
  });

  it('cost one round trip for a page of events with its counts by several dimensions, as counted alone', async () => {
    const query = /* GraphQL */ `
      query Counted($by: FacetDimension!) {
        events(from: "2018-01-01", first: 2) {
          totalCount
          edges { node { id } }
          counts(by: YEAR) { value count }
          byVariable: counts(by: $by) { value label count }
          again: counts(by: YEAR) { count }
        }
      }`;
    const ahead = await graph.client.query<{ events: { counts: unknown[]; byVariable: unknown[] } }>(query, {
      by: 'KIND',
    });
    const alone = await (await createTestClient(graph.db, { LOOKAHEAD: 'false' })).query(query, { by: 'KIND' });
    expect(ahead.errors).toBeNull();
    expect(ahead.data!.events.counts.length).toBeGreaterThan(0);
    expect(ahead.data!.events.byVariable.length).toBeGreaterThan(1);
    expect(ahead.data).toEqual(alone.data);
    expect([ahead.roundTrips, alone.roundTrips]).toEqual([1, 4]);
  });

  it('send nothing more for evidence: it comes with the edge that it supports', async () => {
    const bare = await graph.client.query(
      `{ node(id: "person:suhardi-alius") { ... on Person { accompaniedBy { totalCount } } } }`,
    );
    const withEvidence = await graph.client.query(
      `{ node(id: "person:suhardi-alius") { ... on Person { accompaniedBy { edges { evidence { quote article { title } } } } } } }`,
    );
    expect(withEvidence.roundTrips).toBe(bare.roundTrips);
  });

  it('are not shared between requests: each request has its own loaders', async () => {
    const first = await graph.client.query(`{ node(id: "person:suhardi-alius") { id } }`);
    const second = await graph.client.query(`{ node(id: "person:suhardi-alius") { id } }`);
    expect([first.roundTrips, second.roundTrips]).toEqual([1, 1]);
  });

  it.each([
    ['1-who-accompanied-suhardi-alius.graphql', 1],
    ['2-which-workplan-does-the-workshop-follow.graphql', 3],
    ['3-who-held-kepala-bnpt.graphql', 1],
    ['4-who-came-with-the-french-ambassador.graphql', 1],
    ['5-one-person-two-spellings.graphql', 3],
    ['6-path-from-ishii-to-boy-rafli-amar.graphql', 1],
  ])('stay within budget for the documented query %s (at most %i)', async (file, budget) => {
    const { errors, roundTrips } = await graph.client.query(documentedQuery(file));
    expect(errors).toBeNull();
    expect(roundTrips).toBeLessThanOrEqual(budget);
  });
});
