/**
 * The one writer of evidence nodes and their link to the article they quote. A piece of evidence is one reading of
 * one passage, named by its content (ids.ts), so a write replaces it whole: every property of the row, offsets as
 * integers, `factType` always. An article's evidence is removed here too, before the article is read again.
 */
import { ANALYST, type FactType, Label, LinkType } from '../model.js';
import { checkFactTypes } from './facts.js';
import { type Runner, run, toNeo4jInt } from './runner.js';

export interface EvidenceRow {
  id: string;
  factId: string;
  factType: FactType;
  /** Null for evidence an analyst entered. */
  articleId: string | null;
  quote: string;
  sentence: string | null;
  /** Offsets of the quote in the article text. */
  start: number | null;
  end: number | null;
  confidence: number;
  /** The extractor's rule that read it ("receivedVisit", "accompaniedBy/fronted"); null for an analyst's. */
  rule: string | null;
  extractorVersion: string;
  date: string | null;
  datePrecision: string | null;
  former: boolean | null;
}

interface EvidenceGroup {
  articleId: string | null;
  extractorVersion: string;
  sentences: string[];
  rows: Record<string, unknown>[];
}

/**
 * Rows grouped by article and extractor version, each sentence sent once (an article's relations come from a few
 * sentences, which are most of the bytes); each node still gets every property of its row.
 */
function groupsOf(rows: readonly EvidenceRow[]): EvidenceGroup[] {
  const groups = new Map<string, EvidenceGroup & { index: Map<string, number> }>();
  for (const { articleId, extractorVersion, sentence, start, end, ...row } of rows) {
    const key = `${articleId ?? ''}\u0000${extractorVersion}`;
    let group = groups.get(key);
    if (!group) {
      group = { articleId, extractorVersion, sentences: [], rows: [], index: new Map() };
      groups.set(key, group);
    }
    let index = sentence === null ? null : (group.index.get(sentence) ?? null);
    if (sentence !== null && index === null) {
      index = group.sentences.length;
      group.sentences.push(sentence);
      group.index.set(sentence, index);
    }
    group.rows.push({ ...row, start: toNeo4jInt(start), end: toNeo4jInt(end), sentence: toNeo4jInt(index) });
  }
  return [...groups.values()].map(({ index: _index, ...group }) => group);
}

/** Creates or replaces evidence rows (unique by id), each linked to its article when the article is in the graph. */
export async function mergeEvidence(runner: Runner, rows: readonly EvidenceRow[]): Promise<void> {
  if (rows.length === 0) return;
  checkFactTypes(rows.map((row) => ({ type: row.factType })));
  await run(
    runner,
    `UNWIND $groups AS g
     OPTIONAL MATCH (article:${Label.Article} {id: g.articleId})
     WITH g, article
     UNWIND g.rows AS row
     MERGE (e:${Label.Evidence} {id: row.id})
     SET e = row {.*, articleId: g.articleId, extractorVersion: g.extractorVersion, sentence: g.sentences[row.sentence],
                  date: CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END}
     FOREACH (_ IN CASE WHEN article IS NULL THEN [] ELSE [1] END | MERGE (e)-[:${LinkType.FROM_ARTICLE}]->(article))`,
    { groups: groupsOf(rows) },
  );
}

/**
 * Deletes what the extractor read from an article, before it reads it again; an analyst's quotes taken from it stay
 * (they are undone through their change). Answers the facts the deleted evidence backed, to find those nothing backs
 * any more.
 */
export async function removeEvidenceOfArticle(
  runner: Runner,
  articleId: string,
): Promise<{ id: string; type: FactType }[]> {
  return run<{ id: string; type: FactType }>(
    runner,
    `MATCH (e:${Label.Evidence} {articleId: $articleId})
     WHERE e.extractorVersion <> $analyst
     WITH e, e.factId AS id, e.factType AS type
     DETACH DELETE e
     RETURN DISTINCT id, type`,
    { articleId, analyst: ANALYST },
  );
}
