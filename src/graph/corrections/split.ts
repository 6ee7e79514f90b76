/**
 * `splitEntity`: one entity turns out to be two. Some of its facts move to a new entity of the same type, and the
 * decision that the two are different is kept (decisions.ts), so that no later ingest merges them again.
 */
import type { Database, Tx } from '../database.js';
import { type FactType, ID_PREFIX, Label } from '../model.js';
import { ChangeAction, type ChangeRow } from '../repositories/changes.js';
import { ANY_FACT } from '../repositories/rows.js';
import { moveFact, mergeEntities as writeEntities } from '../writers/index.js';
import { recordSplit, removeDifferent } from './decisions.js';
import type { SplitPayload } from './payload.js';
import { type Actor, CorrectionRefused, changeById, entityHead, lockLiveEntities, recordChange } from './shared.js';

function slugOf(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** Creates an entity of the same type named `newName` and moves the facts `factIds` of `id` to it. */
export async function splitEntity(
  db: Database,
  options: Actor & { id: string; newName: string; factIds: readonly string[] },
): Promise<ChangeRow> {
  const name = options.newName.trim();
  if (name.length === 0)
    throw new CorrectionRefused('BAD_INPUT', 'expected a name for the new entity, but got an empty one.');
  if (options.factIds.length === 0)
    throw new CorrectionRefused('BAD_INPUT', 'expected at least one fact to move to the new entity, but got none.');
  const changeId = await db.transaction(async (tx) => {
    await lockLiveEntities(tx, [options.id]);
    const source = await entityHead(tx, options.id);
    const facts = await tx.run<{ factId: string; type: FactType; out: boolean }>(
      `MATCH (e:${Label.Entity} {id: $id})-[r:${ANY_FACT}]-()
       WHERE r.id IN $factIds
       RETURN DISTINCT r.id AS factId, type(r) AS type, startNode(r) = e AS out`,
      { id: options.id, factIds: options.factIds },
    );
    const missing = options.factIds.filter((factId) => !facts.some((fact) => fact.factId === factId));
    if (missing.length > 0) {
      const elsewhere = await tx.run<{ factId: string; fromId: string; toId: string }>(
        `MATCH (a:${Label.Entity})-[r:${ANY_FACT}]->(b:${Label.Entity}) WHERE r.id IN $missing
         RETURN r.id AS factId, a.id AS fromId, b.id AS toId`,
        { missing },
      );
      const unknown = missing.filter((factId) => !elsewhere.some((row) => row.factId === factId));
      const [moved] = elsewhere;
      if (unknown.length === 0 && moved) {
        throw new CorrectionRefused(
          'CONFLICT',
          `The fact "${moved.factId}" is no longer a fact of "${options.id}": another change moved it, and it now joins "${moved.fromId}" and "${moved.toId}".`,
        );
      }
      throw new CorrectionRefused(
        'BAD_INPUT',
        `expected facts of "${options.id}", but ${missing.map((m) => `"${m}"`).join(', ')} ${missing.length === 1 ? 'is' : 'are'} not.`,
      );
    }
    const base = `${ID_PREFIX[source.label]}:${slugOf(name) || 'split'}`;
    const taken = await tx.run<{ id: string }>(
      `MATCH (n) WHERE (n:${Label.Entity} OR n:${Label.Merged}) AND (n.id = $base OR n.id STARTS WITH $base + '-') RETURN n.id AS id`,
      { base },
    );
    const ids = new Set(taken.map((row) => row.id));
    let createdId = base;
    for (let n = 2; ids.has(createdId); n += 1) createdId = `${base}-${n}`;
    await writeEntities(tx, [
      { id: createdId, label: source.label, name, aliases: [], props: {}, dates: {}, notes: [] },
    ]);
    const payload: SplitPayload = { action: ChangeAction.SPLIT, id: options.id, createdId, moved: [] };
    for (const fact of facts) {
      const direction = fact.out ? 'OUT' : 'IN';
      await moveFact(tx, {
        type: fact.type,
        factId: fact.factId,
        direction,
        fromEntity: options.id,
        toEntity: createdId,
      });
      payload.moved.push({ type: fact.type, factId: fact.factId, direction });
    }
    const splitId = await recordChange(tx, { ...options, entityIds: [options.id, createdId], payload });
    await recordSplit(tx, {
      from: options.id,
      splitOff: createdId,
      moved: payload.moved.map((fact) => fact.factId),
      changeId: splitId,
    });
    return splitId;
  });
  return changeById(db, changeId);
}

/**
 * Undoes a split: the facts go back, the decision that the two are different is taken back, and the split-off
 * entity stays in the history as merged into the one it came from (so its id answers that one).
 */
export async function undoSplit(tx: Tx, payload: SplitPayload, changeId: string): Promise<void> {
  for (const moved of payload.moved) {
    await moveFact(tx, { ...moved, fromEntity: payload.createdId, toEntity: payload.id });
  }
  await removeDifferent(tx, { changeId });
  await tx.run(
    `MATCH (n:${Label.Entity} {id: $createdId}) REMOVE n:${Label.Entity} SET n:${Label.Merged}, n.mergedInto = $id`,
    { createdId: payload.createdId, id: payload.id },
  );
}
