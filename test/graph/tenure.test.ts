/**
 * The arithmetic of tenures, as Neo4j does it (`placedTenures`): holdings given as parameters, placed by the same
 * expression the relations and the contradictions use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { EntityLabel, FactType } from '../../src/graph/model.js';
import { loadRelation } from '../../src/graph/repositories/relations.js';
import type { EntityRow } from '../../src/graph/repositories/rows.js';
import {
  ACTING_RULE,
  byStart,
  placedTenures,
  type TenureRow,
  tenureContains,
} from '../../src/graph/repositories/tenure.js';
import { mergeEntities, mergeEvidence, mergeFacts } from '../../src/graph/writers/index.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';

const KEPALA: EntityRow = { id: 'position:kepala@org:bnpt', label: 'Position', name: 'Kepala BNPT', aliases: [] };

interface Holding {
  factId: string;
  person: EntityRow;
  position: EntityRow;
  firstSeen: string | null;
  firstSeenPrecision: string | null;
  lastSeen: string | null;
  lastSeenPrecision: string;
  former: boolean;
  evidence: never[];
  attestations?: { confidence: number | null; rule: string | null }[];
}

function holding(
  personId: string,
  firstSeen: string | null,
  options: {
    former?: boolean;
    lastSeen?: string;
    precision?: string;
    attestations?: { confidence: number | null; rule: string | null }[];
  } = {},
): Holding {
  return {
    factId: `fact:${personId}`,
    person: { id: personId, label: 'Person', name: personId, aliases: [] },
    position: KEPALA,
    firstSeen,
    firstSeenPrecision: firstSeen ? (options.precision ?? 'DAY') : null,
    lastSeen: options.lastSeen ?? firstSeen,
    lastSeenPrecision: 'DAY',
    former: options.former ?? false,
    evidence: [],
    ...(options.attestations ? { attestations: options.attestations } : {}),
  };
}

let db: Database;
beforeAll(() => {
  db = openTestDatabase();
});
afterAll(async () => {
  await db.close();
});

/** The tenures Neo4j places from `holdings` (dates passed as ISO strings, stored as Dates), by start. */
async function place(holdings: Holding[]): Promise<TenureRow[]> {
  const rows = await db.read<{ tenures: TenureRow[] }>(
    `WITH [h IN $holdings | h { .*, firstSeen: date(h.firstSeen), lastSeen: date(h.lastSeen) }] AS holdings
     RETURN ${placedTenures('holdings')} AS tenures`,
    { holdings },
  );
  return [...(rows[0]?.tenures ?? [])].sort(byStart);
}

const of = (tenures: TenureRow[], id: string): TenureRow => tenures.find((t) => t.person.id === id) as TenureRow;

describe('placedTenures', () => {
  it("ends a holder's tenure when the next holder's starts", async () => {
    const [suhardi, boy] = await place([holding('boy', '2020-07-14'), holding('suhardi', '2018-09-19')]);
    expect([suhardi?.person.id, suhardi?.start, suhardi?.end, suhardi?.endInferred]).toEqual([
      'suhardi',
      { date: '2018-09-19', precision: 'DAY' },
      { date: '2020-07-14', precision: 'DAY' },
      true,
    ]);
    expect([boy?.person.id, boy?.end, boy?.endInferred]).toEqual(['boy', null, false]);
  });

  it('ends at the earliest later holder, whatever the order of the holdings', async () => {
    const tenures = await place([
      holding('c', '2022-01-01'),
      holding('a', '2016-01-01'),
      holding('b', '2019-05-01', { precision: 'MONTH' }),
    ]);
    expect(tenures.map((t) => [t.person.id, t.end?.date ?? null, t.end?.precision ?? null])).toEqual([
      ['a', '2019-05-01', 'MONTH'],
      ['b', '2022-01-01', 'DAY'],
      ['c', null, null],
    ]);
  });

  it('gives a former post no start and ends it by the date it was mentioned', async () => {
    const [former] = await place([holding('suhardi', '2018-09-19', { former: true })]);
    expect([former?.start, former?.end, former?.former]).toEqual([
      null,
      { date: '2018-09-19', precision: 'DAY' },
      true,
    ]);
  });

  it("does not let a former holding end anyone else's tenure", async () => {
    const tenures = await place([holding('a', '2018-01-01'), holding('b', '2019-01-01', { former: true })]);
    expect(of(tenures, 'a').end).toBeNull();
  });

  it('does not end a tenure at a later attestation of the same person', async () => {
    const tenures = await place([holding('a', '2018-01-01', { lastSeen: '2021-01-01' })]);
    expect([tenures[0]?.end, tenures[0]?.firstSeen, tenures[0]?.lastSeen]).toEqual([null, '2018-01-01', '2021-01-01']);
  });

  it('contests a lighter holding attested inside a heavier one, which keeps its tenure', async () => {
    const tenures = await place([
      holding('suhardi', '2018-01-01', {
        lastSeen: '2019-12-01',
        attestations: [
          { confidence: 0.9, rule: 'post' },
          { confidence: 0.9, rule: 'post' },
        ],
      }),
      holding('misread', '2018-06-01', { attestations: [{ confidence: 0.6, rule: 'post' }] }),
      holding('boy', '2020-07-14'),
    ]);
    const misread = of(tenures, 'misread');
    expect([misread.contested, misread.start?.date, misread.end?.date, misread.endInferred]).toEqual([
      true,
      '2018-06-01',
      '2018-06-01',
      false,
    ]);
    expect([of(tenures, 'suhardi').contested, of(tenures, 'suhardi').end?.date]).toEqual([false, '2020-07-14']);
    expect(of(tenures, 'suhardi').weight).toBeCloseTo(1.8);
  });

  it('does not contest a holding the other one outweighs but does not surround', async () => {
    const tenures = await place([
      holding('a', '2018-01-01', { lastSeen: '2018-03-01', attestations: [{ confidence: 2, rule: 'post' }] }),
      holding('b', '2018-06-01', { attestations: [{ confidence: 0.5, rule: 'post' }] }),
    ]);
    expect([of(tenures, 'b').contested, of(tenures, 'a').end?.date]).toEqual([false, '2018-06-01']);
  });

  it('weighs an unknown attestation as 1 and calls a holding acting only when every attestation is', async () => {
    const tenures = await place([
      holding('plain', '2018-01-01'),
      holding('acting', '2019-01-01', { attestations: [{ confidence: null, rule: ACTING_RULE }] }),
      holding('mixed', '2020-01-01', {
        attestations: [
          { confidence: 0.5, rule: ACTING_RULE },
          { confidence: 0.5, rule: 'post' },
        ],
      }),
    ]);
    expect(tenures.map((t) => [t.person.id, t.weight, t.acting])).toEqual([
      ['plain', 1, false],
      ['acting', 1, true],
      ['mixed', 1, false],
    ]);
  });
});

describe('tenureContains', () => {
  it('includes the start day and excludes the day the next holder starts', async () => {
    const [suhardi] = await place([holding('suhardi', '2018-09-19'), holding('boy', '2020-07-14')]);
    expect(
      ['2018-09-18', '2018-09-19', '2020-07-13', '2020-07-14'].map((d) => tenureContains(suhardi as TenureRow, d)),
    ).toEqual([false, true, true, false]);
  });
});

/**
 * A post of a stored graph whose holders' attestations decide: Wibowo (one reading, 0.9) was seen from 2015 to the
 * end of 2019; Santoso, inside that span, once at 0.5; Prasetyo in 2020. Read from one holder, the others are not
 * listed and are weighed only where a weight decides, here Santoso's against Wibowo's.
 */
describe('holdingRows on a stored post', () => {
  const POST = 'position:kepala@org:badan-contoh';
  const holders = [
    { person: 'person:wibowo', firstSeen: '2015-01-01', lastSeen: '2019-12-01', confidence: 0.9 },
    { person: 'person:santoso', firstSeen: '2018-06-01', lastSeen: '2018-06-01', confidence: 0.5 },
    { person: 'person:prasetyo', firstSeen: '2020-07-14', lastSeen: '2020-07-14', confidence: 0.9 },
  ];

  beforeAll(async () => {
    await clearDatabase(db);
    const entity = (id: string, label: EntityLabel, name: string) => ({
      id,
      label,
      name,
      aliases: [],
      props: {},
      dates: {},
      notes: [],
    });
    await mergeEntities(db, [
      entity(POST, EntityLabel.Position, 'Kepala Badan Contoh'),
      ...holders.map((h) => entity(h.person, EntityLabel.Person, h.person.slice('person:'.length))),
    ]);
    const factId = (person: string) => `fact:holds:${person}`;
    await mergeFacts(
      db,
      holders.map((h) => ({
        id: factId(h.person),
        type: FactType.HOLDS_POSITION,
        from: h.person,
        to: POST,
        props: { former: false, firstSeenPrecision: 'DAY', lastSeenPrecision: 'DAY' },
        dates: { firstSeen: h.firstSeen, lastSeen: h.lastSeen },
      })),
    );
    await mergeEvidence(
      db,
      holders.map((h) => ({
        id: `evidence:${h.person}`,
        factId: factId(h.person),
        factType: FactType.HOLDS_POSITION,
        articleId: null,
        quote: `Kepala Badan Contoh ${h.person}`,
        sentence: null,
        start: null,
        end: null,
        confidence: h.confidence,
        rule: 'post',
        extractorVersion: 'test-1',
        date: h.firstSeen,
        datePrecision: 'DAY',
        former: false,
      })),
    );
  });

  afterAll(async () => {
    await clearDatabase(db);
  });

  const own = async (person: string): Promise<TenureRow> => {
    const [tenures] = await loadRelation(db, { name: 'personTenures', ids: [person], evidence: [] });
    expect(tenures).toHaveLength(1);
    return tenures![0] as TenureRow;
  };

  it("weighs a holder not listed where the weight decides: the lighter reading inside another's span is contested", async () => {
    const santoso = await own('person:santoso');
    expect([santoso.contested, santoso.weight]).toEqual([true, 0.5]);
    // Weighed as 1 (unread), Santoso would outweigh Wibowo's 0.9 and end his tenure in 2018.
    const wibowo = await own('person:wibowo');
    expect([wibowo.end?.date, wibowo.endInferred, wibowo.weight]).toEqual(['2020-07-14', true, 0.9]);
  });

  it("places each holder's tenure as the post's succession, which lists and weighs every holder, places it", async () => {
    const [succession] = await loadRelation(db, { name: 'positionSuccession', ids: [POST], evidence: [] });
    expect(succession!.map((t) => t.person.id)).toEqual(['person:wibowo', 'person:santoso', 'person:prasetyo']);
    for (const tenure of succession!) {
      const mine = await own(tenure.person.id);
      expect({ ...mine, person: mine.person.id }).toEqual({ ...tenure, person: tenure.person.id });
    }
  });
});
