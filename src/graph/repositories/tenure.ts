/**
 * Tenures: who held which post when. Attestations give each holding a `firstSeen`; a tenure starts there and ends
 * when the next holder of the same post starts (docs/model.md, "Time"), an end inferred, so "until at latest". A
 * holding attested less than another holder who is attested both before and after it is contested: it keeps its
 * evidence, but does not end the established tenure. The arithmetic is pure; the Cypher body lists every holding of
 * the posts concerned, and ./relations.ts runs it.
 */
import { type DatePrecision, EntityLabel, FactType, Label } from '../model.js';
import { type EntityRow, type EvidenceField, type EvidenceRow, entityProjection, evidenceOf } from './rows.js';

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
  /** Confidence and rule of each attestation; the weight of the holding. Absent: attested once, with confidence 1. */
  attestations?: AttestationRow[];
}

/** One piece of evidence of a holding, as far as its weight needs it. */
export interface AttestationRow {
  confidence: number | null;
  rule: string | null;
}

/** The rule of an attestation that reads an acting holder ("Plt. Deputi …"). */
export const ACTING_RULE = 'post/acting';

/** A holding placed in time. */
export interface TenureRow extends Omit<HoldingRow, 'key'> {
  /** Null when only known as a former post. */
  start: PartialDateRow | null;
  /** The next holder's start; for a former post the date by which it had ended; null while open. */
  end: PartialDateRow | null;
  /** The end is the next holder's first attestation: the tenure lasted until that date at the latest. */
  endInferred: boolean;
  /** Attested less than a holder attested both before and after it: kept, but it ends no one's tenure. */
  contested: boolean;
  /** Every attestation reads an acting holder. */
  acting: boolean;
  /** The sum of the confidence of its attestations. */
  weight: number;
}

function partial(date: string | null, precision: DatePrecision | null): PartialDateRow | null {
  return date === null ? null : { date, precision: precision ?? 'DAY' };
}

/** The weight of a holding: the sum of its attestations' confidence. */
export function weightOf(holding: Pick<HoldingRow, 'attestations'>): number {
  const attestations = holding.attestations ?? [{ confidence: 1, rule: null }];
  return attestations.reduce((sum, a) => sum + (a.confidence ?? 1), 0);
}

function isActing(holding: Pick<HoldingRow, 'attestations'>): boolean {
  const attestations = holding.attestations ?? [];
  return attestations.length > 0 && attestations.every((a) => a.rule === ACTING_RULE);
}

/**
 * Whether `holding` is contested by `other`: another person's holding, attested strictly before and strictly after
 * it, and weighing more. One misread sentence ("Kepala BNPT" attached to a Direktur) is such a holding.
 */
function contests(other: Omit<HoldingRow, 'key'>, holding: Omit<HoldingRow, 'key'>): boolean {
  if (other.person.id === holding.person.id || other.former || other.firstSeen === null) return false;
  const first = holding.firstSeen as string;
  const last = holding.lastSeen ?? first;
  return other.firstSeen < first && (other.lastSeen ?? other.firstSeen) > last && weightOf(other) > weightOf(holding);
}

/**
 * Places the holdings of one post in time. Each current holding starts at its `firstSeen` and ends at the earliest
 * later `firstSeen` of another holder that is not contested; a contested holding ends at its own `lastSeen`; a
 * former holding ("Mantan …") has no known start and ends by its `lastSeen`. Returned in order of succession:
 * former holdings first, then by start.
 */
export function computeTenures(holdings: readonly Omit<HoldingRow, 'key'>[]): TenureRow[] {
  const dated = holdings.filter((h) => !h.former && h.firstSeen !== null);
  const contested = new Set(dated.filter((h) => dated.some((other) => contests(other, h))));
  const placed = dated.filter((h) => !contested.has(h));
  const tenures = holdings.map((holding): TenureRow => {
    const { key: _key, ...rest } = holding as HoldingRow;
    const facts = { weight: weightOf(holding), acting: isActing(holding), contested: contested.has(holding) };
    if (holding.former || holding.firstSeen === null) {
      return {
        ...rest,
        ...facts,
        start: null,
        end: partial(holding.lastSeen, holding.lastSeenPrecision),
        endInferred: false,
      };
    }
    const start = partial(holding.firstSeen, holding.firstSeenPrecision);
    if (facts.contested) {
      return {
        ...rest,
        ...facts,
        start,
        end: partial(holding.lastSeen, holding.lastSeenPrecision),
        endInferred: false,
      };
    }
    const from = holding.firstSeen;
    const next = placed
      .filter((other) => other.person.id !== holding.person.id && (other.firstSeen as string) > from)
      .sort((a, b) => (a.firstSeen as string).localeCompare(b.firstSeen as string))[0];
    return {
      ...rest,
      ...facts,
      start,
      end: next ? partial(next.firstSeen, next.firstSeenPrecision) : null,
      endInferred: next !== undefined,
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

/** Whose tenures a relation lists: a post's, every post of an organisation's, or a person's. */
export type TenureScope = 'position' | 'organization' | 'person';

/**
 * A COLLECT expression of the `HoldingRow`s needed to place the tenures of the entity whose id is bound to `key`:
 * every holding of the posts concerned, since a tenure ends when the next holder starts. The holdings the answer
 * does not list (other holders of a person's posts) carry only what placing them in time needs: ids, name, dates.
 * Evidence (the fields asked for) is loaded only for the holdings the answer lists: a person's own, or all of a
 * post's.
 */
export function holdingRows(scope: TenureScope, key: string, evidence: readonly EvidenceField[]): string {
  const anchor = {
    position: `MATCH (hd_pos:${Label.Entity}:${EntityLabel.Position} {id: ${key}})`,
    organization: `MATCH (:${Label.Entity}:${EntityLabel.Organization} {id: ${key}})<-[:${FactType.POSITION_OF}]-(hd_pos:${Label.Entity}:${EntityLabel.Position})`,
    person: `MATCH (:${Label.Entity}:${EntityLabel.Person} {id: ${key}})-[:${FactType.HOLDS_POSITION}]->(hd_pos:${Label.Entity}:${EntityLabel.Position})`,
  }[scope];
  const listed = scope === 'person' ? `hd_h.id = ${key}` : 'true';
  return `COLLECT {
    ${anchor}
    WITH DISTINCT hd_pos
    MATCH (hd_h:${Label.Entity}:${EntityLabel.Person})-[hd_r:${FactType.HOLDS_POSITION}]->(hd_pos)
    RETURN { key: ${key}, factId: hd_r.id,
             person: CASE WHEN ${listed} THEN ${entityProjection('hd_h', [EntityLabel.Person])} ELSE hd_h { .id, .name } END,
             position: CASE WHEN ${listed} THEN ${entityProjection('hd_pos', [EntityLabel.Position])} ELSE hd_pos { .id } END,
             firstSeen: toString(hd_r.firstSeen), firstSeenPrecision: hd_r.firstSeenPrecision,
             lastSeen: toString(hd_r.lastSeen), lastSeenPrecision: hd_r.lastSeenPrecision, former: coalesce(hd_r.former, false),
             attestations: COLLECT { MATCH (hd_e:${Label.Evidence} {factId: hd_r.id}) RETURN hd_e { .confidence, .rule } AS a },
             evidence: ${evidence.length > 0 ? `CASE WHEN ${listed} THEN ${evidenceOf('hd_r', evidence)} ELSE [] END` : '[]'} } AS row
  }`;
}

/** The tenures of `key` placed in time from its holdings, oldest first (a person's own only). */
export function tenuresOf(scope: TenureScope, key: string, rows: readonly HoldingRow[]): TenureRow[] {
  const byPosition = new Map<string, HoldingRow[]>();
  for (const row of rows) {
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
}
