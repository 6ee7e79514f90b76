/**
 * Tenures: who held which post when. Attestations give each holding a `firstSeen`; a tenure starts there and ends
 * when the next holder of the same post starts (docs/model.md, "Time"), an end inferred, so "until at latest". A
 * holding attested less than another holder who is attested both before and after it is contested: it keeps its
 * evidence, but does not end the established tenure. Neo4j does the arithmetic (`placedTenures`), inside the
 * statement that reads the holdings, so an answer carries the tenures it lists and no other holder's rows.
 */
import { type DatePrecision, EntityLabel, FactType, Label } from '../model.js';
import { type EntityRow, type EvidenceRow, entityProjection, evidenceOf, type RowShape } from './rows.js';

export interface PartialDateRow {
  date: string;
  precision: DatePrecision;
}

/** One HOLDS_POSITION fact as stored. Dates are ISO strings. */
export interface HoldingRow {
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

/** The rule of an attestation that reads an acting holder ("Plt. Deputi …"). */
export const ACTING_RULE = 'post/acting';

/** A holding placed in time. */
export interface TenureRow extends HoldingRow {
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
  /** The sum of the confidence of its attestations (1 each when unknown). */
  weight: number;
}

/** A Cypher map of the partial date `date` (a Date) with precision `precision`, or null. */
function partialDate(date: string, precision: string): string {
  return `CASE WHEN ${date} IS NULL THEN null ELSE { date: toString(${date}), precision: coalesce(${precision}, 'DAY') } END`;
}

/** Whether the holding map `holding` is dated: not former, and with a `firstSeen`. */
function dated(holding: string): string {
  return `(NOT coalesce(${holding}.former, false) AND ${holding}.firstSeen IS NOT NULL)`;
}

/**
 * Whether the holding map `outer` is another person's attested strictly before and strictly after `inner`: the only
 * case where their weights decide anything (whether `inner` is contested).
 */
function surrounds(outer: string, inner: string): string {
  return `(${outer}.person.id <> ${inner}.person.id AND ${outer}.firstSeen < ${inner}.firstSeen
        AND coalesce(${outer}.lastSeen, ${outer}.firstSeen) > coalesce(${inner}.lastSeen, ${inner}.firstSeen))`;
}

/** A COLLECT expression of the attestations (`{ confidence, rule }`) of the fact whose id is `factId`. */
function attestationsOf(factId: string): string {
  return `COLLECT { MATCH (hd_e:${Label.Evidence} {factId: ${factId}}) RETURN hd_e { .confidence, .rule } AS a }`;
}

/**
 * A Cypher expression placing in time the holdings of one post listed by the expression `holdings`: maps with
 * `factId`, `person` (with `id`), `position`, `firstSeen` and `lastSeen` (Neo4j `Date`s or null), their precisions,
 * `former`, `evidence`, and `attestations` (each `{ confidence, rule }`; absent: attested once, with confidence 1).
 * It answers one `TenureRow` map per holding, in no particular order, plus the fields named in `keep`.
 *
 * - A holding is *dated* when it is not former and has a `firstSeen`.
 * - A dated holding is *contested* by another person's dated holding attested strictly before and strictly after
 *   it that weighs more (one misread sentence, "Kepala BNPT" attached to a Direktur, is such a holding). It starts
 *   at its `firstSeen` and ends at its own `lastSeen`.
 * - Any other dated holding starts at its `firstSeen` and ends at the earliest later `firstSeen` of another person's
 *   dated, uncontested holding (the finer precision first on the same day), an inferred end; with none, it is open.
 * - A former holding ("Mantan …") or one without a date has no start and ends by its `lastSeen`.
 */
export function placedTenures(holdings: string, keep: readonly string[] = []): string {
  const weighed = `[tn_h IN ${holdings} | tn_h {
      .*,
      tn_weight: reduce(tn_s = 0.0, tn_a IN coalesce(tn_h.attestations, [{ confidence: 1 }]) | tn_s + coalesce(tn_a.confidence, 1)),
      tn_dated: ${dated('tn_h')} }]`;
  const contested = `[tn_h IN tn_w | tn_h {
      .*,
      tn_contested: tn_h.tn_dated AND any(tn_o IN tn_w WHERE tn_o.tn_dated AND ${surrounds('tn_o', 'tn_h')}
        AND tn_o.tn_weight > tn_h.tn_weight) }]`;
  const next = `reduce(tn_b = null, tn_o IN tn_c |
      CASE WHEN tn_o.tn_dated AND NOT tn_o.tn_contested AND tn_o.person.id <> tn_h.person.id AND tn_o.firstSeen > tn_h.firstSeen
             AND (tn_b IS NULL OR tn_o.firstSeen < tn_b.firstSeen
                  OR (tn_o.firstSeen = tn_b.firstSeen AND tn_o.firstSeenPrecision < tn_b.firstSeenPrecision))
           THEN tn_o ELSE tn_b END)`;
  const ownEnd = partialDate('tn_h.lastSeen', 'tn_h.lastSeenPrecision');
  const placed = `{
      ${keep.map((field) => `${field}: tn_h.${field}, `).join('')}
      factId: tn_h.factId, person: tn_h.person, position: tn_h.position, evidence: tn_h.evidence,
      firstSeen: toString(tn_h.firstSeen), firstSeenPrecision: tn_h.firstSeenPrecision,
      lastSeen: toString(tn_h.lastSeen), lastSeenPrecision: tn_h.lastSeenPrecision,
      former: coalesce(tn_h.former, false), weight: tn_h.tn_weight, contested: tn_h.tn_contested,
      acting: size(coalesce(tn_h.attestations, [])) > 0 AND all(tn_a IN tn_h.attestations WHERE tn_a.rule = '${ACTING_RULE}'),
      start: CASE WHEN tn_h.tn_dated THEN ${partialDate('tn_h.firstSeen', 'tn_h.firstSeenPrecision')} END,
      end: CASE WHEN NOT tn_h.tn_dated OR tn_h.tn_contested THEN ${ownEnd}
                ELSE ${partialDate('tn_n.firstSeen', 'tn_n.firstSeenPrecision')} END,
      endInferred: tn_h.tn_dated AND NOT tn_h.tn_contested AND tn_n IS NOT NULL }`;
  // `[x IN [value] | …][0]` binds a value once inside an expression, where Cypher has no LET.
  return `[tn_w IN [${weighed}] |
    [tn_c IN [${contested}] |
      [tn_h IN tn_c | [tn_n IN [${next}] | ${placed}][0]]][0]][0]`;
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

/** The order of tenures: by start (former posts first), then post, then holder. */
export function byStart(a: TenureRow, b: TenureRow): number {
  return (
    (a.start?.date ?? '').localeCompare(b.start?.date ?? '') ||
    a.position.name.localeCompare(b.position.name) ||
    a.person.name.localeCompare(b.person.name)
  );
}

/** Whose tenures a relation lists: a post's, every post of an organisation's, or a person's. */
export type TenureScope = 'position' | 'organization' | 'person';

/**
 * A COLLECT expression of the `TenureRow`s of the entity whose id is bound to `key`. Placing a tenure in time reads
 * every holding of its post, since it ends when the next holder starts; Neo4j places them and answers only the
 * tenures listed: a person's own, or all of a post's. The holdings it does not list carry only what placing them
 * needs (ids, dates, and attestations where a weight decides), and evidence (the fields asked for) is loaded only
 * for the listed ones.
 */
export function holdingRows(scope: TenureScope, key: string, fields: RowShape): string {
  const anchor = {
    position: `MATCH (hd_pos:${Label.Entity}:${EntityLabel.Position} {id: ${key}})`,
    organization: `MATCH (:${Label.Entity}:${EntityLabel.Organization} {id: ${key}})<-[:${FactType.POSITION_OF}]-(hd_pos:${Label.Entity}:${EntityLabel.Position})`,
    person: `MATCH (:${Label.Entity}:${EntityLabel.Person} {id: ${key}})-[:${FactType.HOLDS_POSITION}]->(hd_pos:${Label.Entity}:${EntityLabel.Position})`,
  }[scope];
  const listed = scope === 'person' ? `hd_h.id = ${key}` : 'true';
  // A holding not listed is weighed only where its weight decides something: beside another it surrounds or that
  // surrounds it. Most posts have none, and then only the listed holdings' attestations are read.
  return `COLLECT {
    ${anchor}
    WITH DISTINCT hd_pos
    WITH COLLECT {
      MATCH (hd_h:${Label.Entity}:${EntityLabel.Person})-[hd_r:${FactType.HOLDS_POSITION}]->(hd_pos)
      WITH hd_h, hd_r, ${listed} AS hd_listed
      RETURN { listed: hd_listed, factId: hd_r.id,
               person: CASE WHEN hd_listed THEN ${entityProjection('hd_h', [EntityLabel.Person], fields.entity)} ELSE hd_h { .id } END,
               position: CASE WHEN hd_listed THEN ${entityProjection('hd_pos', [EntityLabel.Position], fields.entity)} ELSE null END,
               firstSeen: hd_r.firstSeen, firstSeenPrecision: hd_r.firstSeenPrecision,
               lastSeen: hd_r.lastSeen, lastSeenPrecision: hd_r.lastSeenPrecision, former: hd_r.former,
               attestations: CASE WHEN hd_listed THEN ${attestationsOf('hd_r.id')} END,
               evidence: ${fields.evidence.length > 0 ? `CASE WHEN hd_listed THEN ${evidenceOf('hd_r', fields.evidence)} ELSE [] END` : '[]'} } AS hd_row
    } AS hd_read
    WITH [hd_x IN hd_read | CASE
      WHEN hd_x.listed OR NOT (${dated('hd_x')} AND any(hd_y IN hd_read WHERE ${dated('hd_y')}
        AND (${surrounds('hd_y', 'hd_x')} OR ${surrounds('hd_x', 'hd_y')}))) THEN hd_x
      ELSE hd_x { .*, attestations: ${attestationsOf('hd_x.factId')} } END] AS hd_all
    UNWIND ${placedTenures('hd_all', ['listed'])} AS hd_t
    WITH hd_t WHERE hd_t.listed
    RETURN hd_t AS row
  }`;
}

/** The tenures of a relation in their order (`byStart`), from the rows of `holdingRows`. */
export function tenuresOf(rows: readonly (TenureRow & { listed?: boolean })[]): TenureRow[] {
  return rows.map(({ listed: _listed, ...tenure }) => tenure).sort(byStart);
}
