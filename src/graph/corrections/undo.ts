/**
 * `undoChange`: reverts a correction, recording the undo as a change of its own and marking the original
 * `undoneBy`. The change is locked and read inside the undoing transaction, so of two undos of one change the second
 * finds it undone. Its payload is validated (payload.ts) before anything is reverted.
 */
import { assertNever } from '../../assert-never.js';
import type { Database, Tx } from '../database.js';
import { Label } from '../model.js';
import { ChangeAction, type ChangeRow, findChangeIn } from '../repositories/changes.js';
import { lockChange, lockEntities } from '../repositories/locks.js';
import { undoAddFact } from './add-fact.js';
import { undoMerge } from './merge.js';
import { type ChangePayload, parseChangePayload } from './payload.js';
import { undoRetractFact } from './retract-fact.js';
import { type Actor, CorrectionRefused, changeById, recordChange } from './shared.js';
import { undoSplit } from './split.js';

/** Reverts what the change `changeId` did, as its payload recorded it. */
async function revert(tx: Tx, changeId: string, payload: ChangePayload): Promise<void> {
  switch (payload.action) {
    case ChangeAction.MERGE:
      return undoMerge(tx, payload);
    case ChangeAction.SPLIT:
      return undoSplit(tx, payload, changeId);
    case ChangeAction.ADD_FACT:
      return undoAddFact(tx, payload);
    case ChangeAction.RETRACT_FACT:
      return undoRetractFact(tx, payload);
    case ChangeAction.UNDO:
      throw new CorrectionRefused(
        'BAD_INPUT',
        'expected a change that is not itself an undo; make the correction again instead.',
      );
    default:
      return assertNever(payload);
  }
}

/** Reverts a change, recording the undo as a change of its own and marking the original `undoneBy`. */
export async function undoChange(db: Database, options: Actor & { changeId: string }): Promise<ChangeRow> {
  const changeId = await db.transaction(async (tx) => {
    const change = (await lockChange(tx, options.changeId)) ? await findChangeIn(tx, options.changeId) : null;
    if (!change) throw new CorrectionRefused('NOT_FOUND', `No change has the id "${options.changeId}".`);
    if (change.undoneBy)
      throw new CorrectionRefused('CONFLICT', `The change "${change.id}" was already undone by "${change.undoneBy}".`);
    const payload = parseChangePayload(change);
    await lockEntities(tx, change.entityIds);
    await revert(tx, change.id, payload);
    const undoId = await recordChange(tx, {
      ...options,
      entityIds: change.entityIds,
      payload: { action: ChangeAction.UNDO, undoes: change.id },
      factId: change.factId,
      undoes: change.id,
    });
    const [claimed] = await tx.run<{ id: string }>(
      `MATCH (c:${Label.Change} {id: $id}) WHERE c.undoneBy IS NULL SET c.undoneBy = $undoId RETURN c.id AS id`,
      { id: change.id, undoId },
    );
    // Unreachable while the change is locked above; kept so that a change can never be undone twice.
    if (!claimed)
      throw new CorrectionRefused('CONFLICT', `The change "${change.id}" was undone by another change meanwhile.`);
    return undoId;
  });
  return changeById(db, changeId);
}
