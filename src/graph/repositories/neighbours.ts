/**
 * The facts of many entities at once, seen from one end: `UNWIND $ids` in one round trip, answered in key order.
 * The named questions (`eventParticipants`, `companionsOf`, …) are thin wrappers that fix type and direction.
 */
import type { Database } from '../database.js';
import { EntityLabel, FactType, Label } from '../model.js';
import { entityProjection, evidenceOf, groupByKey, type NeighbourRow } from './rows.js';

export type Direction = 'OUT' | 'IN';

export interface NeighbourQuery {
  ids: readonly string[];
  type: FactType;
  /** OUT: the entities `ids` point to; IN: the entities pointing to `ids`. */
  direction: Direction;
  /** Restricts the other end to one entity label. */
  otherLabel?: EntityLabel;
}

function neighbourCypher(type: FactType, direction: Direction, otherLabel: EntityLabel | undefined): string {
  const other = otherLabel ? `o:${Label.Entity}:${otherLabel}` : `o:${Label.Entity}`;
  const pattern = direction === 'OUT' ? `(n)-[r:${type}]->(${other})` : `(n)<-[r:${type}]-(${other})`;
  return `
    UNWIND $ids AS key
    MATCH (n:${Label.Entity} {id: key})
    MATCH ${pattern}
    OPTIONAL MATCH (e:${Label.Entity}:${EntityLabel.Event} {id: r.eventId})
    RETURN key, r.id AS factId, r.role AS role, r.eventId AS eventId, r.delegationOf AS delegationOf,
           ${entityProjection('o')} AS other,
           CASE WHEN e IS NULL THEN null ELSE ${entityProjection('e')} END AS event,
           ${evidenceOf('r')} AS evidence
    ORDER BY key, coalesce(e.date, o.date), o.name, r.role`;
}

/** The facts of `type` at each of `ids` in the given direction, one list per id in the order of `ids`. */
export async function findNeighbours(db: Database, query: NeighbourQuery): Promise<NeighbourRow[][]> {
  if (query.ids.length === 0) return [];
  const rows = await db.read<NeighbourRow>(neighbourCypher(query.type, query.direction, query.otherLabel), {
    ids: query.ids,
  });
  return groupByKey(query.ids, rows);
}

/** Events each person, organisation or country took part in, one row per role. */
export function participationsOf(db: Database, ids: readonly string[]): Promise<NeighbourRow[][]> {
  return findNeighbours(db, { ids, type: FactType.PARTICIPATED_IN, direction: 'OUT', otherLabel: EntityLabel.Event });
}

/** Persons, organisations and countries that took part in each event, one row per role. */
export function eventParticipants(db: Database, ids: readonly string[]): Promise<NeighbourRow[][]> {
  return findNeighbours(db, { ids, type: FactType.PARTICIPATED_IN, direction: 'IN' });
}

/** The companions of each principal (ACCOMPANIED_BY out), with the event. */
export function companionsOf(db: Database, ids: readonly string[]): Promise<NeighbourRow[][]> {
  return findNeighbours(db, { ids, type: FactType.ACCOMPANIED_BY, direction: 'OUT', otherLabel: EntityLabel.Person });
}

/** The principals each person accompanied (ACCOMPANIED_BY in), with the event. */
export function principalsOf(db: Database, ids: readonly string[]): Promise<NeighbourRow[][]> {
  return findNeighbours(db, { ids, type: FactType.ACCOMPANIED_BY, direction: 'IN', otherLabel: EntityLabel.Person });
}

/** The delegation leads of each event. */
export function eventLeaders(db: Database, ids: readonly string[]): Promise<NeighbourRow[][]> {
  return findNeighbours(db, { ids, type: FactType.LED_BY, direction: 'OUT', otherLabel: EntityLabel.Person });
}

/** What each event or agreement follows up (FOLLOW_UP_OF out). */
export function followedBy(db: Database, ids: readonly string[]): Promise<NeighbourRow[][]> {
  return findNeighbours(db, { ids, type: FactType.FOLLOW_UP_OF, direction: 'OUT' });
}

/** What follows up each event or agreement (FOLLOW_UP_OF in). */
export function followUpsOf(db: Database, ids: readonly string[]): Promise<NeighbourRow[][]> {
  return findNeighbours(db, { ids, type: FactType.FOLLOW_UP_OF, direction: 'IN' });
}

/** The parties of each agreement. */
export function agreementParties(db: Database, ids: readonly string[]): Promise<NeighbourRow[][]> {
  return findNeighbours(db, { ids, type: FactType.PARTY_TO, direction: 'IN' });
}

/** The agreements each country or organisation is party to. */
export function agreementsOfParty(db: Database, ids: readonly string[]): Promise<NeighbourRow[][]> {
  return findNeighbours(db, { ids, type: FactType.PARTY_TO, direction: 'OUT', otherLabel: EntityLabel.Agreement });
}

/** The country each organisation or event is located in. */
export function locationsOf(db: Database, ids: readonly string[]): Promise<NeighbourRow[][]> {
  return findNeighbours(db, { ids, type: FactType.LOCATED_IN, direction: 'OUT', otherLabel: EntityLabel.Country });
}

/** The organisation of each post. */
export function organizationOfPositions(db: Database, ids: readonly string[]): Promise<NeighbourRow[][]> {
  return findNeighbours(db, { ids, type: FactType.POSITION_OF, direction: 'OUT', otherLabel: EntityLabel.Organization });
}

/** The posts of each organisation. */
export function positionsOfOrganizations(db: Database, ids: readonly string[]): Promise<NeighbourRow[][]> {
  return findNeighbours(db, { ids, type: FactType.POSITION_OF, direction: 'IN', otherLabel: EntityLabel.Position });
}

/** The countries each post is accredited to. */
export function accreditationsOf(db: Database, ids: readonly string[]): Promise<NeighbourRow[][]> {
  return findNeighbours(db, { ids, type: FactType.ACCREDITED_TO, direction: 'OUT', otherLabel: EntityLabel.Country });
}
