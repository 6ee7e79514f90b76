/**
 * The one writer of fact relationships. A fact is stated by many pieces of evidence, so a write fills in: its
 * properties are set when missing and never overwritten (a tenure's span is derived from its evidence by
 * `recomputeTenures`, not written). Corrections move a fact between entities and restore a recorded one here too.
 */
import { FACT_TYPES, FactType, Label } from '../model.js';
import { type Runner, run } from './runner.js';

export interface FactRow {
  id: string;
  type: FactType;
  from: string;
  to: string;
  /** Set when missing, never overwritten. */
  props: Record<string, unknown>;
  /** Dates (YYYY-MM-DD) stored as Neo4j `Date`s: firstSeen, lastSeen. */
  dates?: Record<string, string | null>;
  /** An ISO instant kept from an exported file; the time of the write when absent. */
  createdAt?: string | null;
}

export function checkFactTypes(rows: readonly { type: string }[]): void {
  for (const row of rows) {
    if (!(FACT_TYPES as readonly string[]).includes(row.type))
      throw new Error(`expected a fact type of the model, but got "${row.type}"`);
  }
}

/** The part of `mergeFacts` that writes the facts of one type: each type's own, so its MERGE seeks the type's id. */
function mergeFactsOfType(type: FactType): string {
  return `CALL () {
       UNWIND $byType.${type} AS row
       MATCH (a:${Label.Entity} {id: row.from})
       MATCH (b:${Label.Entity} {id: row.to})
       MERGE (a)-[r:${type} {id: row.id}]->(b)
       ON CREATE SET r.createdAt = coalesce(datetime(row.createdAt), datetime()), r.isNew = true
       WITH r, row
       FOREACH (key IN keys(row.props) | SET r[key] = coalesce(r[key], row.props[key]))
       FOREACH (key IN keys(row.dates) | SET r[key] = coalesce(r[key], date(row.dates[key])))
       WITH r, coalesce(r.isNew, false) AS isNew
       REMOVE r.isNew
       RETURN collect(CASE WHEN isNew THEN r.id END) AS created_${type}
     }`;
}

/**
 * One statement for rows of every type: a subquery per type of the model (an empty list for a type the rows lack),
 * so its text, and its plan, never change.
 */
const MERGE_FACTS = `${FACT_TYPES.map(mergeFactsOfType).join('\n     ')}
     RETURN ${FACT_TYPES.map((type) => `created_${type}`).join(' + ')} AS created`;

/**
 * Merges fact rows (unique by id) of any types between existing entities; returns the ids of the facts it created.
 * Each type is written by a MERGE that names it, not by a dynamic type (`$(row.type)`): then the MERGE seeks the
 * type's unique id index, where a dynamic type is planned from the statistics, and on a young graph (no
 * relationships counted yet) a scan of every relationship per row made a bulk load quadratic.
 */
export async function mergeFacts(runner: Runner, rows: readonly FactRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  checkFactTypes(rows);
  const byType = Object.fromEntries(FACT_TYPES.map((type) => [type, [] as Record<string, unknown>[]]));
  for (const row of rows) {
    byType[row.type]?.push({ ...row, dates: row.dates ?? {}, createdAt: row.createdAt ?? null });
  }
  const result = await run<{ created: string[] }>(runner, MERGE_FACTS, { byType });
  return result[0]?.created ?? [];
}

/** Recomputes the span of each tenure from the dates of all its evidence, whatever article it came from. */
export async function recomputeTenures(runner: Runner, factIds: readonly string[]): Promise<void> {
  if (factIds.length === 0) return;
  await run(
    runner,
    `UNWIND $ids AS fid
     MATCH ()-[r:${FactType.HOLDS_POSITION} {id: fid}]->()
     CALL (fid) {
       MATCH (e:${Label.Evidence} {factId: fid}) WHERE e.date IS NOT NULL
       WITH e ORDER BY e.date
       RETURN collect(e) AS dated
     }
     SET r.firstSeen = dated[0].date, r.firstSeenPrecision = dated[0].datePrecision,
         r.lastSeen = dated[-1].date, r.lastSeenPrecision = dated[-1].datePrecision,
         r.former = size(dated) > 0 AND all(e IN dated WHERE e.former)`,
    { ids: factIds },
  );
}

/**
 * Moves one fact from one entity to another, keeping its id and properties (and so its evidence). The old
 * relationship goes first: a fact id is unique (migrations.ts), even for a moment within the transaction.
 */
export async function moveFact(
  runner: Runner,
  options: { type: FactType; factId: string; direction: 'OUT' | 'IN'; fromEntity: string; toEntity: string },
): Promise<void> {
  const { type, direction } = options;
  checkFactTypes([options]);
  const cypher =
    direction === 'OUT'
      ? `MATCH (src:${Label.Entity} {id: $fromEntity})-[r:${type} {id: $factId}]->(o) MATCH (dst:${Label.Entity} {id: $toEntity})
         WITH r, o, dst, properties(r) AS props DELETE r
         CREATE (dst)-[moved:${type}]->(o) SET moved = props`
      : `MATCH (src:${Label.Entity} {id: $fromEntity})<-[r:${type} {id: $factId}]-(o) MATCH (dst:${Label.Entity} {id: $toEntity})
         WITH r, o, dst, properties(r) AS props DELETE r
         CREATE (dst)<-[moved:${type}]-(o) SET moved = props`;
  await run(runner, cypher, options);
}

/**
 * Puts a fact back as it was recorded (an undo): a MERGE on its id, so it is never there twice, and its properties
 * replaced by the recorded ones (dates already as Neo4j `Date`s).
 */
export async function restoreFact(
  runner: Runner,
  options: { type: FactType; fromId: string; toId: string; factId: string; props: Record<string, unknown> },
): Promise<void> {
  checkFactTypes([options]);
  await run(
    runner,
    `MATCH (a:${Label.Entity} {id: $fromId}), (b:${Label.Entity} {id: $toId})
     MERGE (a)-[r:${options.type} {id: $factId}]->(b) SET r = $props`,
    { fromId: options.fromId, toId: options.toId, factId: options.factId, props: options.props },
  );
}
