/**
 * Who meets whom: the entities that took part in the same events as a person or organisation, counted by event and
 * ranked in Cypher. Taking part is any of PARTICIPATED_IN, LED_BY, and the accompaniments and visits that name the
 * event by `eventId`.
 */
import type { Database } from '../database.js';
import { EntityLabel, FactType, Label } from '../model.js';
import { type EntityRow, entityProjection } from './rows.js';

/** One entity met: how many distinct events, and those events oldest first. */
export interface MetRow {
  node: EntityRow;
  count: number;
  events: EntityRow[];
}

const E = Label.Entity;
const PARTICIPANTS = [EntityLabel.Person, EntityLabel.Organization, EntityLabel.Country] as const;
const AT_EVENT = `${FactType.ACCOMPANIED_BY}|${FactType.RECEIVED_VISIT_FROM}`;

/** The statement of `findNetwork`, for PROFILE in the tests. */
export const NETWORK_CYPHER = `
  MATCH (me:${E} {id: $id})
  CALL (me) {
    MATCH (me)-[:${FactType.PARTICIPATED_IN}]->(e:${E}:${EntityLabel.Event}) RETURN e
    UNION
    MATCH (e:${E}:${EntityLabel.Event})-[:${FactType.LED_BY}]->(me) RETURN e
    UNION
    MATCH (me)-[r:${AT_EVENT}]-(:${E})
    MATCH (e:${E}:${EntityLabel.Event} {id: r.eventId}) RETURN e
  }
  WITH DISTINCT me, e
  WHERE ($from IS NULL OR coalesce(e.endDate, e.date) >= date($from)) AND ($to IS NULL OR e.date <= date($to))
  CALL (me, e) {
    MATCH (o:${E})-[:${FactType.PARTICIPATED_IN}]->(e) WHERE o <> me RETURN o
    UNION
    MATCH (e)-[:${FactType.LED_BY}]->(o:${E}) WHERE o <> me RETURN o
    UNION
    MATCH (o:${E})-[r:${AT_EVENT}]-(:${E}) WHERE r.eventId = e.id AND o <> me RETURN o
  }
  WITH o, e
  ORDER BY e.date, e.name
  WITH o, collect(DISTINCT e) AS events
  RETURN ${entityProjection('o', PARTICIPANTS)} AS node, size(events) AS count,
         [x IN events | ${entityProjection('x', [EntityLabel.Event])}] AS events
  ORDER BY count DESC, o.name, o.id`;

/** The entities the entity `id` met at events within [from, to] (both optional, inclusive), most events first. */
export function findNetwork(
  db: Database,
  options: { id: string; from?: string | null; to?: string | null },
): Promise<MetRow[]> {
  return db.read<MetRow>(NETWORK_CYPHER, { id: options.id, from: options.from ?? null, to: options.to ?? null });
}
