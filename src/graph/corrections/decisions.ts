/**
 * The decisions table (after nomenklatura's resolver): what analysts decided about the identity of entities, which
 * every later write respects. A decision lasts until the change that made it is undone.
 *
 * - SAME — "B is A": a merge. Stored as the merged node itself, `(:Merged {id: B, mergedInto: A})`, which keeps B's id
 *   taken (so no new entity gets it) and answers `node(B)` with A (repositories/entities.ts). The ingest and the
 *   import write whatever names B onto A instead (`canonicalOf`). The undo of a split records one too: the
 *   split-off entity answers the one it came from.
 * - DIFFERENT — "X is not Y": a split. Stored as `(X)-[:DIFFERENT_FROM {changeId, at, articleIds}]->(Y)` from the
 *   entity split to the one split off, with the articles whose evidence stated only the facts moved to Y. The
 *   ingest's person resolution never gives a mention of one the id of the other (`areDifferent`), and when one of
 *   those articles is read again, what it says of X is written on Y (`splitTarget`), so no new reading undoes the
 *   split.
 *
 * Only live entities count: a merge chain is followed to an entity (at most MAX_HOPS merges), and one that ends
 * nowhere redirects nothing.
 */
import type { Database, Tx } from '../database.js';
import { type FactType, Label, LinkType } from '../model.js';
import { ChangeAction } from '../repositories/changes.js';
import { ANY_FACT } from '../repositories/rows.js';
import { checkFactTypes } from '../writers/index.js';

/** The relationship of a DIFFERENT decision (a structural link: no fact, no evidence). */
export const DIFFERENT_FROM = LinkType.DIFFERENT_FROM;

/** How many merges in a row are followed from a merged id; chains are short in practice. */
const MAX_HOPS = 5;

/** An entity split off another, and the articles whose evidence stated only the facts it took. */
export interface SplitOff {
  readonly id: string;
  readonly articleIds: readonly string[];
}

/** What the decisions say about a set of ids. */
export interface Decisions {
  /** The entity each merged id now is, for every asked id merged into a live entity (chains followed). */
  readonly redirects: ReadonlyMap<string, string>;
  /** Every asked id that names a merged entity, whether or not its chain ends at a live one. */
  readonly merged: ReadonlySet<string>;
  /** For each live entity reached, the entities decided different from it. */
  readonly different: ReadonlyMap<string, ReadonlySet<string>>;
  /** For each live entity reached that was split, the entities split off it and the articles that now name them. */
  readonly splits: ReadonlyMap<string, readonly SplitOff[]>;
  /**
   * Live entities that a merge or a split gave facts of another entity: their facts may carry ids derived from
   * other ends (a moved fact keeps its id), so a write of the same fact looks for it first (`findTwinFacts`).
   */
  readonly corrected: ReadonlySet<string>;
}

export const NO_DECISIONS: Decisions = Object.freeze({
  redirects: new Map(),
  merged: new Set<string>(),
  different: new Map(),
  splits: new Map(),
  corrected: new Set<string>(),
});

/** The id to write for `id`: the entity it was merged into, else itself. */
export function canonicalOf(decisions: Decisions, id: string): string {
  return decisions.redirects.get(id) ?? id;
}

/** Whether an analyst decided that the entities `a` and `b` are two (ids taken canonically). */
export function areDifferent(decisions: Decisions, a: string, b: string): boolean {
  const [x, y] = [canonicalOf(decisions, a), canonicalOf(decisions, b)];
  return decisions.different.get(x)?.has(y) === true || decisions.different.get(y)?.has(x) === true;
}

/**
 * The entity an article writes in place of `id`: the one split off `id` when this article stated only facts that
 * the split moved there; undefined when no split says so.
 */
export function splitTarget(decisions: Decisions, id: string, articleId: string): string | undefined {
  return decisions.splits.get(id)?.find((split) => split.articleIds.includes(articleId))?.id;
}

/** A database (reads routed to readers) or an open transaction. */
export type Reader = Pick<Database, 'read'> | Tx;

function read<Row>(reader: Reader, cypher: string, params: Record<string, unknown>): Promise<Row[]> {
  return 'read' in reader ? reader.read<Row>(cypher, params) : reader.run<Row>(cypher, params);
}

interface DecisionRow {
  id: string;
  live: boolean;
  mergedInto: string | null;
  different: { other: string; splitOff: boolean; articleIds: string[] }[];
  corrected: boolean;
}

/**
 * The decisions about `ids`: one round trip when none of them was merged, one more per merge in a chain. Unknown
 * ids are simply not mentioned.
 */
export async function findDecisions(reader: Reader, ids: Iterable<string>): Promise<Decisions> {
  const redirects = new Map<string, string>();
  const merged = new Set<string>();
  const different = new Map<string, Set<string>>();
  const splits = new Map<string, SplitOff[]>();
  const corrected = new Set<string>();
  /** The asked ids behind each id to look up next. */
  let pending = new Map<string, string[]>([...new Set(ids)].map((id) => [id, [id]]));
  for (let hop = 0; hop <= MAX_HOPS && pending.size > 0; hop += 1) {
    const rows = await read<DecisionRow>(
      reader,
      `UNWIND $ids AS key
       OPTIONAL MATCH (e:${Label.Entity} {id: key})
       OPTIONAL MATCH (m:${Label.Merged} {id: key})
       RETURN key AS id, e IS NOT NULL AS live, m.mergedInto AS mergedInto,
              CASE WHEN e IS NULL THEN [] ELSE [(e)-[d:${DIFFERENT_FROM}]-(o:${Label.Entity}) |
                {other: o.id, splitOff: startNode(d) = e, articleIds: coalesce(d.articleIds, [])}] END AS different,
              e IS NOT NULL AND EXISTS {
                MATCH (e)<-[:${LinkType.CHANGED}]-(c:${Label.Change}) WHERE c.action IN $moving
              } AS corrected`,
      { ids: [...pending.keys()], moving: [ChangeAction.MERGE, ChangeAction.SPLIT] },
    );
    const next = new Map<string, string[]>();
    for (const row of rows) {
      const asked = pending.get(row.id) ?? [];
      if (row.live) {
        for (const id of asked) if (id !== row.id) redirects.set(id, row.id);
        if (row.different.length > 0) different.set(row.id, new Set(row.different.map((link) => link.other)));
        const off = row.different.filter((link) => link.splitOff);
        if (off.length > 0)
          splits.set(
            row.id,
            off.map((link) => ({ id: link.other, articleIds: link.articleIds })),
          );
        if (row.corrected) corrected.add(row.id);
        continue;
      }
      if (row.mergedInto === null) continue;
      if (hop === 0) merged.add(row.id);
      next.set(row.mergedInto, [...(next.get(row.mergedInto) ?? []), ...asked]);
    }
    pending = next;
  }
  return { redirects, merged, different, splits, corrected };
}

/**
 * Records that the entity `splitOff` was split off `from` by the change `changeId`, which moved the facts `moved`:
 * the articles whose evidence backs some of those facts and none of the facts `from` kept are remembered with it.
 */
export async function recordSplit(
  tx: Tx,
  options: { from: string; splitOff: string; moved: readonly string[]; changeId: string },
): Promise<void> {
  await tx.run(
    `MATCH (x:${Label.Entity} {id: $from}), (y:${Label.Entity} {id: $splitOff})
     WITH x, y, COLLECT {
       MATCH (ev:${Label.Evidence}) WHERE ev.factId IN $moved AND ev.articleId IS NOT NULL
         AND NOT EXISTS {
           MATCH (x)-[kept:${ANY_FACT}]-()
           MATCH (:${Label.Evidence} {factId: kept.id, articleId: ev.articleId})
         }
       RETURN DISTINCT ev.articleId AS id ORDER BY id
     } AS articleIds
     CREATE (x)-[:${DIFFERENT_FROM} {changeId: $changeId, at: datetime(), articleIds: articleIds}]->(y)`,
    options,
  );
}

/** Takes back the DIFFERENT decision of the change `changeId` (its undo). */
export async function removeDifferent(tx: Tx, options: { changeId: string }): Promise<void> {
  await tx.run(`MATCH ()-[d:${DIFFERENT_FROM}]->() WHERE d.changeId = $changeId DELETE d`, options);
}

/**
 * A fact about to be written, with what tells it apart from another fact of the same type between the same ends
 * (its role or its event, as in ids.ts and the merge).
 */
export interface FactKey {
  id: string;
  type: FactType;
  from: string;
  to: string;
  role: string | null;
  eventId: string | null;
}

/**
 * For facts about to be written between entities that corrections gave facts (see `Decisions.corrected`): the id
 * of the fact already stating the same (same type, ends, role and event) under another id, when there is one and
 * none has the id to be written. Writing the fact under that id adds evidence to it instead of a second copy.
 */
export async function findTwinFacts(reader: Reader, facts: readonly FactKey[]): Promise<Map<string, string>> {
  checkFactTypes(facts);
  const twins = new Map<string, string>();
  for (const type of new Set(facts.map((fact) => fact.type))) {
    const rows = facts.filter((fact) => fact.type === type);
    const found = await read<{ id: string; twin: string | null }>(
      reader,
      `UNWIND $rows AS row
       MATCH (a:${Label.Entity} {id: row.from}), (b:${Label.Entity} {id: row.to})
       WHERE NOT EXISTS { MATCH (a)-[same:${type}]->(b) WHERE same.id = row.id }
       OPTIONAL MATCH (a)-[x:${type}]->(b)
       WHERE coalesce(x.role, '') = coalesce(row.role, '') AND coalesce(x.eventId, '') = coalesce(row.eventId, '')
       WITH row, x ORDER BY x.id
       RETURN row.id AS id, head(collect(x.id)) AS twin`,
      { rows },
    );
    for (const row of found) if (row.twin !== null) twins.set(row.id, row.twin);
  }
  return twins;
}
