/**
 * Write locks that a correction takes before it reads what it will change, so that concurrent corrections of the
 * same entities or the same change run one after the other. Neo4j reads committed data without locks; writing a
 * property takes the node's exclusive lock until the transaction ends, so a transaction that first writes (and at
 * once removes) a property waits for any other holding the lock, and what it reads afterwards is what that other
 * one committed (the "lost update" pattern of the Neo4j operations manual, "Concurrent data access").
 */
import type { Tx } from '../database.js';
import { Label } from '../model.js';

/** Written and removed in one statement: never committed, it only takes the lock. */
const LOCK_PROPERTY = '_correctionLock';

/** How an entity id stands once locked: an entity, merged into another, or unknown. */
export type LockedEntity = { state: 'ENTITY' } | { state: 'MERGED'; mergedInto: string | null } | { state: 'UNKNOWN' };

/**
 * Locks the entities (or merged entities) with these ids, in id order so that two corrections never wait for each
 * other crosswise, and tells how each stands now.
 */
export async function lockEntities(tx: Tx, ids: readonly string[]): Promise<Map<string, LockedEntity>> {
  const sorted = [...new Set(ids)].sort();
  await tx.run(
    `UNWIND $ids AS id
     OPTIONAL MATCH (e:${Label.Entity} {id: id})
     OPTIONAL MATCH (m:${Label.Merged} {id: id})
     WITH coalesce(e, m) AS n WHERE n IS NOT NULL
     SET n.${LOCK_PROPERTY} = true REMOVE n.${LOCK_PROPERTY}`,
    { ids: sorted },
  );
  const rows = await tx.run<{ id: string; entity: boolean; merged: boolean; mergedInto: string | null }>(
    `UNWIND $ids AS id
     OPTIONAL MATCH (e:${Label.Entity} {id: id})
     OPTIONAL MATCH (m:${Label.Merged} {id: id})
     RETURN id, e IS NOT NULL AS entity, m IS NOT NULL AS merged, m.mergedInto AS mergedInto`,
    { ids: sorted },
  );
  return new Map(
    rows.map((row): [string, LockedEntity] => [
      row.id,
      row.entity
        ? { state: 'ENTITY' }
        : row.merged
          ? { state: 'MERGED', mergedInto: row.mergedInto }
          : { state: 'UNKNOWN' },
    ]),
  );
}

/** Locks the change `id`; false when there is none. Read it after this to see what other transactions committed. */
export async function lockChange(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx.run<{ id: string }>(
    `MATCH (c:${Label.Change} {id: $id}) SET c.${LOCK_PROPERTY} = true REMOVE c.${LOCK_PROPERTY} RETURN c.id AS id`,
    { id },
  );
  return rows.length > 0;
}
