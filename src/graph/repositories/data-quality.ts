/**
 * Contradictions an analyst should look at: two holders of one post attested at overlapping dates, a person at
 * two places on one day, an event dated outside the period of the agreement it follows.
 */
import type { Database } from '../database.js';
import { DatePrecision, EntityLabel, FactType, Label } from '../model.js';
import { type EntityRow, entityProjection, evidenceOf } from './rows.js';
import { computeTenures, type HoldingRow, type TenureRow } from './tenure.js';

export const ContradictionKind = {
  OVERLAPPING_TENURES: 'OVERLAPPING_TENURES',
  PERSON_IN_TWO_PLACES: 'PERSON_IN_TWO_PLACES',
  EVENT_OUTSIDE_AGREEMENT_PERIOD: 'EVENT_OUTSIDE_AGREEMENT_PERIOD',
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

export type ContradictionRow = OverlappingTenuresRow | PersonInTwoPlacesRow | EventOutsideAgreementPeriodRow;

const PERSON = `${Label.Entity}:${EntityLabel.Person}`;
const EVENT = `${Label.Entity}:${EntityLabel.Event}`;

function holding(variable: string, relationship: string): string {
  return `{ key: '', factId: ${relationship}.id, person: ${entityProjection(variable)}, position: ${entityProjection('pos')},
            firstSeen: ${relationship}.firstSeen, firstSeenPrecision: ${relationship}.firstSeenPrecision,
            lastSeen: ${relationship}.lastSeen, lastSeenPrecision: ${relationship}.lastSeenPrecision,
            former: false, evidence: ${evidenceOf(relationship)} }`;
}

/** Two persons attested in one post over overlapping ranges [firstSeen, lastSeen]: a post has one holder. */
export async function overlappingTenures(db: Database): Promise<OverlappingTenuresRow[]> {
  const rows = await db.read<{ position: EntityRow; a: HoldingRow; b: HoldingRow }>(
    `MATCH (pa:${PERSON})-[ra:${FactType.HOLDS_POSITION}]->(pos:${Label.Entity}:${EntityLabel.Position})
          <-[rb:${FactType.HOLDS_POSITION}]-(pb:${PERSON})
     WHERE pa.id < pb.id AND NOT coalesce(ra.former, false) AND NOT coalesce(rb.former, false)
       AND ra.firstSeen <= coalesce(rb.lastSeen, rb.firstSeen) AND rb.firstSeen <= coalesce(ra.lastSeen, ra.firstSeen)
     RETURN ${entityProjection('pos')} AS position, ${holding('pa', 'ra')} AS a, ${holding('pb', 'rb')} AS b
     ORDER BY pos.name, pa.name, pb.name`,
  );
  return rows.map(({ position, a, b }) => {
    // The query guarantees both firstSeen dates; an unset lastSeen means "seen once".
    const from = [a.firstSeen ?? '', b.firstSeen ?? ''].sort()[1];
    const to = [a.lastSeen ?? a.firstSeen ?? '', b.lastSeen ?? b.firstSeen ?? ''].sort()[0];
    return {
      kind: ContradictionKind.OVERLAPPING_TENURES,
      description: `${a.person.name} and ${b.person.name} are both attested as ${position.name} between ${from} and ${to}.`,
      position,
      tenures: computeTenures([a, b]),
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

/** Every contradiction, grouped by kind. */
export async function findContradictions(db: Database): Promise<ContradictionRow[]> {
  const [tenures, places, periods] = await Promise.all([
    overlappingTenures(db),
    personInTwoPlaces(db),
    eventsOutsideAgreementPeriod(db),
  ]);
  return [...tenures, ...places, ...periods];
}
