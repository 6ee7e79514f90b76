/** The shortest chain of facts between two entities, with the evidence of each hop. */
import type { Database } from '../database.js';
import { Label } from '../model.js';
import { ANY_FACT, entityProjection, evidenceOf, type EntityRow, type FactRow } from './rows.js';

export interface PathHopRow {
  from: EntityRow;
  to: EntityRow;
  fact: FactRow;
}

export interface PathRow {
  length: number;
  nodes: EntityRow[];
  hops: PathHopRow[];
}

interface HopQueryRow {
  from: EntityRow;
  to: EntityRow;
  fact: FactRow;
}

/** The longest path asked for: beyond six hops everything is connected to everything. */
export const MAX_PATH_HOPS = 6;

/**
 * A shortest path from `from` to `to` over fact relationships in either direction, at most `maxHops` long
 * (1 … MAX_PATH_HOPS, checked by the caller), through entities only; null when there is none.
 */
export async function findShortestPath(
  db: Database,
  options: { from: string; to: string; maxHops: number },
): Promise<PathRow | null> {
  const hops = Math.trunc(options.maxHops);
  if (!(hops >= 1 && hops <= MAX_PATH_HOPS)) {
    throw new RangeError(`expected maxHops between 1 and ${MAX_PATH_HOPS}, but got ${options.maxHops}`);
  }
  // The upper bound of a variable-length pattern cannot be a parameter; it is a checked integer here.
  const rows = await db.read<HopQueryRow>(
    `MATCH (a:${Label.Entity} {id: $from}), (b:${Label.Entity} {id: $to})
     MATCH p = shortestPath((a)-[:${ANY_FACT}*..${hops}]-(b))
     WHERE all(n IN nodes(p) WHERE n:${Label.Entity})
     WITH p LIMIT 1
     UNWIND range(0, length(p) - 1) AS i
     WITH i, nodes(p)[i] AS x, nodes(p)[i + 1] AS y, relationships(p)[i] AS r
     RETURN ${entityProjection('x')} AS from, ${entityProjection('y')} AS to,
            {id: r.id, type: type(r), fromId: startNode(r).id, toId: endNode(r).id, role: r.role, eventId: r.eventId,
             evidence: ${evidenceOf('r')}} AS fact
     ORDER BY i`,
    { from: options.from, to: options.to },
  );
  const first = rows[0];
  if (first === undefined) return null;
  return {
    length: rows.length,
    nodes: [first.from, ...rows.map((row) => row.to)],
    hops: rows,
  };
}
