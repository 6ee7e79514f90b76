/**
 * The six questions of the API, asked with the queries in docs/queries/ through GraphQL against the real Neo4j,
 * twice: on the hand-written fixture graph of the two seed articles, and on the graph the ingest builds from seeds/.
 */
import { describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { loadSeedGraph } from '../fixtures/graph/seed-graph.js';
import { useGraphUnderTest } from './graphql-client.js';
import { documentedQuery } from './queries.js';

interface Edges<Node> {
  edges: { node: Node }[];
}

type PositionsAt = Edges<{ position: { id: string; name: string } }>;

const GRAPHS: [string, (db: Database) => Promise<unknown>][] = [
  ['the fixture graph', loadSeedGraph],
  ['the graph ingested from seeds/', (db) => ingestPaths({ db, paths: ['seeds'] })],
];

describe.each(GRAPHS)('on %s', (_label, load) => {
  const graph = useGraphUnderTest(load);

  describe('who accompanied Suhardi Alius at the ASEAN–Japan workshop of 2018-09-19', () => {
    type Data = {
      node: {
        name: string;
        accompaniedBy: {
          totalCount: number;
          edges: {
            node: { id: string; name: string; positions: PositionsAt };
            event: { id: string; kind: string; date: { date: string; precision: string } };
            evidence: { quote: string; start: number; end: number; article: { title: string; source: string } }[];
          }[];
        };
      };
    };

    it('answers Andhika Krisnayudhanto and Kris Erlangga with their posts at the time and the quote', async () => {
      const { data, errors } = await graph.client.query<Data>(
        documentedQuery('1-who-accompanied-suhardi-alius.graphql'),
      );
      expect(errors).toBeNull();
      const edges = data!.node.accompaniedBy.edges;
      expect(edges.map((e) => e.node.name)).toEqual(['Andhika Krisnayudhanto', 'Kris Erlangga']);
      expect(new Set(edges.map((e) => e.event.id)).size).toBe(1);
      expect(edges.every((e) => e.event.kind === 'WORKSHOP' && e.event.date.date === '2018-09-19')).toBe(true);
      const posts = Object.fromEntries(
        edges.map((e) => [e.node.name, e.node.positions.edges.map((p) => p.node.position.name)]),
      );
      expect(posts).toEqual({
        'Andhika Krisnayudhanto': ['Direktur Kerja Sama Regional dan Multilateral BNPT'],
        'Kris Erlangga': ['Direktur Kerja Sama Bilateral BNPT'],
      });
      expect(edges[0]!.evidence[0]!.quote).toContain(
        'didampingi oleh Direktur Kerja Sama Regional & Multilateral Andhika Krisnayudhanto',
      );
      expect(edges[1]!.evidence[0]!.quote).toContain('Direktur Kerja Sama Bilateral Brigjen Pol. Kris Erlangga');
      expect(edges[0]!.evidence[0]!.article).not.toBeNull();
    });

    it('gives offsets that point at the quote in the article', async () => {
      const { data } = await graph.client.query<Data>(documentedQuery('1-who-accompanied-suhardi-alius.graphql'));
      const evidence = data!.node.accompaniedBy.edges[0]!.evidence[0]!;
      expect(evidence.end - evidence.start).toBe(evidence.quote.length);
    });
  });

  describe('which workplan the workshop follows', () => {
    type Data = {
      events: Edges<{
        id: string;
        follows: {
          edges: {
            node: { id: string; name: string; kind: string; periodStart: string; periodEnd: string };
            evidence: { quote: string }[];
          }[];
        };
        followUpChain: { edges: { depth: number; node: { id: string } }[] };
      }>;
    };

    it('answers the SOMTC–Japan Workplan for Cooperation to Combat Terrorism and Transnational Crime (2015–2017)', async () => {
      const { data, errors } = await graph.client.query<Data>(
        documentedQuery('2-which-workplan-does-the-workshop-follow.graphql'),
      );
      expect(errors).toBeNull();
      const [workshop] = data!.events.edges;
      const [follows] = workshop!.node.follows.edges;
      expect(follows!.node).toMatchObject({
        name: expect.stringMatching(
          /^SOMTC ?– ?Japan Workplan for Cooperation to Combat Terrorism and Transnational Crime/,
        ),
        kind: 'WORKPLAN',
        periodStart: '2015-01-01',
        periodEnd: '2017-12-31',
      });
      expect(follows!.evidence[0]!.quote).toContain('tindak lanjut SOMTC – Japan Workplan');
      expect(workshop!.node.followUpChain.edges.map((e) => [e.depth, e.node.id])).toEqual([[1, follows!.node.id]]);
    });
  });

  describe('who held the post of Kepala BNPT', () => {
    type Holders = Edges<{
      person: { id: string; name: string };
      start: { date: string };
      end: { date: string } | null;
    }>;
    type Data = {
      node: {
        on20180919: Holders;
        on20200714: Holders;
        succession: Edges<{ person: { name: string }; start: { date: string }; end: { date: string } | null }>;
      };
    };

    it('answers Suhardi Alius on 2018-09-19 and Boy Rafli Amar on 2020-07-14', async () => {
      const { data, errors } = await graph.client.query<Data>(documentedQuery('3-who-held-kepala-bnpt.graphql'));
      expect(errors).toBeNull();
      expect(data!.node.on20180919.edges.map((e) => e.node.person.name)).toEqual(['Suhardi Alius']);
      expect(data!.node.on20200714.edges.map((e) => e.node.person.name)).toEqual(['Boy Rafli Amar']);
    });

    it("ends Suhardi Alius's tenure when Boy Rafli Amar's starts", async () => {
      const { data } = await graph.client.query<Data>(documentedQuery('3-who-held-kepala-bnpt.graphql'));
      expect(data!.node.succession.edges.map((e) => e.node)).toEqual([
        { person: { name: 'Suhardi Alius' }, start: { date: '2018-09-19' }, end: { date: '2020-07-14' } },
        { person: { name: 'Boy Rafli Amar' }, start: { date: '2020-07-14' }, end: null },
      ]);
    });
  });

  describe('who came with the French ambassador on 2020-07-14', () => {
    type Data = {
      node: {
        name: string;
        positions: PositionsAt;
        accompaniedBy: {
          edges: {
            node: { name: string; positions: PositionsAt };
            event: {
              id: string;
              followUps: Edges<{
                id: string;
                kind: string;
                status: string;
                topics: string[];
                parties: Edges<{ iso2: string }>;
              }>;
            };
          }[];
        };
      };
    };

    it('answers Pierre Vincent and Yann Bernitzky, with their posts', async () => {
      const { data, errors } = await graph.client.query<Data>(
        documentedQuery('4-who-came-with-the-french-ambassador.graphql'),
      );
      expect(errors).toBeNull();
      expect(data!.node.positions.edges[0]!.node.position.name).toBe(
        'Duta Besar Perancis untuk Indonesia dan Timor Leste',
      );
      const companions = data!.node.accompaniedBy.edges.map((e) => [
        e.node.name,
        e.node.positions.edges[0]!.node.position.name,
      ]);
      expect(companions).toEqual([
        ['Pierre Vincent', expect.stringMatching(/^Penasihat (Kedubes|Embassy of France|Kedutaan Besar Perancis)/)],
        ['Yann Bernitzky', expect.stringMatching(/^Atase Polisi (Kedutaan|Kedubes|Embassy of France)/)],
      ]);
    });

    it('answers a planned Indonesia–France MoU on deradicalisation and CBRN training', async () => {
      const { data } = await graph.client.query<Data>(documentedQuery('4-who-came-with-the-french-ambassador.graphql'));
      const event = data!.node.accompaniedBy.edges[0]!.event;
      expect(data!.node.accompaniedBy.edges.every((e) => e.event.id === event.id)).toBe(true);
      const [mou] = event.followUps.edges.map((e) => e.node);
      expect(mou).toMatchObject({ kind: 'MOU', status: 'PLANNED' });
      expect(mou!.topics).toContain('deradicalisation');
      expect(mou!.topics.some((topic) => /cbrn/i.test(topic))).toBe(true);
      expect(mou!.parties.edges.map((e) => e.node.iso2).sort()).toEqual(['FR', 'ID']);
    });
  });

  describe('Andhika Krisnayudhanto and Andhika Chrisnayudhanto', () => {
    type Data = {
      bySpelling2018: Edges<{ id: string }>;
      bySpelling2020: Edges<{ id: string }>;
      node: {
        name: string;
        aliases: string[];
        positions: Edges<{ position: { name: string }; start: { date: string }; end: { date: string } | null }>;
      };
    };

    it('are one person found by either spelling, with both spellings among the names', async () => {
      const { data, errors } = await graph.client.query<Data>(documentedQuery('5-one-person-two-spellings.graphql'));
      expect(errors).toBeNull();
      expect(data!.bySpelling2018.edges[0]!.node.id).toBe('person:andhika-krisnayudhanto');
      expect(data!.bySpelling2020.edges[0]!.node.id).toBe('person:andhika-krisnayudhanto');
      expect([data!.node.name, ...data!.node.aliases]).toEqual(
        expect.arrayContaining(['Andhika Krisnayudhanto', 'Andhika Chrisnayudhanto']),
      );
    });

    it('held two posts in time: Direktur in 2018, Deputi in 2020', async () => {
      const { data } = await graph.client.query<Data>(documentedQuery('5-one-person-two-spellings.graphql'));
      expect(data!.node.positions.edges.map((e) => [e.node.position.name, e.node.start.date])).toEqual([
        ['Direktur Kerja Sama Regional dan Multilateral BNPT', '2018-09-19'],
        ['Deputi Bidang Kerja Sama Internasional BNPT', '2020-07-14'],
      ]);
    });
  });

  describe('the path from Masafumi Ishii to Boy Rafli Amar', () => {
    type Data = {
      path: {
        length: number;
        nodes: { id: string }[];
        hops: {
          from: { id: string };
          to: { id: string };
          fact: {
            type: string;
            from: { id: string };
            to: { id: string };
            evidence: { quote: string; article: { title: string } }[];
          };
        }[];
      };
    };

    it('runs from one to the other, hop by hop', async () => {
      const { data, errors } = await graph.client.query<Data>(
        documentedQuery('6-path-from-ishii-to-boy-rafli-amar.graphql'),
      );
      expect(errors).toBeNull();
      const { path } = data!;
      expect(path.nodes[0]!.id).toBe('person:masafumi-ishii');
      expect(path.nodes.at(-1)!.id).toBe('person:boy-rafli-amar');
      expect(path.hops).toHaveLength(path.length);
      path.hops.forEach((hop, index) => {
        expect(hop.from.id).toBe(path.nodes[index]!.id);
        expect(hop.to.id).toBe(path.nodes[index + 1]!.id);
        expect([hop.fact.from.id, hop.fact.to.id].sort()).toEqual([hop.from.id, hop.to.id].sort());
      });
    });

    it('has evidence with a quote and an article on every hop', async () => {
      const { data } = await graph.client.query<Data>(documentedQuery('6-path-from-ishii-to-boy-rafli-amar.graphql'));
      for (const hop of data!.path.hops) {
        expect(hop.fact.evidence.length).toBeGreaterThan(0);
        expect(hop.fact.evidence[0]!.quote.length).toBeGreaterThan(0);
        expect(hop.fact.evidence[0]!.article).not.toBeNull();
      }
    });
  });
});
