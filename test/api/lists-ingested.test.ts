/**
 * The list roots and their counts on the graph the ingest builds from seeds/ and the invented test articles
 * (test/fixtures/articles: visits to BNPT, a delegation to Australia, a Polish agency): organisations by country,
 * meetings with Australia per year, courtesy visits at BNPT's office per year, BNPT's posts' holders by country.
 */
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { useGraphUnderTest } from './graphql-client.js';

const graph = useGraphUnderTest((db) => ingestPaths({ db, paths: ['seeds', 'test/fixtures/articles'] }));

type Names = { edges: { node: { name: string } }[] };
type Counts = { value: string; count: number }[];

describe('on the graph ingested from seeds/ and the test articles', () => {
  it('lists the organisations of Australia and of Poland', async () => {
    const { data, errors } = await graph.client.query<{ au: Names; pl: Names }>(`{
      au: organizations(where: { country: "country:AU" }) { edges { node { name } } }
      pl: organizations(where: { country: "country:PL" }) { edges { node { name } } }
    }`);
    expect(errors).toBeNull();
    expect(data!.au.edges.map((e) => e.node.name)).toContain('Department of Foreign Affairs and Trade');
    expect(data!.pl.edges.map((e) => e.node.name)).toEqual(['Dinas Keamanan Negara (Poland)']);
  });

  it('counts the meetings in Australia per year, and the courtesy visits at the BNPT office per year', async () => {
    const { data, errors } = await graph.client.query<{
      au: { counts: Counts };
      visits: { totalCount: number; counts: Counts };
    }>(`{
      au: events(kind: MEETING, country: "country:AU") { counts(by: YEAR) { value count } }
      visits: events(kind: COURTESY_VISIT, place: "Kantor BNPT") { totalCount counts(by: YEAR) { value count } }
    }`);
    expect(errors).toBeNull();
    expect(data!.au.counts).toEqual([{ value: '2023', count: 1 }]);
    expect(data!.visits.counts).toEqual([
      { value: '2020', count: 1 },
      { value: '2022', count: 1 },
      { value: '2023', count: 1 },
      { value: '2024', count: 1 },
    ]);
    expect(data!.visits.totalCount).toBe(4);
  });

  it('finds the Kepala BNPT of 2018-09-19 among the holders of posts of Indonesian organisations', async () => {
    const { data, errors } = await graph.client.query<{ persons: Names }>(`{
      persons(where: { country: "country:ID", heldPosition: "org:bnpt", asOf: "2018-09-19" }, first: 100) { edges { node { name } } }
    }`);
    expect(errors).toBeNull();
    expect(data!.persons.edges.map((e) => e.node.name)).toContain('Suhardi Alius');
  });
});

describe('evidence on the ingested graph', () => {
  it('says which rule read a fact and how sure it is: companions from a fronted clause, from an active verb', async () => {
    type Edges = {
      edges: { node: { name: string }; evidence: { quote: string; confidence: number; rule: string | null }[] }[];
    };
    const { data, errors } = await graph.client.query<{ node: { accompaniedBy: Edges } }>(`{
      node(id: "person:hadi-kusnandar") { ... on Person {
        accompaniedBy { edges { node { name } evidence { quote confidence rule } } }
      } }
    }`);
    expect(errors).toBeNull();
    const evidenceOf = (name: string) =>
      data!.node.accompaniedBy.edges.find((e) => e.node.name === name)?.evidence ?? [];
    expect(evidenceOf('Agus Wirawan')).toEqual([
      expect.objectContaining({ rule: 'accompaniedBy/fronted', confidence: 0.8 }),
    ]);
    expect(evidenceOf('Dimas Prakoso')).toEqual([expect.objectContaining({ rule: 'accompanying', confidence: 0.9 })]);
  });
});
