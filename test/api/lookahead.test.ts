/**
 * The look-ahead never changes an answer: queries whose selection at one place is merged from several field nodes
 * (fragments, inline fragments, repeated fields) answer as they do level by level (LOOKAHEAD=false).
 */
import { describe, expect, it } from 'vitest';
import { loadSeedGraph } from '../fixtures/graph/seed-graph.js';
import { createTestClient, useGraphUnderTest } from './graphql-client.js';

const graph = useGraphUnderTest(loadSeedGraph);

type Accompaniments = { accompaniedBy: { edges: { node?: { name: string }; evidence?: { quote: string }[] }[] } };

/** Issue 14, part 2: the fragment's `accompaniedBy` is merged with the inline fragment's only under `b`. */
const FRAGMENT_UNDER_TWO_ROOTS = /* GraphQL */ `
  fragment P on Person { name accompaniedBy { edges { node { name } } } }
  {
    a: node(id: "person:suhardi-alius") { ...P }
    b: node(id: "person:suhardi-alius") { ...P ... on Person { accompaniedBy { edges { evidence { quote } } } } }
  }
`;

describe('the look-ahead below node(id)', () => {
  it('answers the evidence a root adds to a fragment that another root spreads too', async () => {
    const { data, errors } = await graph.client.query<{ a: Accompaniments; b: Accompaniments }>(FRAGMENT_UNDER_TWO_ROOTS);
    expect(errors).toBeNull();
    const quotes = data!.b.accompaniedBy.edges.map((edge) => edge.evidence?.map((evidence) => evidence.quote));
    expect(quotes).toHaveLength(2);
    expect(quotes.every((list) => list !== undefined && list.length > 0)).toBe(true);
    expect(data!.a.accompaniedBy.edges.every((edge) => edge.evidence === undefined)).toBe(true);
  });

  it('answers that query as it does level by level', async () => {
    const levelByLevel = await createTestClient(graph.db, { LOOKAHEAD: 'false' });
    const ahead = await graph.client.query(FRAGMENT_UNDER_TWO_ROOTS);
    const batched = await levelByLevel.query(FRAGMENT_UNDER_TWO_ROOTS);
    expect(batched.errors).toBeNull();
    expect(ahead).toMatchObject({ errors: batched.errors, data: batched.data });
  });
});
