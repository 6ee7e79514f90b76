/** Questions about persons that span several fact types: the events of their timeline. */
import type { Database } from '../database.js';
import { EntityLabel, FactType, Label, ParticipantRole } from '../model.js';
import { type EntityRow, entityProjection, groupByKey } from './rows.js';

export interface TimelineEventRow {
  key: string;
  event: EntityRow;
  roles: ParticipantRole[];
}

/**
 * The events of each person in date order, whatever the link: a role in the event, leading a delegation
 * (DELEGATION_LEAD), accompanying someone (ACCOMPANYING) or being accompanied there.
 */
export async function personTimelineEvents(db: Database, ids: readonly string[]): Promise<TimelineEventRow[][]> {
  if (ids.length === 0) return [];
  const event = `e:${Label.Entity}:${EntityLabel.Event}`;
  const rows = await db.read<TimelineEventRow>(
    `UNWIND $ids AS key
     MATCH (p:${Label.Entity}:${EntityLabel.Person} {id: key})
     CALL (p) {
       MATCH (p)-[r:${FactType.PARTICIPATED_IN}]->(${event}) RETURN e, r.role AS role
       UNION
       MATCH (${event})-[:${FactType.LED_BY}]->(p) RETURN e, $lead AS role
       UNION
       MATCH (p)-[r:${FactType.ACCOMPANIED_BY}]-(:${Label.Entity}:${EntityLabel.Person})
       MATCH (${event} {id: r.eventId})
       RETURN e, CASE WHEN endNode(r) = p THEN $accompanying ELSE null END AS role
     }
     WITH key, e, collect(DISTINCT role) AS roles
     RETURN key, ${entityProjection('e')} AS event, roles
     ORDER BY key, e.date, e.name`,
    { ids, lead: ParticipantRole.DELEGATION_LEAD, accompanying: ParticipantRole.ACCOMPANYING },
  );
  return groupByKey(ids, rows);
}
