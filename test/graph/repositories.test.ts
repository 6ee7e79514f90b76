/** Batch queries of the repositories: one round trip for many keys, answers in key order, empty for a missing key. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { findEntitiesByIds } from '../../src/graph/repositories/entities.js';
import { eventParticipants } from '../../src/graph/repositories/neighbours.js';
import { positionSuccession } from '../../src/graph/repositories/tenure.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';
import { loadSeedGraph, VISIT_ID, WORKSHOP_ID } from '../fixtures/graph/seed-graph.js';

let db: Database;

beforeAll(async () => {
  db = openTestDatabase();
  await clearDatabase(db);
  await loadSeedGraph(db);
});

afterAll(async () => {
  await clearDatabase(db);
  await db.close();
});

describe('findEntitiesByIds', () => {
  it('answers in key order in one round trip, null for an unknown id', async () => {
    const before = db.queryCount;
    const rows = await findEntitiesByIds(db, ['org:bnpt', 'person:nobody', 'country:FR']);
    expect(db.queryCount - before).toBe(1);
    expect(rows.map((row) => row?.id ?? null)).toEqual(['org:bnpt', null, 'country:FR']);
    expect(rows[2]).toMatchObject({ label: 'Country', iso2: 'FR', name: 'Perancis' });
  });
});

describe('eventParticipants', () => {
  it('answers one list per event in key order, an empty one for an unknown event', async () => {
    const [visit, unknown, workshop] = await eventParticipants(db, [VISIT_ID, 'event:none:1', WORKSHOP_ID]);
    expect(visit!.map((row) => row.key)).toEqual(visit!.map(() => VISIT_ID));
    expect(unknown).toEqual([]);
    expect(workshop!.map((row) => `${row.other.id} ${row.role}`)).toContain('org:polri FACILITATOR');
  });

  it('converts dates to ISO strings and brings the evidence with its article', async () => {
    const [workshop] = await eventParticipants(db, [WORKSHOP_ID]);
    const polri = workshop!.find((row) => row.other.id === 'org:polri')!;
    expect(polri.evidence[0]).toMatchObject({ date: '2018-09-19', start: expect.any(Number), article: { source: 'BNPT' } });
  });
});

describe('positionSuccession', () => {
  it('places every holder of a post in time in one round trip', async () => {
    const before = db.queryCount;
    const [kepala] = await positionSuccession(db, ['position:kepala@org:bnpt']);
    expect(db.queryCount - before).toBe(1);
    expect(kepala!.map((t) => [t.person.id, t.start?.date, t.end?.date ?? null])).toEqual([
      ['person:suhardi-alius', '2018-09-19', '2020-07-14'],
      ['person:boy-rafli-amar', '2020-07-14', null],
    ]);
  });
});
