/**
 * The analysts' decisions (src/graph/corrections/decisions.ts) applied to the records of an import, so that a file
 * exported before a merge loads into the graph after it: a merged entity's record adds its names to the entity it
 * was merged into, a statement about it is written about that entity, and a statement the merge already joined
 * to one of the kept entity is written under that one's id (its evidence with it).
 */
import { canonicalOf, type Decisions, findDecisions, findTwinFacts } from '../graph/corrections/index.js';
import type { Database } from '../graph/database.js';
import type { EntityImportRow, FactImportRow } from '../graph/export-repository.js';
import type { FactType } from '../graph/model.js';

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** Entity rows with each merged one turned into the names it adds to the entity it was merged into. */
export async function redirectEntityRows(db: Database, rows: readonly EntityImportRow[]): Promise<EntityImportRow[]> {
  if (rows.length === 0) return [];
  const decisions = await findDecisions(
    db,
    rows.map((row) => row.id),
  );
  if (decisions.redirects.size === 0) return [...rows];
  return rows.map((row) => {
    const canonical = decisions.redirects.get(row.id);
    if (canonical === undefined) return row;
    // What the merge kept of it: its names, as aliases (see mergeEntities in src/graph/corrections/merge.ts).
    const { name, aliases } = row.plain;
    return { id: canonical, plain: { name, aliases: aliases ?? [] }, dates: {}, datetimes: {} };
  });
}

function redirectFact(row: FactImportRow, decisions: Decisions): FactImportRow {
  const eventId = text(row.plain.eventId);
  const source = canonicalOf(decisions, row.source);
  const target = canonicalOf(decisions, row.target);
  const event = eventId === null ? null : canonicalOf(decisions, eventId);
  if (source === row.source && target === row.target && event === eventId) return row;
  return { ...row, source, target, plain: event === eventId ? row.plain : { ...row.plain, eventId: event } };
}

/**
 * Statement rows of one type with their merged ends (and event) replaced, each written under the id of the fact
 * that already states it between the entities it now joins, when a correction left one there.
 */
export async function redirectFactRows(
  db: Database,
  type: FactType,
  rows: readonly FactImportRow[],
): Promise<FactImportRow[]> {
  if (rows.length === 0) return [];
  const ids = rows.flatMap((row) => [row.source, row.target, text(row.plain.eventId) ?? row.source]);
  const decisions = await findDecisions(db, ids);
  if (decisions.redirects.size === 0 && decisions.corrected.size === 0) return [...rows];
  const redirected = rows.map((row) => redirectFact(row, decisions));
  const keys = redirected
    .filter((row) => decisions.corrected.has(row.source) || decisions.corrected.has(row.target))
    .map((row) => ({
      id: row.id,
      type,
      from: row.source,
      to: row.target,
      role: text(row.plain.role),
      eventId: text(row.plain.eventId),
    }));
  const twins = keys.length === 0 ? new Map<string, string>() : await findTwinFacts(db, keys);
  return redirected.map((row) => {
    const twin = twins.get(row.id);
    return twin === undefined ? row : { ...row, id: twin };
  });
}

/** Which of `ids`, not entities of the graph, name an entity merged into one that is. */
export async function mergedIntoEntities(db: Database, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  return new Set((await findDecisions(db, ids)).redirects.keys());
}
