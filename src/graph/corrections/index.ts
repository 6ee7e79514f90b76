/**
 * Analyst corrections: merge, split, add and retract facts, and undo any of them, one module per command. Each runs
 * in one transaction and writes a Change node (who, when, why, and what it did as a validated payload, payload.ts)
 * linked to every entity it touched. Each first locks the entities (or the change) it is about and only then reads
 * them, so that of identical corrections sent at once one wins and the others find its result and are refused with
 * CONFLICT. Merges and splits are also decisions (decisions.ts) that later ingests and imports respect.
 *
 * What is public is listed here; the modules' other exports are for each other and for tests.
 */
export { addFact, type FactAttributes } from './add-fact.js';
export {
  areDifferent,
  canonicalOf,
  type Decisions,
  DIFFERENT_FROM,
  type FactKey,
  findDecisions,
  findTwinFacts,
  NO_DECISIONS,
  type SplitOff,
  splitTarget,
} from './decisions.js';
export { mergeEntities } from './merge.js';
export { type ChangePayload, PayloadError, parseChangePayload } from './payload.js';
export { retractFact } from './retract-fact.js';
export { type Actor, CorrectionRefused } from './shared.js';
export { splitEntity } from './split.js';
export { undoChange } from './undo.js';
