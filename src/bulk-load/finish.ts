/**
 * What a bulk-loaded database needs on its first start: the empty lists the importer cannot write, then the
 * constraints and indexes of the migrations, built once over the whole graph instead of row by row.
 */

import { setEmptyLists } from '../graph/bulk-load-repository.js';
import type { Database } from '../graph/database.js';
import { applyMigrations } from '../graph/migrations.js';

export { setEmptyLists };

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
