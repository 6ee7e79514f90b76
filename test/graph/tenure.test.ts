/**
 * The arithmetic of tenures, as Neo4j does it (`placedTenures`): holdings given as parameters, placed by the same
 * expression the relations and the contradictions use.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import type { EntityRow } from '../../src/graph/repositories/rows.js';
import {
  ACTING_RULE,
  byStart,
  placedTenures,
  type TenureRow,
  tenureContains,
} from '../../src/graph/repositories/tenure.js';
import { openTestDatabase } from '../helpers/database.js';

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
