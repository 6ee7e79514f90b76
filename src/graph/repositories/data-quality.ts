/**
 * Contradictions an analyst should look at: two holders of one post attested at overlapping dates, a person at
 * two places on one day, an event dated outside the period of the agreement it follows, two persons that may be one.
 */
import { describeKey } from '../../ingest/resolve/name-keys.js';
import { findPossibleDuplicates, pairKey } from '../../ingest/resolve/possible-duplicates.js';
import { DIFFERENT_FROM } from '../corrections/index.js';
import type { Database } from '../database.js';
import { DatePrecision, EntityLabel, FactType, Label } from '../model.js';
import { candidateProjection, type PersonCandidate } from '../person-search.js';
import { type EntityRow, type EvidenceRow, entityProjection, evidenceOf } from './rows.js';
import { byStart, placedTenures, type TenureRow } from './tenure.js';

export const ContradictionKind = {
  OVERLAPPING_TENURES: 'OVERLAPPING_TENURES',
  PERSON_IN_TWO_PLACES: 'PERSON_IN_TWO_PLACES',
  EVENT_OUTSIDE_AGREEMENT_PERIOD: 'EVENT_OUTSIDE_AGREEMENT_PERIOD',
  POSSIBLE_DUPLICATE: 'POSSIBLE_DUPLICATE',
} as const;

export interface OverlappingTenuresRow {
  kind: typeof ContradictionKind.OVERLAPPING_TENURES;
  description: string;
  position: EntityRow;
  tenures: TenureRow[];
}

export interface PersonInTwoPlacesRow {
  kind: typeof ContradictionKind.PERSON_IN_TWO_PLACES;
  description: string;
  person: EntityRow;
  date: string;
  events: EntityRow[];
}

export interface EventOutsideAgreementPeriodRow {
  kind: typeof ContradictionKind.EVENT_OUTSIDE_AGREEMENT_PERIOD;
  description: string;
  event: EntityRow;
  agreement: EntityRow;
}

export interface DuplicateCandidateRow {
  person: EntityRow;
  evidence: EvidenceRow[];
}

export interface PossibleDuplicateRow {
  kind: typeof ContradictionKind.POSSIBLE_DUPLICATE;
  description: string;
  nameKey: 'EXACT' | 'SPELLING' | 'INITIALS' | 'SHORT';
  reviewItemId: string;
  candidates: DuplicateCandidateRow[];
}

export type ContradictionRow =
  | OverlappingTenuresRow
  | PersonInTwoPlacesRow
  | EventOutsideAgreementPeriodRow
  | PossibleDuplicateRow;

const DUPLICATE_ITEM = 'review:duplicate:';

/** The review-queue item of a possible duplicate (./review.ts): its dismissal is how an analyst says "two people". */
export function duplicateReviewItem(a: string, b: string): string {
  return `${DUPLICATE_ITEM}${pairKey(a, b)}`;
}

/** How many pieces of evidence each candidate of a possible duplicate shows. */
const DUPLICATE_EVIDENCE = 5;

/**
 * Persons whose names share a key without corroboration (../../ingest/resolve/possible-duplicates.ts), less the
 * pairs decided: split apart (DIFFERENT_FROM) or dismissed on the review queue — the dismissed ones too when
 * `includeDismissed`, for the queue's decided items, which can be reopened. Two round trips: the persons with their
 * context and decisions, then the evidence of those listed.
 */
export async function possibleDuplicates(
  db: Database,
  options: { includeDismissed?: boolean } = {},
): Promise<PossibleDuplicateRow[]> {
  const rows = await db.read<{ person: PersonCandidate & { different: string[]; dismissed: string[] } }>(
    `MATCH (p:${PERSON})
     WITH p, ${candidateProjection('p')} AS candidate
     RETURN candidate { .*,
       different: COLLECT { MATCH (p)-[:${DIFFERENT_FROM}]-(q:${Label.Entity}) RETURN q.id },
       dismissed: COLLECT { MATCH (r:${Label.Review} {verdict: 'DISMISSED'})
                            WHERE r.itemId STARTS WITH $item + p.id + '|' RETURN r.itemId } } AS person`,
    { item: DUPLICATE_ITEM },
  );
  const persons = rows.map((row) => row.person);
  const decided = new Set<string>();
  for (const person of persons) {
    for (const other of person.different) decided.add(pairKey(person.id, other));
    if (!options.includeDismissed) for (const item of person.dismissed) decided.add(item.slice(DUPLICATE_ITEM.length));
  }
  const pairs = findPossibleDuplicates(persons, { decided });
  if (pairs.length === 0) return [];
  const ids = [...new Set(pairs.flatMap((pair) => [pair.a.id, pair.b.id]))];
  const found = await db.read<DuplicateCandidateRow>(
    `UNWIND $ids AS id
     MATCH (p:${PERSON} {id: id})
     RETURN ${entityProjection('p', [EntityLabel.Person])} AS person,
            COLLECT { MATCH (p)-[r]-(:${Label.Entity}) WITH DISTINCT r UNWIND ${evidenceOf('r')} AS e
                      RETURN e ORDER BY e.date, e.id LIMIT ${DUPLICATE_EVIDENCE} } AS evidence`,
    { ids },
  );
  const byId = new Map(found.map((row) => [row.person.id, row]));
  return pairs.flatMap((pair) => {
    const [a, b] = [byId.get(pair.a.id), byId.get(pair.b.id)];
    if (!a || !b) return [];
    return [
      {
        kind: ContradictionKind.POSSIBLE_DUPLICATE,
        description: `"${pair.names[0]}" (${a.person.id}) and "${pair.names[1]}" (${b.person.id}) have ${describeKey(pair.kind)}, but share no post, organisation, country or event: one person or two?`,
        nameKey: pair.kind.toUpperCase() as PossibleDuplicateRow['nameKey'],
        reviewItemId: duplicateReviewItem(pair.a.id, pair.b.id),
        candidates: [a, b],
      },
    ];
  });
}

const PERSON = `${Label.Entity}:${EntityLabel.Person}`;
const EVENT = `${Label.Entity}:${EntityLabel.Event}`;

function holding(variable: string, relationship: string): string {
  return `{ factId: ${relationship}.id, person: ${entityProjection(variable)}, position: ${entityProjection('pos')},
            firstSeen: ${relationship}.firstSeen, firstSeenPrecision: ${relationship}.firstSeenPrecision,
            lastSeen: ${relationship}.lastSeen, lastSeenPrecision: ${relationship}.lastSeenPrecision,
            former: false, evidence: ${evidenceOf(relationship)} }`;
}

/** Two persons attested in one post over overlapping ranges [firstSeen, lastSeen]: a post has one holder. */
export async function overlappingTenures(db: Database): Promise<OverlappingTenuresRow[]> {
  const rows = await db.read<{ position: EntityRow; tenures: [TenureRow, TenureRow] }>(
    `MATCH (pa:${PERSON})-[ra:${FactType.HOLDS_POSITION}]->(pos:${Label.Entity}:${EntityLabel.Position})
          <-[rb:${FactType.HOLDS_POSITION}]-(pb:${PERSON})
     WHERE pa.id < pb.id AND NOT coalesce(ra.former, false) AND NOT coalesce(rb.former, false)
       AND ra.firstSeen <= coalesce(rb.lastSeen, rb.firstSeen) AND rb.firstSeen <= coalesce(ra.lastSeen, ra.firstSeen)
     RETURN ${entityProjection('pos')} AS position,
            ${placedTenures(`[${holding('pa', 'ra')}, ${holding('pb', 'rb')}]`)} AS tenures
     ORDER BY pos.name, pa.name, pb.name`,
  );
  return rows.map(({ position, tenures }) => {
    const [a, b] = tenures;
    // The query guarantees both firstSeen dates; an unset lastSeen means "seen once".
    const from = [a.firstSeen ?? '', b.firstSeen ?? ''].sort()[1];
    const to = [a.lastSeen ?? a.firstSeen ?? '', b.lastSeen ?? b.firstSeen ?? ''].sort()[0];
    return {
      kind: ContradictionKind.OVERLAPPING_TENURES,
      description: `${a.person.name} and ${b.person.name} are both attested as ${position.name} between ${from} and ${to}.`,
      position,
      tenures: [...tenures].sort(byStart),
    };
  });
}

/** A person taking part in two events in different places on the same day (both dated to the day). */
export async function personInTwoPlaces(db: Database): Promise<PersonInTwoPlacesRow[]> {
  const rows = await db.read<{ person: EntityRow; date: string; first: EntityRow; second: EntityRow }>(
    `MATCH (p:${PERSON})-[:${FactType.PARTICIPATED_IN}]->(e1:${EVENT}), (p)-[:${FactType.PARTICIPATED_IN}]->(e2:${EVENT})
     WHERE e1.id < e2.id AND e1.date = e2.date
       AND e1.datePrecision = $day AND e2.datePrecision = $day
       AND e1.place IS NOT NULL AND e2.place IS NOT NULL AND toLower(e1.place) <> toLower(e2.place)
     WITH DISTINCT p, e1, e2
     RETURN ${entityProjection('p')} AS person, e1.date AS date, ${entityProjection('e1')} AS first,
            ${entityProjection('e2')} AS second
     ORDER BY e1.date, p.name`,
    { day: DatePrecision.DAY },
  );
  return rows.map(({ person, date, first, second }) => ({
    kind: ContradictionKind.PERSON_IN_TWO_PLACES,
    description: `${person.name} is placed on ${date} both at "${first.place}" (${first.name}) and at "${second.place}" (${second.name}).`,
    person,
    date,
    events: [first, second],
  }));
}

/** An event that follows up an agreement but is dated before its period starts or after it ends. */
export async function eventsOutsideAgreementPeriod(db: Database): Promise<EventOutsideAgreementPeriodRow[]> {
  const rows = await db.read<{ event: EntityRow; agreement: EntityRow }>(
    `MATCH (e:${EVENT})-[:${FactType.FOLLOW_UP_OF}]->(a:${Label.Entity}:${EntityLabel.Agreement})
     WHERE e.date IS NOT NULL
       AND ((a.periodStart IS NOT NULL AND coalesce(e.endDate, e.date) < a.periodStart)
            OR (a.periodEnd IS NOT NULL AND e.date > a.periodEnd))
     RETURN ${entityProjection('e')} AS event, ${entityProjection('a')} AS agreement
     ORDER BY e.date, a.name`,
  );
  return rows.map(({ event, agreement }) => ({
    kind: ContradictionKind.EVENT_OUTSIDE_AGREEMENT_PERIOD,
    description: `${event.name} (${event.date}) follows ${agreement.name}, whose period is ${agreement.periodStart ?? '…'} to ${
      agreement.periodEnd ?? '…'
    }.`,
    event,
    agreement,
  }));
}

/** Every contradiction, grouped by kind; the possible duplicates dismissed on the review queue too when asked. */
export async function findContradictions(
  db: Database,
  options: { includeDismissed?: boolean } = {},
): Promise<ContradictionRow[]> {
  const [tenures, places, periods, duplicates] = await Promise.all([
    overlappingTenures(db),
    personInTwoPlaces(db),
    eventsOutsideAgreementPeriod(db),
    possibleDuplicates(db, options),
  ]);
  return [...tenures, ...places, ...periods, ...duplicates];
}
