/** Questions about events: the facts that name an event by `eventId` and the chain of follow-ups (lists: ./lists.ts). */
import type { Database } from '../database.js';
import { FACT_ENDPOINTS, FactType, Label } from '../model.js';
import { type EntityRow, type EvidenceRow, entityProjection, evidenceOf, groupByKey, type RowShape } from './rows.js';

/** A fact between two entities that happened at an event. */
export interface EventFactRow {
  factId: string;
  from: EntityRow;
  to: EntityRow;
  evidence: EvidenceRow[];
}

/**
 * A COLLECT expression of the facts of `type` that happened at the event whose id is bound to `key`
 * (`eventId = key`): accompaniments (principal → companion) or visits (host → visitor).
 */
export function eventFactRows(type: FactType, key: string, fields: RowShape): string {
  const ends = FACT_ENDPOINTS[type];
  return `COLLECT {
    MATCH (ef_a:${Label.Entity})-[ef_r:${type} {eventId: ${key}}]->(ef_b:${Label.Entity})
    RETURN { factId: ef_r.id, from: ${entityProjection('ef_a', ends.from, fields.entity)},
             to: ${entityProjection('ef_b', ends.to, fields.entity)}, evidence: ${evidenceOf('ef_r', fields.evidence)} } AS row
    ORDER BY ef_a.name, ef_b.name
  }`;
}

/** One FOLLOW_UP_OF fact of the chain behind an event; depth 1 is what the event itself follows. */
export interface ChainLinkRow extends EventFactRow {
  /** The event or agreement whose chain it is. */
  key: string;
  depth: number;
}

/** Longest follow-up chain followed; deeper chains in press releases would be a data error. */
const MAX_CHAIN = 10;

/**
 * The chain behind each event or agreement: what it follows, what that follows, and so on, nearest first.
 * A fact reached along several routes is listed once, at its smallest depth.
 */
export async function followUpChain(db: Database, ids: readonly string[]): Promise<ChainLinkRow[][]> {
  if (ids.length === 0) return [];
  const rows = await db.read<ChainLinkRow>(
    `UNWIND $ids AS key
     MATCH (start:${Label.Entity} {id: key})
     MATCH p = (start)-[:${FactType.FOLLOW_UP_OF}*1..${MAX_CHAIN}]->(:${Label.Entity})
     WHERE all(n IN nodes(p) WHERE n:${Label.Entity})
     WITH key, last(relationships(p)) AS r, length(p) AS depth
     WITH key, r, min(depth) AS depth
     WITH key, r, depth, startNode(r) AS a, endNode(r) AS b
     RETURN key, r.id AS factId, depth, ${entityProjection('a')} AS from, ${entityProjection('b')} AS to,
            ${evidenceOf('r')} AS evidence
     ORDER BY key, depth, b.name`,
    { ids },
  );
  return groupByKey(ids, rows);
}
