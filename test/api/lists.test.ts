/**
 * The list roots (issue 17): the documented list questions of docs/queries/ answered on the fixture graph of the
 * seeds, paging, the BAD_USER_INPUT sentence of every filter, and PROFILE of the statements behind the filters that
 * have an index: none scans a label.
 */
import { describe, expect, it } from 'vitest';
import {
  agreementsQuery,
  countriesQuery,
  eventsQuery,
  facetStatement,
  type ListQuery,
  listStatement,
  organizationsQuery,
  personsQuery,
  positionsQuery,
} from '../../src/graph/repositories/lists.js';
import { NETWORK_CYPHER } from '../../src/graph/repositories/network.js';
import { loadSeedGraph, MOU_ID, VISIT_ID } from '../fixtures/graph/seed-graph.js';
import { useGraphUnderTest } from './graphql-client.js';
import { documentedQuery } from './queries.js';

const graph = useGraphUnderTest(loadSeedGraph);

interface Edges<Node> {
  totalCount: number;
  edges: { cursor: string; node: Node }[];
  pageInfo?: { hasNextPage: boolean; endCursor: string | null };
}

type Named = { name: string };

describe('the documented list questions', () => {
  it('answer who held a BNPT post in 2019: Andhika Krisnayudhanto, Kris Erlangga and Suhardi Alius, with the post', async () => {
    type Data = { persons: Edges<{ name: string; positions: Edges<{ position: Named; start: { date: string } }> }> };
    const { data, errors } = await graph.client.query<Data>(documentedQuery('7-who-held-a-bnpt-post-in-2019.graphql'));
    expect(errors).toBeNull();
    expect(data!.persons.totalCount).toBe(3);
    const posts = Object.fromEntries(
      data!.persons.edges.map((e) => [e.node.name, e.node.positions.edges.map((p) => p.node.position.name)]),
    );
    expect(posts).toEqual({
      'Andhika Krisnayudhanto': ['Direktur Kerja Sama Regional dan Multilateral BNPT'],
      'Kris Erlangga': ['Direktur Kerja Sama Bilateral BNPT'],
      'Suhardi Alius': ['Kepala BNPT'],
    });
  });

  it('answer the planned agreements with France and Indonesia: the MoU on deradicalisation and CBRN training', async () => {
    type Data = { agreements: Edges<{ name: string; kind: string; topics: string[]; parties: Edges<Named> }> };
    const { data, errors } = await graph.client.query<Data>(
      documentedQuery('8-planned-agreements-with-france.graphql'),
    );
    expect(errors).toBeNull();
    expect(data!.agreements.edges.map((e) => e.node)).toEqual([
      {
        name: 'MoU Indonesia–Perancis penanggulangan terorisme',
        kind: 'MOU',
        topics: ['deradicalisation', 'CBRN training'],
        parties: expect.objectContaining({
          edges: expect.arrayContaining([{ node: { name: 'Perancis' } }, { node: { name: 'Indonesia' } }]),
        }),
      },
    ]);
  });

  it("answer the courtesy visits to BNPT in 2020: the French ambassador's of 2020-07-14, followed by the MoU", async () => {
    type Data = {
      events: Edges<{
        name: string;
        date: { date: string };
        place: string;
        visits: Edges<Named>;
        followUps: Edges<Named>;
      }>;
    };
    const { data, errors } = await graph.client.query<Data>(
      documentedQuery('9-courtesy-visits-to-bnpt-in-2020.graphql'),
    );
    expect(errors).toBeNull();
    expect(data!.events.totalCount).toBe(1);
    const [visit] = data!.events.edges;
    expect(visit!.node).toMatchObject({
      name: 'Kunjungan Duta Besar Perancis ke BNPT',
      date: { date: '2020-07-14' },
      place: 'Kantor BNPT Jakarta',
    });
    expect(visit!.node.visits.edges.map((e) => e.node.name)).toEqual(['Oliver Chambard']);
    expect(visit!.node.followUps.edges.map((e) => e.node.name)).toEqual([
      'MoU Indonesia–Perancis penanggulangan terorisme',
    ]);
  });

  it('answer the posts of BNPT someone held on 2020-07-14, with their holders', async () => {
    type Data = { positions: Edges<{ name: string; holders: Edges<{ person: Named }> }> };
    const { data, errors } = await graph.client.query<Data>(
      documentedQuery('10-bnpt-posts-held-on-2020-07-14.graphql'),
    );
    expect(errors).toBeNull();
    const holders = Object.fromEntries(
      data!.positions.edges.map((e) => [e.node.name, e.node.holders.edges.map((h) => h.node.person.name)]),
    );
    expect(holders).toEqual({
      'Deputi Bidang Kerja Sama Internasional BNPT': ['Andhika Krisnayudhanto'],
      'Direktur Kerja Sama Bilateral BNPT': ['Kris Erlangga'],
      'Direktur Kerja Sama Regional dan Multilateral BNPT': ['Andhika Krisnayudhanto'],
      'Kepala BNPT': ['Boy Rafli Amar'],
    });
  });

  it('answer the embassies, the countries whose name starts with "Ti", and the followed-up events at a place in Jakarta', async () => {
    type Data = {
      embassies: Edges<Named>;
      countries: Edges<{ name: string; iso2: string }>;
      inJakarta: Edges<{ name: string; place: string }>;
    };
    const { data, errors } = await graph.client.query<Data>(
      documentedQuery('11-embassies-countries-and-events-in-jakarta.graphql'),
    );
    expect(errors).toBeNull();
    expect(data!.embassies.edges.map((e) => e.node.name)).toEqual([
      'Kedutaan Besar Jepang untuk Indonesia',
      'Kedutaan Besar Perancis untuk Indonesia dan Timor Leste',
    ]);
    expect(data!.countries.edges.map((e) => e.node)).toEqual([{ name: 'Timor Leste', iso2: 'TL' }]);
    expect(data!.inJakarta.edges.map((e) => e.node)).toEqual([
      { name: 'Kunjungan Duta Besar Perancis ke BNPT', place: 'Kantor BNPT Jakarta' },
    ]);
  });
});

describe('the counts of a list', () => {
  it('answer the events with Japan per year, kind and organisation, and the agreements per country party to them', async () => {
    type Count = { value?: string; label?: string; count: number };
    type Data = {
      events: { totalCount: number; byYear: Count[]; byKind: Count[]; byOrganization: Count[] };
      agreements: { byCountry: Count[] };
    };
    const { data, errors } = await graph.client.query<Data>(documentedQuery('12-events-with-japan-per-year.graphql'));
    expect(errors).toBeNull();
    expect(data!.events).toEqual({
      totalCount: 1,
      byYear: [{ value: '2018', count: 1 }],
      byKind: [{ value: 'WORKSHOP', count: 1 }],
      byOrganization: [
        { label: 'Association of Southeast Asian Nations', count: 1 },
        { label: 'Badan Nasional Penanggulangan Terorisme', count: 1 },
        { label: 'Kepolisian Republik Indonesia', count: 1 },
      ],
    });
    expect(data!.agreements.byCountry).toEqual([
      { value: 'country:ID', label: 'Indonesia', count: 1 },
      { value: 'country:JP', label: 'Jepang', count: 1 },
      { value: 'country:FR', label: 'Perancis', count: 1 },
    ]);
  });

  it('count every page, not only the one asked for', async () => {
    const { data, errors } = await graph.client.query<{
      events: { edges: unknown[]; counts: { value: string; count: number }[] };
    }>(`{ events(first: 1) { edges { cursor } counts(by: YEAR) { value count } } }`);
    expect(errors).toBeNull();
    expect(data!.events.edges).toHaveLength(1);
    expect(data!.events.counts).toEqual([
      { value: '2018', count: 1 },
      { value: '2020', count: 1 },
    ]);
  });

  it('count with the same filters: the events in Indonesia of BNPT, by country', async () => {
    const { data } = await graph.client.query<{ events: { counts: { label: string; count: number }[] } }>(
      `{ events(organization: "org:bnpt") { counts(by: COUNTRY) { label count } } }`,
    );
    expect(data!.events.counts).toEqual([{ label: 'Indonesia', count: 2 }]);
  });
});

describe('who meets whom', () => {
  type Met = { count: number; node: Named; events?: { name: string; date: { date: string } }[] };
  type Data = { node: { network: { totalCount: number; edges: Met[] } } };

  it('answers whom Andhika Krisnayudhanto met most: BNPT and Kris Erlangga at both events, with the events', async () => {
    const { data, errors } = await graph.client.query<Data>(
      documentedQuery('13-whom-andhika-krisnayudhanto-met-most.graphql'),
    );
    expect(errors).toBeNull();
    const [first, second, third] = data!.node.network.edges;
    expect([first, second].map((e) => [e!.node.name, e!.count])).toEqual([
      ['Badan Nasional Penanggulangan Terorisme', 2],
      ['Kris Erlangga', 2],
    ]);
    expect(second!.events!.map((e) => e.date.date)).toEqual(['2018-09-19', '2020-07-14']);
    expect(third!.count).toBe(1);
    expect(data!.node.network.totalCount).toBeGreaterThan(8);
  });

  it('answers whom BNPT met in 2020: only the people of the French visit, once each', async () => {
    const { data } = await graph.client.query<{ node: Data['node'] }>(`{ node(id: "org:bnpt") { ... on Organization {
      network(from: "2020-01-01", to: "2020-12-31", first: 2) { totalCount edges { count node { ... on Person { name } } } } } } }`);
    const network = data!.node.network;
    expect(network.edges.map((e) => e.count)).toEqual([1, 1]);
    expect(network.edges.map((e) => e.node.name)).toEqual(['Andhika Krisnayudhanto', 'Boy Rafli Amar']);
  });

  it('refuses a range that ends before it starts', async () => {
    const { errors } = await graph.client.query(
      `{ node(id: "person:boy-rafli-amar") { ... on Person { network(from: "2021-01-01", to: "2020-01-01") { totalCount } } } }`,
    );
    expect(errors?.[0]).toMatchObject({
      message: 'expected "from" (2021-01-01) to be on or before "to" (2020-01-01).',
      extensions: { code: 'BAD_USER_INPUT' },
    });
  });
});

describe('the list roots', () => {
  it('page persons with first and after, counting every match', async () => {
    type Data = { persons: Edges<Named> };
    const page = `query($after: String) { persons(first: 3, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { name } } } }`;
    const first = await graph.client.query<Data>(page);
    expect(first.errors).toBeNull();
    expect(first.data!.persons.totalCount).toBe(8);
    expect(first.data!.persons.edges.map((e) => e.node.name)).toEqual([
      'Andhika Krisnayudhanto',
      'Boy Rafli Amar',
      'Kris Erlangga',
    ]);
    const second = await graph.client.query<Data>(page, { after: first.data!.persons.pageInfo!.endCursor });
    expect(second.data!.persons.edges.map((e) => e.node.name)).toEqual([
      'Masafumi Ishii',
      'Oliver Chambard',
      'Pierre Vincent',
    ]);
  });

  it('sort names from Z to A with NAME_DESC', async () => {
    const { data } = await graph.client.query<{ countries: Edges<Named> }>(
      `{ countries(sort: NAME_DESC) { edges { node { name } } } }`,
    );
    expect(data!.countries.edges.map((e) => e.node.name)).toEqual(['Timor Leste', 'Perancis', 'Jepang', 'Indonesia']);
  });

  it('find the holder of a post on a date: Boy Rafli Amar was Kepala BNPT on 2020-07-14, Suhardi Alius the day before', async () => {
    const ask = (asOf: string) =>
      graph.client.query<{ persons: Edges<Named> }>(
        `query($asOf: Date) { persons(where: { heldPosition: "position:kepala@org:bnpt", asOf: $asOf }) { edges { node { name } } } }`,
        { asOf },
      );
    expect((await ask('2020-07-14')).data!.persons.edges.map((e) => e.node.name)).toEqual(['Boy Rafli Amar']);
    expect((await ask('2020-07-13')).data!.persons.edges.map((e) => e.node.name)).toEqual(['Suhardi Alius']);
  });

  it('find persons by a prefix of their name and by the kind and country of an event they took part in', async () => {
    const { data, errors } = await graph.client.query<{ byName: Edges<Named>; atWorkshops: Edges<Named> }>(`{
      byName: persons(where: { namePrefix: "Boy" }) { edges { node { name } } }
      atWorkshops: persons(where: { participatedIn: { kind: WORKSHOP, country: "country:ID", from: "2018-01-01", to: "2018-12-31" } }) {
        edges { node { name } }
      }
    }`);
    expect(errors).toBeNull();
    expect(data!.byName.edges.map((e) => e.node.name)).toEqual(['Boy Rafli Amar']);
    expect(data!.atWorkshops.edges.map((e) => e.node.name)).toEqual([
      'Andhika Krisnayudhanto',
      'Kris Erlangga',
      'Masafumi Ishii',
      'Suhardi Alius',
    ]);
  });

  it('find the organisations party to an agreement, and the agreements of a topic or a period', async () => {
    const { data, errors } = await graph.client.query<{
      parties: Edges<Named>;
      cbrn: Edges<Named>;
      since2015: Edges<Named>;
    }>(`{
      parties: organizations(where: { partyTo: "agreement:somtc-japan-workplan-2015-2017" }) { edges { node { name } } }
      cbrn: agreements(where: { topic: "CBRN training" }) { edges { node { name } } }
      since2015: agreements(where: { signedFrom: "2015-01-01", signedTo: "2015-12-31", kind: WORKPLAN }) { edges { node { name } } }
    }`);
    expect(errors).toBeNull();
    expect(data!.parties.edges.map((e) => e.node.name)).toEqual(['Senior Officials Meeting on Transnational Crime']);
    expect(data!.cbrn.edges.map((e) => e.node.name)).toEqual(['MoU Indonesia–Perancis penanggulangan terorisme']);
    expect(data!.since2015.edges.map((e) => e.node.name)).toEqual([
      'SOMTC–Japan Workplan for Cooperation to Combat Terrorism and Transnational Crime',
    ]);
  });

  it('require every party: no agreement has both France and Japan', async () => {
    const { data } = await graph.client.query<{ agreements: Edges<Named> }>(
      `{ agreements(where: { parties: ["country:FR", "country:JP"] }) { totalCount } }`,
    );
    expect(data!.agreements.totalCount).toBe(0);
  });

  it('list events newest first, and those without a follow-up', async () => {
    const { data, errors } = await graph.client.query<{
      newest: Edges<{ id: string }>;
      unfollowed: Edges<{ id: string }>;
    }>(`{
      newest: events(sort: DATE_DESC) { edges { node { id } } }
      unfollowed: events(hasFollowUp: false, organization: "org:bnpt") { edges { node { id } } }
    }`);
    expect(errors).toBeNull();
    expect(data!.newest.edges.map((e) => e.node.id)[0]).toBe(VISIT_ID);
    expect(data!.unfollowed.edges.map((e) => e.node.id)).not.toContain(VISIT_ID);
    expect(data!.unfollowed.edges).toHaveLength(1);
  });

  it.each([
    [
      '{ persons(where: { heldPosition: "person:suhardi-alius" }) { totalCount } }',
      'expected "where.heldPosition" to be the id of a Position or an Organization, but got "person:suhardi-alius".',
    ],
    [
      '{ persons(where: { asOf: "2020-01-01", from: "2019-01-01" }) { totalCount } }',
      'expected either "where.asOf" or "where.from"/"where.to", but got both.',
    ],
    [
      '{ persons(where: { from: "2020-01-01", to: "2019-01-01" }) { totalCount } }',
      'expected "where.from" (2020-01-01) to be on or before "where.to" (2019-01-01).',
    ],
    [
      '{ persons(where: { namePrefix: "  " }) { totalCount } }',
      'expected "where.namePrefix" to be 1 to 100 characters long, but got 0.',
    ],
    [
      '{ persons(where: { participatedIn: { country: "org:bnpt" } }) { totalCount } }',
      'expected "where.participatedIn.country" to be the id of a Country, but got "org:bnpt".',
    ],
    [
      '{ organizations(where: { partyTo: "country:FR" }) { totalCount } }',
      'expected "where.partyTo" to be the id of an Agreement, but got "country:FR".',
    ],
    [
      '{ positions(where: { organization: "country:ID" }) { totalCount } }',
      'expected "where.organization" to be the id of an Organization, but got "country:ID".',
    ],
    [
      '{ agreements(where: { parties: [] }) { totalCount } }',
      'expected "where.parties" to hold 1 to 10 ids, but got 0.',
    ],
    [
      '{ agreements(where: { parties: ["event:x"] }) { totalCount } }',
      'expected "where.parties" to be the id of a Country or an Organization, but got "event:x".',
    ],
    [
      '{ agreements(where: { signedFrom: "2020-01-01", signedTo: "2019-01-01" }) { totalCount } }',
      'expected "where.signedFrom" (2020-01-01) to be on or before "where.signedTo" (2019-01-01).',
    ],
    ['{ events(place: "J") { totalCount } }', 'expected "place" to be 2 to 100 characters long, but got 1.'],
    ['{ events(country: "JP") { totalCount } }', 'expected "country" to be the id of a Country, but got "JP".'],
    ['{ countries(first: 101) { totalCount } }', 'expected "first" to be between 0 and 100, but got 101.'],
  ])('refuse %s with one sentence', async (query, message) => {
    const { data, errors } = await graph.client.query(query);
    expect(data).toBeNull();
    expect(errors).toEqual([
      expect.objectContaining({ message, extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) }),
    ]);
  });
});

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operatorsOf(plan: PlanNode): string[] {
  return [plan.operatorType.replace(/@.*$/, ''), ...plan.children.flatMap(operatorsOf)];
}

const WINDOW = { skip: 0, limit: 20 };

describe('the statements behind the filters, under PROFILE', () => {
  it.each<[string, ListQuery]>([
    [
      'persons by post',
      personsQuery(
        { heldPosition: 'position:kepala@org:bnpt', heldPositionIs: 'Position', asOf: '2020-07-14' },
        'NAME_ASC',
      ),
    ],
    [
      'persons by organisation',
      personsQuery({ heldPosition: 'org:bnpt', heldPositionIs: 'Organization', from: '2019-01-01' }, 'NAME_ASC'),
    ],
    ['persons by country', personsQuery({ country: 'country:ID' }, 'NAME_ASC')],
    ['persons by name prefix', personsQuery({ namePrefix: 'Boy' }, 'NAME_ASC')],
    ['organisations by kind', organizationsQuery({ kind: 'EMBASSY' }, 'NAME_ASC')],
    ['organisations by country', organizationsQuery({ country: 'country:FR' }, 'NAME_ASC')],
    ['organisations by agreement', organizationsQuery({ partyTo: MOU_ID, kind: 'AGENCY' }, 'NAME_ASC')],
    ['countries by name prefix', countriesQuery({ namePrefix: 'Ti' }, 'NAME_ASC')],
    ['positions by organisation', positionsQuery({ organization: 'org:bnpt', heldAsOf: '2020-07-14' }, 'NAME_ASC')],
    ['positions by country', positionsQuery({ country: 'country:FR' }, 'NAME_ASC')],
    [
      'agreements by parties',
      agreementsQuery({ parties: ['country:FR', 'country:ID'], status: 'PLANNED' }, 'PERIOD_START_ASC'),
    ],
    ['agreements by kind', agreementsQuery({ kind: 'MOU' }, 'PERIOD_START_ASC')],
    ['agreements by status', agreementsQuery({ status: 'PLANNED' }, 'NAME_ASC')],
    ['agreements by period', agreementsQuery({ signedFrom: '2015-01-01' }, 'PERIOD_START_DESC')],
    ['events by country', eventsQuery({ country: 'country:ID', hasFollowUp: true }, 'DATE_ASC')],
    ['events by organisation', eventsQuery({ organization: 'org:bnpt', country: 'country:ID' }, 'DATE_DESC')],
    ['events by kind', eventsQuery({ kind: 'WORKSHOP', from: '2018-01-01' }, 'DATE_ASC')],
    ['events by end date', eventsQuery({ to: '2019-01-01' }, 'DATE_ASC')],
    ['events by place', eventsQuery({ place: 'Jakarta' }, 'NAME_ASC')],
  ])('%s seek an index, never scan a label', async (_name, query) => {
    await expectNoLabelScan(listStatement(query, WINDOW));
  });

  it.each<[string, ListQuery, 'YEAR' | 'COUNTRY' | 'KIND' | 'ORGANIZATION']>([
    ['events by country per year', eventsQuery({ country: 'country:ID' }, 'DATE_ASC'), 'YEAR'],
    ['events by kind per organisation', eventsQuery({ kind: 'WORKSHOP' }, 'DATE_ASC'), 'ORGANIZATION'],
    ['agreements by party per country', agreementsQuery({ parties: ['country:ID'] }, 'PERIOD_START_ASC'), 'COUNTRY'],
    ['agreements by status per kind', agreementsQuery({ status: 'PLANNED' }, 'PERIOD_START_ASC'), 'KIND'],
  ])('the counts of %s seek an index, never scan a label', async (_name, query, by) => {
    await expectNoLabelScan(facetStatement(query, by));
  });

  it('the network starts from the unique id and reads the accompaniments and visits of an event by their index', async () => {
    await expectNoLabelScan({
      cypher: NETWORK_CYPHER,
      params: { id: 'person:andhika-krisnayudhanto', from: null, to: null },
    });
  });

  async function expectNoLabelScan({
    cypher,
    params,
  }: {
    cypher: string;
    params: Record<string, unknown>;
  }): Promise<void> {
    const session = graph.db.driver.session({ database: graph.db.database });
    try {
      const result = await session.run(`PROFILE ${cypher}`, params);
      const profile = result.summary.profile;
      expect(profile).not.toBe(false);
      const operators = operatorsOf(profile as unknown as PlanNode);
      expect(operators.some((operator) => operator.includes('Seek') || operator.includes('IndexContainsScan'))).toBe(
        true,
      );
      expect(operators).not.toContain('NodeByLabelScan');
      expect(operators).not.toContain('AllNodesScan');
    } finally {
      await session.close();
    }
  }
});
