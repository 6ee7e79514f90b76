/**
 * The one writer of Change nodes, the audit trail of corrections: who, when, why, and what the change did as JSON,
 * linked to every entity it touched (merged ones included). A change is written once and never rewritten.
 */
import { randomUUID } from 'node:crypto';
import { Label, LinkType } from '../model.js';
import { type Runner, run } from './runner.js';

export interface ChangeWrite {
  actor: string;
  reason: string;
  action: string;
  entityIds: readonly string[];
  payload: unknown;
  factId?: string | null;
  undoes?: string | null;
}

/** Records a change; answers its new id. */
export async function recordChange(runner: Runner, change: ChangeWrite): Promise<string> {
  const id = `change:${randomUUID()}`;
  await run(
    runner,
    `CREATE (c:${Label.Change} {id: $id, at: datetime(), actor: $actor, action: $action, reason: $reason,
                                payload: $payload, factId: $factId, undoes: $undoes})
     WITH c
     UNWIND $entityIds AS entityId
     MATCH (n {id: entityId}) WHERE n:${Label.Entity} OR n:${Label.Merged}
     MERGE (c)-[:${LinkType.CHANGED}]->(n)`,
    {
      id,
      actor: change.actor,
      action: change.action,
      reason: change.reason,
      payload: JSON.stringify(change.payload),
      factId: change.factId ?? null,
      undoes: change.undoes ?? null,
      entityIds: [...new Set(change.entityIds)],
    },
  );
  return id;
}
