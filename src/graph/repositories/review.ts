/**
 * The review queue: one list of what needs an analyst — facts read with low confidence and the contradictions of
 * ./data-quality.ts — each with the entities it is about, the evidence to open, how many facts a decision on it
 * touches, and the decision taken on it, if any. Item ids are stable (made from the fact or entities concerned), so a
 * decision is remembered for as long as the item is in the graph.
 */
import type { Database } from '../database.js';
import { Label } from '../model.js';
import { ContradictionKind, type ContradictionRow, findContradictions } from './data-quality.js';
import { ANY_FACT, type EvidenceRow, evidenceOf, factById } from './rows.js';

/** Below this best confidence, a fact is queued for review: an end taken from an earlier sentence (0.6) or a guess (0.5). */
export const REVIEW_CONFIDENCE = 0.7;

export type ReviewKind = 'LOW_CONFIDENCE_FACT' | 'CONTRADICTION';

export interface ReviewDecisionRow {
  verdict: 'CONFIRMED' | 'DISMISSED';
  actor: string;
  note: string | null;
  decidedAt: string;
}

export interface ReviewItemRow {
  id: string;
  kind: ReviewKind;
  summary: string;
  /** The entities the item is about. */
  entityIds: string[];
  /** The facts the item is about (the low-confidence fact; the facts between a contradiction's entities). */
  factIds: string[];
  /** Distinct facts of the item's entities: what a decision on it may change. */
  factsTouched: number;
  /** The evidence of the item's facts, to open in the article reader. */
  evidence: EvidenceRow[];
  decision: ReviewDecisionRow | null;
}

interface Candidate {
  id: string;
  kind: ReviewKind;
  summary: string;
  entityIds: string[];
  /** Set for a low-confidence fact: the fact itself. */
  factId: string | null;
}

/** The stable item of a contradiction: its kind and the entities it names, in a fixed order. */
function contradictionItem(row: ContradictionRow): Candidate {
  switch (row.kind) {
    case ContradictionKind.OVERLAPPING_TENURES: {
      const persons = row.tenures.map((t) => t.person.id).sort();
      return candidate(`overlap:${row.position.id}|${persons.join('|')}`, row.description, [
        row.position.id,
        ...persons,
      ]);
    }
    case ContradictionKind.PERSON_IN_TWO_PLACES: {
      const events = row.events.map((e) => e.id).sort();
      return candidate(`two-places:${row.person.id}|${row.date}|${events.join('|')}`, row.description, [
        row.person.id,
        ...events,
      ]);
    }
    case ContradictionKind.EVENT_OUTSIDE_AGREEMENT_PERIOD:
      return candidate(`outside-period:${row.event.id}|${row.agreement.id}`, row.description, [
        row.event.id,
        row.agreement.id,
      ]);
    case ContradictionKind.POSSIBLE_DUPLICATE:
      // The id dataQuality reads the dismissal by (duplicateReviewItem).
      return {
        ...candidate(
          '',
          row.description,
          row.candidates.map((c) => c.person.id),
        ),
        id: row.reviewItemId,
      };
  }
}

function candidate(key: string, summary: string, entityIds: string[]): Candidate {
  return { id: `review:${key}`, kind: 'CONTRADICTION', summary, entityIds, factId: null };
}

/** Facts whose best evidence is below REVIEW_CONFIDENCE (analysts' evidence counts 1). */
async function lowConfidenceFacts(db: Database): Promise<Candidate[]> {
  const rows = await db.read<{
    factId: string;
    type: string;
    from: string;
    to: string;
    fromName: string;
    toName: string;
    best: number;
  }>(
    `MATCH (ev:${Label.Evidence}) WHERE ev.confidence < $threshold
     WITH DISTINCT ev.factId AS factId, ev.factType AS factType
     CALL (factId) {
       MATCH (other:${Label.Evidence} {factId: factId})
       RETURN max(coalesce(other.confidence, 1.0)) AS best
     }
     WITH factId, factType, best WHERE best < $threshold
     CALL (factId, factType) { ${factById('factId', 'factType')} }
     WITH factId, r, from AS a, to AS b, best WHERE a:${Label.Entity} AND b:${Label.Entity}
     RETURN factId, type(r) AS type, a.id AS from, b.id AS to, a.name AS fromName, b.name AS toName, best
     ORDER BY factId`,
    { threshold: REVIEW_CONFIDENCE },
  );
  return rows.map((row) => ({
    id: `review:fact:${row.factId}`,
    kind: 'LOW_CONFIDENCE_FACT',
    summary: `${row.fromName} ${row.type.toLowerCase().replaceAll('_', ' ')} ${row.toName} was read with confidence ${row.best}: check it in the article.`,
    entityIds: [row.from, row.to],
    factId: row.factId,
  }));
}

/** For each candidate (`a` and `ev` are evidenceOf's own variables): facts touched, its facts with their evidence, and the decision on it — one statement for all. */
async function describe(
  db: Database,
  candidates: readonly Candidate[],
): Promise<Map<string, Pick<ReviewItemRow, 'factIds' | 'factsTouched' | 'evidence' | 'decision'>>> {
  const rows = await db.read<{
    id: string;
    factsTouched: number;
    factIds: string[];
    evidence: EvidenceRow[][];
    decision: ReviewDecisionRow | null;
  }>(
    `UNWIND $items AS item
     CALL (item) {
       UNWIND item.entityIds AS entityId
       MATCH (:${Label.Entity} {id: entityId})-[r:${ANY_FACT}]-()
       RETURN count(DISTINCT r) AS factsTouched
     }
     CALL (item) {
       MATCH (x:${Label.Entity})-[r:${ANY_FACT}]->(y:${Label.Entity})
       WHERE x.id IN item.entityIds AND y.id IN item.entityIds
         AND (item.factId IS NULL OR r.id = item.factId)
       RETURN collect(r.id) AS factIds, collect(${evidenceOf('r')}) AS evidence
     }
     OPTIONAL MATCH (d:${Label.Review} {itemId: item.id})
     RETURN item.id AS id, factsTouched, factIds, evidence,
            CASE WHEN d IS NULL THEN null
                 ELSE d { .verdict, .actor, .note, decidedAt: toString(d.decidedAt) } END AS decision`,
    { items: candidates.map(({ id, entityIds, factId }) => ({ id, entityIds, factId })) },
  );
  return new Map(rows.map(({ id, evidence, ...row }) => [id, { ...row, evidence: evidence.flat() }]));
}

/**
 * Every item of the queue, most facts touched first (then by kind and id); decided items only when asked for.
 * The queue is computed from the graph as it is now: an item whose cause is gone (a fact retracted, a contradiction
 * resolved) leaves it, and its decision stays stored in case it comes back.
 */
export async function reviewQueue(
  db: Database,
  options: { kinds: readonly ReviewKind[] | null; includeDecided: boolean },
): Promise<ReviewItemRow[]> {
  const wanted = (kind: ReviewKind) => options.kinds === null || options.kinds.includes(kind);
  const [low, contradictions] = await Promise.all([
    wanted('LOW_CONFIDENCE_FACT') ? lowConfidenceFacts(db) : Promise.resolve([]),
    // A dismissed possible duplicate is no contradiction any more, but it is a decided item of the queue.
    wanted('CONTRADICTION')
      ? findContradictions(db, { includeDismissed: options.includeDecided })
      : Promise.resolve([]),
  ]);
  const candidates = [...low, ...contradictions.map(contradictionItem)];
  if (candidates.length === 0) return [];
  const described = await describe(db, candidates);
  const items: ReviewItemRow[] = candidates.flatMap(({ factId: _factId, ...c }) => {
    const d = described.get(c.id);
    return d ? [{ ...c, ...d }] : [];
  });
  return items
    .filter((item) => options.includeDecided || item.decision === null)
    .sort((a, b) => b.factsTouched - a.factsTouched || a.kind.localeCompare(b.kind) || (a.id < b.id ? -1 : 1));
}

/** The item with this id as the graph stands, decided or not; null when no such item is in the queue. */
export async function findReviewItem(db: Database, id: string): Promise<ReviewItemRow | null> {
  const items = await reviewQueue(db, { kinds: null, includeDecided: true });
  return items.find((item) => item.id === id) ?? null;
}
