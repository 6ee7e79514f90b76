/**
 * Concurrent corrections: eight identical corrections sent at once. Exactly one wins, the seven others are answered
 * CONFLICT with a sentence, and the graph is then the same as after the correction sent once (same checksum over
 * every node and relationship, change ids and times of writing left out).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { EntityLabel } from '../../src/graph/model.js';
import { mergeEntities } from '../../src/graph/writers/index.js';
import { loadSeedGraph, WORKSHOP_ID } from '../fixtures/graph/seed-graph.js';
import { fingerprint } from '../hardening/helpers.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';
import { createTestClient, type GraphQLResult, type TestClient } from './graphql-client.js';

const ATTEMPTS = 8;
const ANDHIKA = 'person:andhika-krisnayudhanto';
const DUPLICATE = 'person:a-chrisnayudhanto';
const DEPUTI = 'position:deputi-bidang-kerja-sama-internasional@org:bnpt';

const ADD_FACT = `mutation ($type: FactType!, $from: ID!, $to: ID!, $attributes: FactAttributesInput, $quote: String!) {
  addFact(type: $type, fromId: $from, toId: $to, attributes: $attributes, reason: "seen in a later article", quote: $quote) { change { id factId } } }`;
const MERGE = `mutation { mergeEntities(keepId: "${ANDHIKA}", mergeId: "${DUPLICATE}", reason: "same person") { change { id } } }`;
const SPLIT = `mutation ($factIds: [ID!]!) { splitEntity(id: "${DUPLICATE}", newName: "Agus Chrisnayudhanto", factIds: $factIds, reason: "two people") { change { id } } }`;
const RETRACT = `mutation ($id: ID!) { retractFact(factId: $id, reason: "misread") { change { id } } }`;
const UNDO = `mutation ($id: ID!) { undoChange(changeId: $id, reason: "retracted by mistake") { change { id } } }`;

let db: Database;
let client: TestClient;

async function analyst<Data>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResult<Data>> {
  return client.query<Data>(query, variables, { analyst: true, actor: 'rina' });
}

/** The seed graph, a second spelling of Andhika with one post and one talk; returns the id of that post. */
async function resetGraph(): Promise<string> {
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
  const post = await analyst<{ addFact: { change: { factId: string } } }>(ADD_FACT, {
    type: 'HOLDS_POSITION',
    from: DUPLICATE,
    to: DEPUTI,
    attributes: { firstSeen: '2020-07-14' },
    quote: 'Deputi A. Chrisnayudhanto',
  });
  expect(post.errors).toBeNull();
  const talk = await analyst(ADD_FACT, {
    type: 'PARTICIPATED_IN',
    from: DUPLICATE,
    to: WORKSHOP_ID,
    attributes: { role: 'SPEAKER' },
    quote: 'A. Chrisnayudhanto berbicara',
  });
  expect(talk.errors).toBeNull();
  return post.data!.addFact.change.factId;
}

interface Scenario {
  /** Prepares the graph and returns the correction to send. */
  prepare(): Promise<{ query: string; variables: Record<string, unknown> }>;
}

interface Outcome {
  attempts: number;
  winners: number;
  conflicts: number;
  others: string[];
  conflictMessages: string[];
  /** Time from sending the first to receiving the last answer. */
  ms: number;
  checksum: string;
}

async function run(scenario: Scenario, attempts: number): Promise<Outcome> {
  const { query, variables } = await scenario.prepare();
  const sent = performance.now();
  const results = await Promise.all(Array.from({ length: attempts }, () => analyst(query, variables)));
  const ms = Math.round(performance.now() - sent);
  const failures = results.flatMap((result) => result.errors ?? []);
  const conflicts = failures.filter((error) => error.extensions?.code === 'CONFLICT');
  return {
    attempts,
    winners: results.filter((result) => result.errors === null).length,
    conflicts: conflicts.length,
    others: failures
      .filter((error) => error.extensions?.code !== 'CONFLICT')
      .map((error) => `${String(error.extensions?.code)}: ${error.message}`),
    conflictMessages: [...new Set(conflicts.map((error) => error.message))],
    ms,
    checksum: (await fingerprint(db, { ignoreChangeIds: true })).checksum,
  };
}

const figures: Record<string, Omit<Outcome, 'checksum' | 'conflictMessages'>> = {};

/** Sends the correction once, then `ATTEMPTS` times at once on the same graph, and compares. */
async function expectOneWinner(name: string, scenario: Scenario): Promise<void> {
  const once = await run(scenario, 1);
  expect(once.winners).toBe(1);
  const concurrent = await run(scenario, ATTEMPTS);
  const { checksum: _checksum, conflictMessages, ...counts } = concurrent;
  figures[name] = counts;
  expect(concurrent.others).toEqual([]);
  expect(concurrent.winners).toBe(1);
  expect(concurrent.conflicts).toBe(ATTEMPTS - 1);
  for (const message of conflictMessages) expect(message).toMatch(/^[A-Z"].* .*\.$/);
  expect(concurrent.checksum).toBe(once.checksum);
}

beforeAll(async () => {
  db = openTestDatabase();
  client = await createTestClient(db);
});

afterAll(async () => {
  console.log(`concurrent corrections: ${JSON.stringify(figures)}`);
  await clearDatabase(db);
  await db.close();
});

describe(`${ATTEMPTS} identical corrections at once`, { timeout: 90_000 }, () => {
  it('undo the same retraction once: the fact comes back once, the other undos are CONFLICT', async () => {
    await expectOneWinner('undoChange', {
      async prepare() {
        const factId = await resetGraph();
        const retracted = await analyst<{ retractFact: { change: { id: string } } }>(RETRACT, { id: factId });
        expect(retracted.errors).toBeNull();
        return { query: UNDO, variables: { id: retracted.data!.retractFact.change.id } };
      },
    });
  });

  it('merge the same pair once: the other merges are CONFLICT', async () => {
    await expectOneWinner('mergeEntities', {
      async prepare() {
        await resetGraph();
        return { query: MERGE, variables: {} };
      },
    });
  });

  it('split the same facts off once: one new entity, the other splits are CONFLICT', async () => {
    await expectOneWinner('splitEntity', {
      async prepare() {
        const factId = await resetGraph();
        return { query: SPLIT, variables: { factIds: [factId] } };
      },
    });
  });

  it('retract the same fact once: the other retractions are CONFLICT', async () => {
    await expectOneWinner('retractFact', {
      async prepare() {
        const factId = await resetGraph();
        return { query: RETRACT, variables: { id: factId } };
      },
    });
  });

  it('add the same fact with the same quote once: the other additions are CONFLICT', async () => {
    await expectOneWinner('addFact', {
      async prepare() {
        await resetGraph();
        return {
          query: ADD_FACT,
          variables: {
            type: 'ACCOMPANIED_BY',
            from: 'person:suhardi-alius',
            to: DUPLICATE,
            attributes: { eventId: WORKSHOP_ID },
            quote: 'didampingi A. Chrisnayudhanto',
          },
        };
      },
    });
  });
});
