/**
 * The one writer of review decisions: an analyst's verdict on an item of the review queue, keyed by the item's
 * stable id. A new decision on the same item replaces the old one; reopening an item deletes it.
 */
import { Label } from '../model.js';
import { type Runner, run } from './runner.js';

export type ReviewVerdict = 'CONFIRMED' | 'DISMISSED';

export interface ReviewDecisionWrite {
  itemId: string;
  verdict: ReviewVerdict;
  actor: string;
  note: string | null;
}

/** The decision as stored: `decidedAt` is the instant of the write (ISO 8601). */
export interface StoredReviewDecision {
  verdict: ReviewVerdict;
  actor: string;
  note: string | null;
  decidedAt: string;
}

/** Records (or replaces) the decision on one item; answers it as stored. */
export async function recordReviewDecision(
  runner: Runner,
  decision: ReviewDecisionWrite,
): Promise<StoredReviewDecision> {
  const [row] = await run<{ decision: StoredReviewDecision }>(
    runner,
    `MERGE (r:${Label.Review} {itemId: $itemId})
     SET r.verdict = $verdict, r.actor = $actor, r.note = $note, r.decidedAt = datetime()
     RETURN r { .verdict, .actor, .note, decidedAt: toString(r.decidedAt) } AS decision`,
    { ...decision },
  );
  if (!row) throw new Error(`expected the decision on ${decision.itemId} back from its write, but got none`);
  return row.decision;
}

/** Forgets the decision on one item, which is then pending again. */
export async function deleteReviewDecision(runner: Runner, itemId: string): Promise<void> {
  await run(runner, `MATCH (r:${Label.Review} {itemId: $itemId}) DELETE r`, { itemId });
}
