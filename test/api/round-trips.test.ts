/**
 * DataLoader batching: a query nested d levels deep costs at most d + 1 Bolt round trips, however many parents
 * each level has. Counted with `db.queryCount`, as dataloader's own tests count `loadCalls`.
 */
import { describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../fixtures/graph/seed-graph.js';
import { useGraphUnderTest } from './graphql-client.js';
import { documentedQuery } from './queries.js';

const graph = useGraphUnderTest(loadSeedGraph);

/** Person → events → participants → their posts → the posts' organisations: four levels below the root field. */
const FOUR_LEVELS = /* GraphQL */ `
  query FourLevels {
    node(id: "person:kris-erlangga") {
      ... on Person {
        events {
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
                      positions {
                        edges {
                          node {
                            evidence { quote }
                            position {
                              name
                              organization { node { name } evidence { quote } }
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
    }
  }
`;

describe('Bolt round trips per request', () => {
  it('cost one round trip per level for a query nested four levels deep over many parents', async () => {
    const { data, errors, roundTrips } = await graph.client.query<{
      node: { events: { edges: { node: { participants: { edges: unknown[] } } }[] } };
    }>(FOUR_LEVELS);
    expect(errors).toBeNull();
    const events = data!.node.events.edges;
    expect(events).toHaveLength(2);
    expect(events.reduce((sum, e) => sum + e.node.participants.edges.length, 0)).toBeGreaterThan(10);
    console.log(`four levels deep: ${roundTrips} Bolt round trips`);
    expect(roundTrips).toBeLessThanOrEqual(4 + 1);
  });

  it('send nothing more for evidence: it comes with the edge that it supports', async () => {
    const bare = await graph.client.query(`{ node(id: "person:suhardi-alius") { ... on Person { accompaniedBy { totalCount } } } }`);
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
    ['1-who-accompanied-suhardi-alius.graphql', 3],
    ['2-which-workplan-does-the-workshop-follow.graphql', 3],
    ['3-who-held-kepala-bnpt.graphql', 3],
    ['4-who-came-with-the-french-ambassador.graphql', 6],
    ['5-one-person-two-spellings.graphql', 4],
    ['6-path-from-ishii-to-boy-rafli-amar.graphql', 3],
  ])('stay within budget for the documented query %s (at most %i)', async (file, budget) => {
    const { errors, roundTrips } = await graph.client.query(documentedQuery(file));
    expect(errors).toBeNull();
    console.log(`${file}: ${roundTrips} Bolt round trips`);
    expect(roundTrips).toBeLessThanOrEqual(budget);
  });
});
