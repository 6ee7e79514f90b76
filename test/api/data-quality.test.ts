/** The dataQuality query: the contradictions an analyst should look at. */
import { describe, expect, it } from 'vitest';
import { EntityLabel } from '../../src/graph/model.js';
import { mergeEntities } from '../../src/graph/writers/index.js';
import { loadSeedGraph, WORKPLAN_ID, WORKSHOP_ID } from '../fixtures/graph/seed-graph.js';
import { useGraphUnderTest } from './graphql-client.js';

const graph = useGraphUnderTest(loadSeedGraph);

const DATA_QUALITY = `{ dataQuality(first: 100) { totalCount edges { node {
  kind description
  ... on OverlappingTenures { position { id } tenures { person { id } } }
  ... on PersonInTwoPlaces { person { id } date events { id } }
  ... on EventOutsideAgreementPeriod { event { id } agreement { id } }
} } } }`;

type Contradiction = {
  kind: string;
  description: string;
  position?: { id: string };
  tenures?: { person: { id: string } }[];
  person?: { id: string };
  date?: string;
  events?: { id: string }[];
  event?: { id: string };
  agreement?: { id: string };
};

async function contradictions(): Promise<Contradiction[]> {
  const { data, errors } = await graph.client.query<{ dataQuality: { edges: { node: Contradiction }[] } }>(
    DATA_QUALITY,
  );
  expect(errors).toBeNull();
  return data!.dataQuality.edges.map((e) => e.node);
}

const ADD_FACT = `mutation ($type: FactType!, $from: ID!, $to: ID!, $attributes: FactAttributesInput) {
  addFact(type: $type, fromId: $from, toId: $to, attributes: $attributes, reason: "test", quote: "test") { change { id } }
}`;

describe('dataQuality', () => {
  it('flags the workshop of 2018 as dated after the 2015–2017 workplan it follows', async () => {
    expect(await contradictions()).toContainEqual(
      expect.objectContaining({
        kind: 'EVENT_OUTSIDE_AGREEMENT_PERIOD',
        event: { id: WORKSHOP_ID },
        agreement: { id: WORKPLAN_ID },
      }),
    );
  });

  it('finds no two holders of one post on the seed articles alone', async () => {
    expect((await contradictions()).filter((c) => c.kind === 'OVERLAPPING_TENURES')).toEqual([]);
  });

  it('flags two holders of one post attested on the same date', async () => {
    await graph.client.query(
      ADD_FACT,
      {
        type: 'HOLDS_POSITION',
        from: 'person:kris-erlangga',
        to: 'position:kepala@org:bnpt',
        attributes: { firstSeen: '2018-09-19' },
      },
      { analyst: true },
    );
    const found = (await contradictions()).find((c) => c.kind === 'OVERLAPPING_TENURES');
    expect(found?.position).toEqual({ id: 'position:kepala@org:bnpt' });
    expect(found?.tenures?.map((t) => t.person.id).sort()).toEqual(['person:kris-erlangga', 'person:suhardi-alius']);
  });

  it('flags a person at two events in different places on one day', async () => {
    await mergeEntities(graph.db, [
      {
        id: 'event:test:1',
        label: EntityLabel.Event,
        name: 'Rapat di Bandung',
        aliases: [],
        notes: [],
        props: { kind: 'MEETING', datePrecision: 'DAY', place: 'Gedung Sate Bandung' },
        dates: { date: '2018-09-19' },
      },
    ]);
    await graph.client.query(
      ADD_FACT,
      { type: 'PARTICIPATED_IN', from: 'person:suhardi-alius', to: 'event:test:1', attributes: { role: 'HOST' } },
      { analyst: true },
    );
    expect(await contradictions()).toContainEqual(
      expect.objectContaining({
        kind: 'PERSON_IN_TWO_PLACES',
        person: { id: 'person:suhardi-alius' },
        date: '2018-09-19',
        events: [{ id: WORKSHOP_ID }, { id: 'event:test:1' }],
      }),
    );
  });
});
