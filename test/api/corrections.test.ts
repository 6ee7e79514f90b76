/** Analyst corrections through GraphQL: the API key, merge and its undo, split, add and retract, history. */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { EntityLabel } from '../../src/graph/model.js';
import { mergeEntities } from '../../src/graph/writers/index.js';
import { loadSeedGraph, WORKSHOP_ID } from '../fixtures/graph/seed-graph.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';
import { createTestClient, type TestClient } from './graphql-client.js';

let db: Database;
let client: TestClient;

const ANDHIKA = 'person:andhika-krisnayudhanto';
const DUPLICATE = 'person:a-chrisnayudhanto';
const DEPUTI = 'position:deputi-bidang-kerja-sama-internasional@org:bnpt';

const ADD_FACT = `mutation ($type: FactType!, $from: ID!, $to: ID!, $attributes: FactAttributesInput, $quote: String!) {
  addFact(type: $type, fromId: $from, toId: $to, attributes: $attributes, reason: "seen in a later article", quote: $quote) {
    change { id action actor factId }
  }
}`;
const MERGE = `mutation ($keep: ID!, $merge: ID!) {
  mergeEntities(keepId: $keep, mergeId: $merge, reason: "same person, other spelling") {
    change { id action actor reason entities { id } }
    entity { id ... on Entity { aliases } }
  }
}`;
const UNDO = `mutation ($id: ID!) { undoChange(changeId: $id, reason: "merged by mistake") { change { id action undoes { id } } } }`;
const PERSON = `query ($id: ID!) { node(id: $id) { id ... on Person { name aliases
  positions { edges { node { factId position { id } evidence { quote extractorVersion } } } }
  events { edges { role node { id } } }
  history { totalCount edges { node { action actor reason undoneBy { action } } } } } } }`;

type PersonData = {
  node: {
    id: string;
    name: string;
    aliases: string[];
    positions: {
      edges: {
        node: { factId: string; position: { id: string }; evidence: { quote: string; extractorVersion: string }[] };
      }[];
    };
    events: { edges: { role: string; node: { id: string } }[] };
    history: {
      totalCount: number;
      edges: { node: { action: string; actor: string; reason: string; undoneBy: { action: string } | null } }[];
    };
  };
};

async function analyst<Data>(query: string, variables: Record<string, unknown>) {
  const result = await client.query<Data>(query, variables, { analyst: true, actor: 'rina' });
  expect(result.errors).toBeNull();
  return result.data!;
}

beforeAll(async () => {
  db = openTestDatabase();
  client = await createTestClient(db);
});

beforeEach(async () => {
  await clearDatabase(db);
  await loadSeedGraph(db);
  await mergeEntities(db, [
    {
      id: DUPLICATE,
      label: EntityLabel.Person,
      name: 'A. Chrisnayudhanto',
      aliases: [],
      props: {},
      dates: {},
      notes: [],
    },
  ]);
  await analyst(ADD_FACT, {
    type: 'HOLDS_POSITION',
    from: DUPLICATE,
    to: DEPUTI,
    attributes: { firstSeen: '2020-07-14' },
    quote: 'Deputi A. Chrisnayudhanto',
  });
  await analyst(ADD_FACT, {
    type: 'PARTICIPATED_IN',
    from: DUPLICATE,
    to: WORKSHOP_ID,
    attributes: { role: 'SPEAKER' },
    quote: 'A. Chrisnayudhanto berbicara',
  });
});

afterAll(async () => {
  await clearDatabase(db);
  await db.close();
});

describe('the API key', () => {
  it('is needed for every correction: without it the answer is UNAUTHENTICATED and nothing changes', async () => {
    const { errors } = await client.query(MERGE, { keep: ANDHIKA, merge: DUPLICATE });
    expect(errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
    const { data } = await client.query<PersonData>(PERSON, { id: DUPLICATE });
    expect(data!.node.id).toBe(DUPLICATE);
  });
});

describe('mergeEntities', () => {
  it('makes the merged id answer the kept entity, with the merged name among its aliases', async () => {
    await analyst(MERGE, { keep: ANDHIKA, merge: DUPLICATE });
    const { data } = await client.query<PersonData>(PERSON, { id: DUPLICATE });
    expect(data!.node.id).toBe(ANDHIKA);
    expect(data!.node.aliases).toEqual(expect.arrayContaining(['Andhika Chrisnayudhanto', 'A. Chrisnayudhanto']));
  });

  it('keeps all evidence: a fact both stated is backed by the evidence of both', async () => {
    await analyst(MERGE, { keep: ANDHIKA, merge: DUPLICATE });
    const { data } = await client.query<PersonData>(PERSON, { id: ANDHIKA });
    const deputi = data!.node.positions.edges.find((e) => e.node.position.id === DEPUTI)!;
    expect(deputi.node.evidence.map((e) => e.quote)).toEqual(
      expect.arrayContaining([
        'Deputi Bidang Kerja Sama Internasional BNPT, Andhika Chrisnayudhanto',
        'Deputi A. Chrisnayudhanto',
      ]),
    );
    expect(data!.node.events.edges).toContainEqual({ role: 'SPEAKER', node: { id: WORKSHOP_ID } });
  });

  it('is recorded in the history of the kept entity with who, what and why', async () => {
    await analyst(MERGE, { keep: ANDHIKA, merge: DUPLICATE });
    const { data } = await client.query<PersonData>(PERSON, { id: ANDHIKA });
    expect(data!.node.history.edges[0]!.node).toEqual({
      action: 'MERGE',
      actor: 'rina',
      reason: 'same person, other spelling',
      undoneBy: null,
    });
  });

  it('is undone by undoChange: both entities, their facts and their evidence are as before', async () => {
    const before = await client.query<PersonData>(PERSON, { id: ANDHIKA });
    const merged = await analyst<{ mergeEntities: { change: { id: string } } }>(MERGE, {
      keep: ANDHIKA,
      merge: DUPLICATE,
    });
    await analyst(UNDO, { id: merged.mergeEntities.change.id });
    const after = await client.query<PersonData>(PERSON, { id: ANDHIKA });
    const duplicate = await client.query<PersonData>(PERSON, { id: DUPLICATE });
    expect(after.data!.node.aliases).toEqual(before.data!.node.aliases);
    expect(after.data!.node.positions).toEqual(before.data!.node.positions);
    expect(duplicate.data!.node.id).toBe(DUPLICATE);
    expect(duplicate.data!.node.events.edges).toEqual([{ role: 'SPEAKER', node: { id: WORKSHOP_ID } }]);
    expect(after.data!.node.history.edges.map((e) => [e.node.action, e.node.undoneBy?.action ?? null])).toEqual([
      ['UNDO', null],
      ['MERGE', 'UNDO'],
    ]);
  });

  it('refuses to undo a change twice with CONFLICT', async () => {
    const merged = await analyst<{ mergeEntities: { change: { id: string } } }>(MERGE, {
      keep: ANDHIKA,
      merge: DUPLICATE,
    });
    await analyst(UNDO, { id: merged.mergeEntities.change.id });
    const { errors } = await client.query(UNDO, { id: merged.mergeEntities.change.id }, { analyst: true });
    expect(errors![0]!.extensions!.code).toBe('CONFLICT');
  });

  it('refuses to merge entities of different types with BAD_USER_INPUT', async () => {
    const { errors } = await client.query(MERGE, { keep: ANDHIKA, merge: 'org:bnpt' }, { analyst: true });
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });
});

describe('splitEntity', () => {
  it('moves the chosen facts to a new entity of the same type', async () => {
    const { data } = await client.query<PersonData>(PERSON, { id: DUPLICATE });
    const factId = data!.node.positions.edges[0]!.node.factId;
    const split = await analyst<{ splitEntity: { entity: { id: string; name: string } } }>(
      `mutation ($factIds: [ID!]!) { splitEntity(id: "${DUPLICATE}", newName: "Agus Chrisnayudhanto", factIds: $factIds, reason: "two people") {
        entity { id ... on Entity { name } } } }`,
      { factIds: [factId] },
    );
    expect(split.splitEntity.entity).toEqual({ id: 'person:agus-chrisnayudhanto', name: 'Agus Chrisnayudhanto' });
    const created = await client.query<PersonData>(PERSON, { id: 'person:agus-chrisnayudhanto' });
    expect(created.data!.node.positions.edges.map((e) => e.node.factId)).toEqual([factId]);
    const rest = await client.query<PersonData>(PERSON, { id: DUPLICATE });
    expect(rest.data!.node.positions.edges).toEqual([]);
  });
});

describe('addFact and retractFact', () => {
  it("adds a fact backed by the analyst's quote", async () => {
    const { data } = await client.query<PersonData>(PERSON, { id: DUPLICATE });
    expect(data!.node.positions.edges[0]!.node.evidence).toEqual([
      { quote: 'Deputi A. Chrisnayudhanto', extractorVersion: 'analyst' },
    ]);
  });

  it('refuses a fact between entities of the wrong types with BAD_USER_INPUT', async () => {
    const { errors } = await client.query(
      ADD_FACT,
      { type: 'HOLDS_POSITION', from: 'org:bnpt', to: DEPUTI, quote: 'x' },
      { analyst: true },
    );
    expect(errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('retracts a fact, and undoChange brings it back with its evidence', async () => {
    const { data } = await client.query<PersonData>(PERSON, { id: DUPLICATE });
    const factId = data!.node.positions.edges[0]!.node.factId;
    const retracted = await analyst<{ retractFact: { change: { id: string } } }>(
      `mutation ($id: ID!) { retractFact(factId: $id, reason: "misread") { change { id } } }`,
      { id: factId },
    );
    expect((await client.query<PersonData>(PERSON, { id: DUPLICATE })).data!.node.positions.edges).toEqual([]);
    await analyst(UNDO, { id: retracted.retractFact.change.id });
    const restored = await client.query<PersonData>(PERSON, { id: DUPLICATE });
    expect(restored.data!.node.positions).toEqual(data!.node.positions);
  });

  it('answers NOT_FOUND when retracting a fact that does not exist', async () => {
    const { errors } = await client.query(
      `mutation { retractFact(factId: "fact:nope", reason: "x") { change { id } } }`,
      {},
      { analyst: true },
    );
    expect(errors![0]!.extensions!.code).toBe('NOT_FOUND');
  });
});
