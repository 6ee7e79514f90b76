/** Reading the audit trail: the Change nodes that analyst corrections write (docs/model.md, "Corrections"). */
import type { Database, Tx } from '../database.js';
import { Label, LinkType } from '../model.js';
import { groupByKey } from './rows.js';

export const ChangeAction = {
  MERGE: 'MERGE',
  SPLIT: 'SPLIT',
  ADD_FACT: 'ADD_FACT',
  RETRACT_FACT: 'RETRACT_FACT',
  UNDO: 'UNDO',
} as const;
export type ChangeAction = (typeof ChangeAction)[keyof typeof ChangeAction];

export interface ChangeRow {
  id: string;
  at: string;
  actor: string;
  action: ChangeAction;
  reason: string;
  /** Ids of the entities it touched (CHANGED), merged ones included. */
  entityIds: string[];
  factId: string | null;
  undoes: string | null;
  undoneBy: string | null;
  /** What the change did, as JSON, so that it can be undone. */
  payload: string;
}

const CHANGE_PROJECTION = `c { .id, .actor, .action, .reason, .factId, .undoes, .undoneBy, .payload, at: toString(c.at),
  entityIds: [(c)-[:${LinkType.CHANGED}]->(n) | n.id] }`;

/** The changes that touched each entity, newest first. */
export async function entityHistory(db: Database, ids: readonly string[]): Promise<ChangeRow[][]> {
  if (ids.length === 0) return [];
  const rows = await db.read<{ key: string; change: ChangeRow }>(
    `UNWIND $ids AS key
     MATCH (c:${Label.Change})-[:${LinkType.CHANGED}]->(n)
     WHERE n.id = key
     RETURN key, ${CHANGE_PROJECTION} AS change
     ORDER BY key, c.at DESC, c.id DESC`,
    { ids },
  );
  return groupByKey(ids, rows).map((group) => group.map((row) => row.change));
}

/** The changes with these ids, in key order, null for an unknown id. */
export async function findChangesByIds(db: Database, ids: readonly string[]): Promise<(ChangeRow | null)[]> {
  if (ids.length === 0) return [];
  const rows = await db.read<{ change: ChangeRow }>(
    `UNWIND $ids AS key
     MATCH (c:${Label.Change} {id: key})
     RETURN ${CHANGE_PROJECTION} AS change`,
    { ids },
  );
  const byId = new Map(rows.map((row) => [row.change.id, row.change]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The change `id` as this transaction sees it (after `lockChange`: as the last writer committed it), or null. */
export async function findChangeIn(tx: Tx, id: string): Promise<ChangeRow | null> {
  const [row] = await tx.run<{ change: ChangeRow }>(
    `MATCH (c:${Label.Change} {id: $id}) RETURN ${CHANGE_PROJECTION} AS change`,
    { id },
  );
  return row?.change ?? null;
}

/** The id of the change that retracted the fact `factId` and has not been undone, or null. */
export async function findRetractionOf(tx: Tx, factId: string): Promise<string | null> {
  const [row] = await tx.run<{ id: string }>(
    `MATCH (c:${Label.Change} {factId: $factId})
     WHERE c.action = $action AND c.undoneBy IS NULL
     RETURN c.id AS id ORDER BY c.at DESC LIMIT 1`,
    { factId, action: ChangeAction.RETRACT_FACT },
  );
  return row?.id ?? null;
}
