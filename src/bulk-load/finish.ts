/**
 * What a bulk-loaded database needs on its first start: the empty lists the importer cannot write, then the
 * constraints and indexes of the migrations, built once over the whole graph instead of row by row.
 */
import neo4j from 'neo4j-driver';
import type { Database } from '../graph/database.js';
import { applyMigrations } from '../graph/migrations.js';
import { EMPTY_LISTS_LABEL, EMPTY_LISTS_PROPERTY } from './csv-tables.js';

/** Nodes per transaction while the empty lists are set. */
const BATCH = 20_000;

/** Sets the empty lists the CSV could not hold (./csv-tables.ts) and removes their marker; answers the nodes done. */
export async function setEmptyLists(db: Database): Promise<number> {
  let done = 0;
  for (;;) {
    const [row] = await db.write<{ count: number }>(
      `MATCH (n:${EMPTY_LISTS_LABEL}) WITH n LIMIT $batch
       FOREACH (key IN n.${EMPTY_LISTS_PROPERTY} | SET n[key] = [])
       REMOVE n.${EMPTY_LISTS_PROPERTY}, n:${EMPTY_LISTS_LABEL}
       RETURN count(n) AS count`,
      { batch: neo4j.int(BATCH) },
    );
    const count = row?.count ?? 0;
    done += count;
    if (count < BATCH) return done;
  }
}

/**
 * Completes a bulk load on the database's first start: the empty lists, then `applyMigrations`, which waits until
 * every index is online. Safe to run again: nothing is left to set, and the migrations are `IF NOT EXISTS`.
 */
export async function finishBulkLoad(db: Database): Promise<{ emptyLists: number; indexSeconds: number }> {
  const emptyLists = await setEmptyLists(db);
  const began = performance.now();
  await applyMigrations(db);
  return { emptyLists, indexSeconds: (performance.now() - began) / 1000 };
}
