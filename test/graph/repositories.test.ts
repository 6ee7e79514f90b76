/** Batch queries of the repositories: one round trip for many keys, answers in key order, empty for a missing key. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { findEntitiesByIds } from '../../src/graph/repositories/entities.js';
import { prefetchEntity } from '../../src/graph/repositories/prefetch.js';
import { loadRelation } from '../../src/graph/repositories/relations.js';
import { ENTITY_FIELDS, EVIDENCE_FIELDS } from '../../src/graph/repositories/rows.js';
import { loadSeedGraph, VISIT_ID, WORKSHOP_ID } from '../fixtures/graph/seed-graph.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';

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

describe('loadRelation', () => {
  it('answers one list per event in key order, an empty one for an unknown event', async () => {
    const [visit, unknown, workshop] = await loadRelation(db, {
      name: 'participants',
      ids: [VISIT_ID, 'event:none:1', WORKSHOP_ID],
      evidence: [],
    });
    expect(visit!.length).toBeGreaterThan(0);
    expect(visit!.some((row) => workshop!.some((other) => other.factId === row.factId))).toBe(false);
    expect(unknown).toEqual([]);
    expect(workshop!.map((row) => `${row.other.id} ${row.role}`)).toContain('org:polri FACILITATOR');
  });

  it('converts dates to ISO strings and brings the evidence with its article when asked for', async () => {
    const [workshop] = await loadRelation(db, { name: 'participants', ids: [WORKSHOP_ID], evidence: EVIDENCE_FIELDS });
    const polri = workshop!.find((row) => row.other.id === 'org:polri')!;
    expect(polri.evidence[0]).toMatchObject({
      date: '2018-09-19',
      start: expect.any(Number),
      article: { source: 'BNPT' },
    });
  });

  it('loads no evidence when not asked for, and the same rows otherwise', async () => {
    const [bare] = await loadRelation(db, { name: 'participants', ids: [WORKSHOP_ID], evidence: [] });
    const [full] = await loadRelation(db, { name: 'participants', ids: [WORKSHOP_ID], evidence: EVIDENCE_FIELDS });
    expect(bare!.every((row) => row.evidence.length === 0)).toBe(true);
    expect(full!.every((row) => row.evidence.length > 0)).toBe(true);
    expect(bare!.map((row) => row.factId)).toEqual(full!.map((row) => row.factId));
  });

  it("carries only the entity fields and article fields asked for, and the ends' ids, names and labels", async () => {
    const [cut] = await loadRelation(db, {
      name: 'participants',
      ids: [WORKSHOP_ID],
      evidence: ['id', 'article', 'article.title'],
      entity: ['acronym'],
    });
    const polri = cut!.find((row) => row.other.id === 'org:polri')!;
    expect(Object.keys(polri.other).sort()).toEqual(['acronym', 'id', 'label', 'name']);
    expect(Object.keys(polri.evidence[0]!.article!).sort()).toEqual(['id', 'title']);
    const [events] = await loadRelation(db, { name: 'participations', ids: ['org:polri'], evidence: [], entity: [] });
    // An event's dates come whatever is asked: the answers filter and order by them.
    expect(Object.keys(events![0]!.other).sort()).toEqual(['date', 'datePrecision', 'endDate', 'id', 'label', 'name']);
  });

  it.each([
    ['from', { from: '2019-01-01', to: null, role: null }, [`${VISIT_ID} HOST`]],
    ['to', { from: null, to: '2018-09-19', role: null }, [`${WORKSHOP_ID} FACILITATOR`, `${WORKSHOP_ID} HOST`]],
    ['role', { from: null, to: null, role: 'HOST' }, [`${WORKSHOP_ID} HOST`, `${VISIT_ID} HOST`]],
    ['all three', { from: '2018-09-19', to: '2018-09-19', role: 'HOST' }, [`${WORKSHOP_ID} HOST`]],
    ['a range with nothing in it', { from: '2019-01-01', to: '2019-12-31', role: null }, []],
  ])('keeps only the rows a filter by %s keeps, in the same order', async (_name, filter, kept) => {
    const [all] = await loadRelation(db, { name: 'participations', ids: ['org:bnpt'], evidence: [] });
    const [filtered] = await loadRelation(db, { name: 'participations', ids: ['org:bnpt'], evidence: [], filter });
    expect(all).toHaveLength(3);
    expect(filtered!.map((row) => `${row.other.id} ${row.role}`)).toEqual(kept);
  });

  it("filters accompaniments by their event's date, which the companion itself has not", async () => {
    const load = (filter?: { from: string | null; to: string | null; role: null }) =>
      loadRelation(db, {
        name: 'companions',
        ids: ['person:boy-rafli-amar'],
        evidence: [],
        ...(filter ? { filter } : {}),
      });
    const [all] = await load();
    const [fromTheVisit] = await load({ from: '2020-07-14', to: null, role: null });
    const [beforeIt] = await load({ from: null, to: '2020-07-13', role: null });
    expect(all!.length).toBeGreaterThan(0);
    expect(all!.every((row) => row.event?.id === VISIT_ID)).toBe(true);
    expect(fromTheVisit).toEqual(all);
    expect(beforeIt).toEqual([]);
  });

  it('refuses a filter for a relation whose statement cannot apply one', async () => {
    await expect(
      loadRelation(db, {
        name: 'personTenures',
        ids: ['person:suhardi-alius'],
        evidence: [],
        filter: { from: '2018-01-01', to: null, role: null },
      }),
    ).rejects.toThrow(/no row filter for the person tenure relation/);
  });
});

describe('prefetchEntity', () => {
  it('answers an entity and two levels of relations in one round trip, as the batch loads answer them', async () => {
    const before = db.queryCount;
    const prefetched = await prefetchEntity(db, {
      id: 'person:suhardi-alius',
      steps: [
        {
          relation: 'personTenures',
          evidence: EVIDENCE_FIELDS,
          entity: ENTITY_FIELDS,
          next: [
            {
              end: 'position',
              steps: [{ relation: 'organizationOfPosition', evidence: [], entity: ENTITY_FIELDS, next: [] }],
            },
          ],
        },
        {
          relation: 'participations',
          evidence: [],
          entity: ENTITY_FIELDS,
          next: [
            {
              end: 'other',
              steps: [{ relation: 'participants', evidence: EVIDENCE_FIELDS, entity: ENTITY_FIELDS, next: [] }],
            },
          ],
        },
      ],
    });
    expect(db.queryCount - before).toBe(1);
    expect(prefetched.entity).toMatchObject({ id: 'person:suhardi-alius', label: 'Person' });
    const answers = (relation: string) => prefetched.relations.filter((r) => r.relation === relation);
    const [tenures] = answers('personTenures');
    expect(tenures!.value).toEqual(
      (await loadRelation(db, { name: 'personTenures', ids: ['person:suhardi-alius'], evidence: EVIDENCE_FIELDS }))[0],
    );
    const positions = answers('organizationOfPosition').map((r) => r.key);
    expect(positions.length).toBeGreaterThan(0);
    for (const answer of answers('organizationOfPosition')) {
      expect(answer.value).toEqual(
        (await loadRelation(db, { name: 'organizationOfPosition', ids: [answer.key], evidence: [] }))[0],
      );
    }
    const events = answers('participants');
    const [participations] = await loadRelation(db, {
      name: 'participations',
      ids: ['person:suhardi-alius'],
      evidence: [],
    });
    expect(events.length).toBeGreaterThan(0);
    expect(events.map((r) => r.key).sort()).toEqual([...new Set(participations!.map((r) => r.other.id))].sort());
    for (const answer of events) {
      expect(answer.value).toEqual(
        (await loadRelation(db, { name: 'participants', ids: [answer.key], evidence: EVIDENCE_FIELDS }))[0],
      );
    }
  });

  it('answers no entity for an unknown id', async () => {
    await expect(
      prefetchEntity(db, {
        id: 'person:nobody',
        steps: [{ relation: 'participations', evidence: [], entity: ENTITY_FIELDS, next: [] }],
      }),
    ).resolves.toEqual({
      entity: null,
      relations: [],
    });
  });
});

describe('positionSuccession', () => {
  it('places every holder of a post in time in one round trip', async () => {
    const before = db.queryCount;
    const [kepala] = await loadRelation(db, {
      name: 'positionSuccession',
      ids: ['position:kepala@org:bnpt'],
      evidence: [],
    });
    expect(db.queryCount - before).toBe(1);
    expect(kepala!.map((t) => [t.person.id, t.start?.date, t.end?.date ?? null])).toEqual([
      ['person:suhardi-alius', '2018-09-19', '2020-07-14'],
      ['person:boy-rafli-amar', '2020-07-14', null],
    ]);
  });
});
