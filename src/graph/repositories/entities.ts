/** Questions about entities themselves: load by id (following merges) and full-text search. */
import type { Database } from '../database.js';
import { ENTITY_SEARCH_INDEX, type EntityLabel, Label } from '../model.js';
import { toLuceneQuery } from './lucene.js';
import { type EntityRow, entityProjection } from './rows.js';

interface EntityLookupRow {
  key: string;
  entity: EntityRow | null;
  mergedInto: string | null;
}

/** How many merges in a row are followed from a merged id; chains are short in practice. */
const MAX_MERGE_HOPS = 5;

/**
 * The entities with these ids, in key order, null for an unknown id. An id merged into another entity answers
 * that entity, so old links keep working.
 */
export async function findEntitiesByIds(db: Database, ids: readonly string[]): Promise<(EntityRow | null)[]> {
  const result = new Map<string, EntityRow | null>();
  let pending = new Map<string, string[]>(ids.map((id) => [id, [id]]));
  for (let hop = 0; hop < MAX_MERGE_HOPS && pending.size > 0; hop += 1) {
    const lookups = [...pending.keys()];
    const rows = await db.read<EntityLookupRow>(
      `UNWIND $ids AS key
       OPTIONAL MATCH (n:${Label.Entity} {id: key})
       OPTIONAL MATCH (m:${Label.Merged} {id: key})
       RETURN key, CASE WHEN n IS NULL THEN null ELSE ${entityProjection('n')} END AS entity,
              m.mergedInto AS mergedInto`,
      { ids: lookups },
    );
    const next = new Map<string, string[]>();
    for (const row of rows) {
      const askedFor = pending.get(row.key) ?? [];
      if (row.entity === null && row.mergedInto !== null) {
        next.set(row.mergedInto, [...(next.get(row.mergedInto) ?? []), ...askedFor]);
      } else {
        for (const id of askedFor) result.set(id, row.entity);
      }
    }
    pending = next;
  }
  return ids.map((id) => result.get(id) ?? null);
}

export interface SearchHitRow {
  entity: EntityRow;
  score: number;
}

/** Most hits a search answers; beyond that a user should narrow the query. */
export const MAX_SEARCH_HITS = 500;

/**
 * Entities whose name, aliases or acronym match `text` (case and accent insensitive), best first.
 * `labels` restricts the types; null means all.
 */
export async function searchEntities(
  db: Database,
  options: { text: string; labels: readonly EntityLabel[] | null },
): Promise<SearchHitRow[]> {
  const query = toLuceneQuery(options.text);
  if (query === null) return [];
  return db.read<SearchHitRow>(
    `CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score
     WHERE node:${Label.Entity} AND ($labels IS NULL OR any(l IN labels(node) WHERE l IN $labels))
     RETURN ${entityProjection('node')} AS entity, score
     ORDER BY score DESC, node.name
     LIMIT ${MAX_SEARCH_HITS}`,
    { index: ENTITY_SEARCH_INDEX, query, labels: options.labels },
  );
}
