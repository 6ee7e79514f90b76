/**
 * The writers of the model, one per aggregate: everything that creates or merges entities, facts, evidence,
 * articles and changes (the ingest, the corrections, the import, the test fixtures, the benchmark) goes through
 * these, so each aggregate has one row type and one rule for what overwrites and what fills in.
 */
export {
  type ArticleMentionsRow,
  type ArticleRow,
  type ArticleState,
  mergeArticles,
  replaceMentions,
} from './articles.js';
export { type ChangeWrite, recordChange } from './changes.js';
export { checkEntityLabels, type EntityRow, mergeEntities, searchTextOf, setAliases } from './entities.js';
export { type EvidenceRow, mergeEvidence, removeEvidenceOfArticle } from './evidence.js';
export { checkFactTypes, type FactRow, mergeFacts, moveFact, recomputeTenures, restoreFact } from './facts.js';
export {
  deleteReviewDecision,
  type ReviewDecisionWrite,
  type ReviewVerdict,
  recordReviewDecision,
  type StoredReviewDecision,
} from './reviews.js';
export { type Runner, toNeo4jDate, toNeo4jInt } from './runner.js';
