/** The statement the offline bulk load needs on the first start of its database: the empty lists it could not write. */
import neo4j from 'neo4j-driver';
import type { Database } from './database.js';
import { BULK_LOAD_EMPTY_LISTS } from './model.js';

/** Nodes per transaction while the empty lists are set. */
const BATCH = 20_000;

const { label, property } = BULK_LOAD_EMPTY_LISTS;

/** Sets the empty lists each marked node names, and removes the marker; answers the nodes done. */
export async function setEmptyLists(db: Database): Promise<number> {
  let done = 0;
  for (;;) {
    const [row] = await db.write<{ count: number }>(
      `MATCH (n:${label}) WITH n LIMIT $batch
       FOREACH (key IN n.${property} | SET n[key] = [])
       REMOVE n.${property}, n:${label}
       RETURN count(n) AS count`,
      { batch: neo4j.int(BATCH) },
    );
    const count = row?.count ?? 0;
    done += count;
    if (count < BATCH) return done;
  }
}
