/** The shortest chain of facts between two entities, with the evidence of each hop. */
import type { Database } from '../database.js';
import { Label } from '../model.js';
import { ANY_FACT, type EntityRow, type EvidenceField, entityProjection, evidenceOf, type FactRow } from './rows.js';

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

/** A path search: the path (null when there is none) and whether each end names an entity directly. */
export interface PathSearchRow {
  fromFound: boolean;
  toFound: boolean;
  path: PathRow | null;
}

/** The longest path asked for: beyond six hops everything is connected to everything. */
export const MAX_PATH_HOPS = 6;

/**
 * A shortest path from `from` to `to` over fact relationships in either direction, at most `maxHops` long
 * (1 … MAX_PATH_HOPS, checked by the caller), through entities only, with the given evidence fields of each
 * hop's fact; in the same round trip, whether each id names an entity (a merged id does not).
 */
export async function findShortestPath(
  db: Database,
  options: { from: string; to: string; maxHops: number; evidence?: readonly EvidenceField[] },
): Promise<PathSearchRow> {
  const hops = Math.trunc(options.maxHops);
  if (!(hops >= 1 && hops <= MAX_PATH_HOPS)) {
    throw new RangeError(`expected maxHops between 1 and ${MAX_PATH_HOPS}, but got ${options.maxHops}`);
  }
  // The upper bound of a variable-length pattern cannot be a parameter; it is a checked integer here.
  const rows = await db.read<{ fromFound: boolean; toFound: boolean; hops: PathHopRow[] }>(
    `OPTIONAL MATCH (a:${Label.Entity} {id: $from})
     OPTIONAL MATCH (b:${Label.Entity} {id: $to})
     RETURN a IS NOT NULL AS fromFound, b IS NOT NULL AS toFound, COLLECT {
       MATCH p = shortestPath((a)-[:${ANY_FACT}*..${hops}]-(b))
       WHERE a <> b AND all(n IN nodes(p) WHERE n:${Label.Entity})
       WITH p LIMIT 1
       UNWIND range(0, length(p) - 1) AS i
       WITH i, nodes(p)[i] AS x, nodes(p)[i + 1] AS y, relationships(p)[i] AS r
       RETURN { from: ${entityProjection('x')}, to: ${entityProjection('y')},
                fact: { id: r.id, type: type(r), fromId: startNode(r).id, toId: endNode(r).id, role: r.role, eventId: r.eventId,
                        evidence: ${evidenceOf('r', options.evidence)} } } AS hop
       ORDER BY i
     } AS hops`,
    { from: options.from, to: options.to },
  );
  const row = rows[0] ?? { fromFound: false, toFound: false, hops: [] };
  const found = row.hops;
  const first = found[0];
  return {
    fromFound: row.fromFound,
    toFound: row.toFound,
    path:
      first === undefined
        ? null
        : { length: found.length, nodes: [first.from, ...found.map((hop) => hop.to)], hops: found },
  };
}
