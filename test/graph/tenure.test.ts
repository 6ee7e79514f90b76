import { describe, expect, it } from 'vitest';
import type { EntityRow } from '../../src/graph/repositories/rows.js';
import { computeTenures, type HoldingRow, tenureContains } from '../../src/graph/repositories/tenure.js';

const KEPALA: EntityRow = { id: 'position:kepala@org:bnpt', label: 'Position', name: 'Kepala BNPT', aliases: [] };

function holding(
  personId: string,
  firstSeen: string | null,
  options: { former?: boolean; lastSeen?: string } = {},
): Omit<HoldingRow, 'key'> {
  return {
    factId: `fact:${personId}`,
    person: { id: personId, label: 'Person', name: personId, aliases: [] },
    position: KEPALA,
    firstSeen,
    firstSeenPrecision: firstSeen ? 'DAY' : null,
    lastSeen: options.lastSeen ?? firstSeen,
    lastSeenPrecision: 'DAY',
    former: options.former ?? false,
    evidence: [],
  };
}

describe('computeTenures', () => {
  it("ends a holder's tenure when the next holder's starts", () => {
    const [suhardi, boy] = computeTenures([holding('boy', '2020-07-14'), holding('suhardi', '2018-09-19')]);
    expect([suhardi!.person.id, suhardi!.start?.date, suhardi!.end?.date]).toEqual([
      'suhardi',
      '2018-09-19',
      '2020-07-14',
    ]);
    expect([boy!.person.id, boy!.end]).toEqual(['boy', null]);
  });

  it('gives a former post no start and ends it by the date it was mentioned', () => {
    const [former] = computeTenures([holding('suhardi', '2018-09-19', { former: true })]);
    expect([former!.start, former!.end?.date]).toEqual([null, '2018-09-19']);
  });

  it("does not let a former holding end anyone else's tenure", () => {
    const tenures = computeTenures([holding('a', '2018-01-01'), holding('b', '2019-01-01', { former: true })]);
    expect(tenures.find((t) => t.person.id === 'a')!.end).toBeNull();
  });
});

describe('tenureContains', () => {
  it('includes the start day and excludes the day the next holder starts', () => {
    const [suhardi] = computeTenures([holding('suhardi', '2018-09-19'), holding('boy', '2020-07-14')]);
    expect(['2018-09-18', '2018-09-19', '2020-07-13', '2020-07-14'].map((d) => tenureContains(suhardi!, d))).toEqual([
      false,
      true,
      true,
      false,
    ]);
  });
});
