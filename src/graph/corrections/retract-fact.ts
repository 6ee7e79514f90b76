/** `retractFact`: a fact is wrong. It goes; its evidence stays, so that an undo brings the fact back whole. */
import type { Database, Tx } from '../database.js';
import { Label } from '../model.js';
import { ChangeAction, type ChangeRow, findRetractionOf } from '../repositories/changes.js';
import { lockEntities } from '../repositories/locks.js';
import { ANY_FACT } from '../repositories/rows.js';
import type { RetractPayload } from './payload.js';
import { type Actor, CorrectionRefused, changeById, recordChange, recreateFact } from './shared.js';

/** Removes a fact; its evidence stays, so that an undo brings the fact back whole. */
export async function retractFact(db: Database, options: Actor & { factId: string }): Promise<ChangeRow> {
  const changeId = await db.transaction(async (tx) => {
    const refuse = async (): Promise<never> => {
      const retraction = await findRetractionOf(tx, options.factId);
      if (retraction)
        throw new CorrectionRefused(
          'CONFLICT',
          `The fact "${options.factId}" was already retracted by the change "${retraction}".`,
        );
      throw new CorrectionRefused('NOT_FOUND', `No fact has the id "${options.factId}".`);
    };
    const [ends] = await tx.run<{ fromId: string; toId: string }>(
      `MATCH (a:${Label.Entity})-[r:${ANY_FACT}]->(b:${Label.Entity}) WHERE r.id = $factId RETURN a.id AS fromId, b.id AS toId LIMIT 1`,
      { factId: options.factId },
    );
    if (!ends) return refuse();
    await lockEntities(tx, [ends.fromId, ends.toId]);
    const [fact] = await tx.run<Omit<RetractPayload, 'action' | 'factId'>>(
      `MATCH (a:${Label.Entity} {id: $fromId})-[r:${ANY_FACT}]->(b:${Label.Entity} {id: $toId})
       WHERE r.id = $factId
       WITH a, r, b LIMIT 1
       WITH a.id AS fromId, b.id AS toId, type(r) AS type, properties(r) AS props, r
       DELETE r
       RETURN fromId, toId, type, props`,
      { factId: options.factId, fromId: ends.fromId, toId: ends.toId },
    );
    if (!fact) return refuse();
    const payload: RetractPayload = { action: ChangeAction.RETRACT_FACT, factId: options.factId, ...fact };
    return recordChange(tx, { ...options, entityIds: [fact.fromId, fact.toId], payload, factId: options.factId });
  });
  return changeById(db, changeId);
}

/** Undoes a retraction: the fact comes back with its recorded properties, its evidence never left. */
export async function undoRetractFact(tx: Tx, payload: RetractPayload): Promise<void> {
  await recreateFact(tx, payload);
}
