/**
 * Tenures: who held which post when. Attestations give each holding a `firstSeen`; a tenure starts there and ends
 * when the next holder of the same post starts (docs/model.md, "Time"). The arithmetic is pure; the queries load
 * every holding of the posts concerned in one round trip.
 */
import type { Database } from '../database.js';
import { EntityLabel, FactType, Label, type DatePrecision } from '../model.js';
import { entityProjection, evidenceOf, type EntityRow, type EvidenceRow } from './rows.js';

export interface PartialDateRow {
  date: string;
  precision: DatePrecision;
}

/** One HOLDS_POSITION fact as stored. Dates are ISO strings. */
export interface HoldingRow {
  key: string;
  factId: string;
  person: EntityRow;
  position: EntityRow;
  firstSeen: string | null;
  firstSeenPrecision: DatePrecision | null;
  lastSeen: string | null;
  lastSeenPrecision: DatePrecision | null;
  former: boolean;
  evidence: EvidenceRow[];
}

/** A holding placed in time. */
export interface TenureRow extends Omit<HoldingRow, 'key'> {
  /** Null when only known as a former post. */
  start: PartialDateRow | null;
  /** The next holder's start; for a former post the date by which it had ended; null while open. */
  end: PartialDateRow | null;
}

function partial(date: string | null, precision: DatePrecision | null): PartialDateRow | null {
  return date === null ? null : { date, precision: precision ?? 'DAY' };
}

/**
 * Places the holdings of one post in time. Each current holding starts at its `firstSeen` and ends at the earliest
 * later `firstSeen` of another holder; a former holding ("Mantan …") has no known start and ends by its `lastSeen`.
 * Returned in order of succession: former holdings first, then by start.
 */
export function computeTenures(holdings: readonly Omit<HoldingRow, 'key'>[]): TenureRow[] {
  const placed = holdings.filter((h) => !h.former && h.firstSeen !== null);
  const tenures = holdings.map((holding): TenureRow => {
    const { key: _key, ...rest } = holding as HoldingRow;
    if (holding.former || holding.firstSeen === null) {
      return { ...rest, start: null, end: partial(holding.lastSeen, holding.lastSeenPrecision) };
    }
    const start = holding.firstSeen;
    const next = placed
      .filter((other) => other.person.id !== holding.person.id && (other.firstSeen as string) > start)
      .sort((a, b) => (a.firstSeen as string).localeCompare(b.firstSeen as string))[0];
    return {
      ...rest,
      start: partial(start, holding.firstSeenPrecision),
      end: next ? partial(next.firstSeen, next.firstSeenPrecision) : null,
    };
  });
  return tenures.sort(
    (a, b) => (a.start?.date ?? '').localeCompare(b.start?.date ?? '') || a.person.name.localeCompare(b.person.name),
  );
}

/** Whether a tenure contains the ISO date `asOf`: started on or before it and not yet ended. */
export function tenureContains(tenure: TenureRow, asOf: string): boolean {
  if (tenure.start === null) return false;
  return tenure.start.date <= asOf && (tenure.end === null || asOf < tenure.end.date);
}

/** Whether a tenure is the current one: placed in time and not ended. */
export function isCurrent(tenure: TenureRow): boolean {
  return tenure.start !== null && tenure.end === null;
}

type Scope = 'position' | 'organization' | 'person';

function holdingsCypher(scope: Scope): string {
  const anchor = {
    position: `MATCH (pos:${Label.Entity}:${EntityLabel.Position} {id: key})`,
    organization: `MATCH (:${Label.Entity}:${EntityLabel.Organization} {id: key})<-[:${FactType.POSITION_OF}]-(pos:${Label.Entity}:${EntityLabel.Position})`,
    person: `MATCH (:${Label.Entity}:${EntityLabel.Person} {id: key})-[:${FactType.HOLDS_POSITION}]->(pos:${Label.Entity}:${EntityLabel.Position})`,
  }[scope];
  return `
    UNWIND $ids AS key
    ${anchor}
    WITH DISTINCT key, pos
    MATCH (h:${Label.Entity}:${EntityLabel.Person})-[r:${FactType.HOLDS_POSITION}]->(pos)
    RETURN key, r.id AS factId, ${entityProjection('h')} AS person, ${entityProjection('pos')} AS position,
           r.firstSeen AS firstSeen, r.firstSeenPrecision AS firstSeenPrecision,
           r.lastSeen AS lastSeen, r.lastSeenPrecision AS lastSeenPrecision, coalesce(r.former, false) AS former,
           ${evidenceOf('r')} AS evidence`;
}

async function tenuresIn(db: Database, scope: Scope, ids: readonly string[]): Promise<TenureRow[][]> {
  if (ids.length === 0) return [];
  const rows = await db.read<HoldingRow>(holdingsCypher(scope), { ids });
  return ids.map((key) => {
    const byPosition = new Map<string, HoldingRow[]>();
    for (const row of rows) {
      if (row.key !== key) continue;
      const list = byPosition.get(row.position.id) ?? [];
      list.push(row);
      byPosition.set(row.position.id, list);
    }
    const tenures = [...byPosition.values()].flatMap((holdings) => computeTenures(holdings));
    const own = scope === 'person' ? tenures.filter((t) => t.person.id === key) : tenures;
    return own.sort(
      (a, b) =>
        (a.start?.date ?? '').localeCompare(b.start?.date ?? '') || a.position.name.localeCompare(b.position.name),
    );
  });
}

/** Every tenure of each post, in order of succession. */
export function positionSuccession(db: Database, ids: readonly string[]): Promise<TenureRow[][]> {
  return tenuresIn(db, 'position', ids);
}

/** Every tenure of every post of each organisation. */
export function organizationSuccession(db: Database, ids: readonly string[]): Promise<TenureRow[][]> {
  return tenuresIn(db, 'organization', ids);
}

/** Every tenure of each person, oldest first, each ended by the next holder of that post. */
export function personTenures(db: Database, ids: readonly string[]): Promise<TenureRow[][]> {
  return tenuresIn(db, 'person', ids);
}
