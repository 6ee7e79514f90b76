/**
 * The person search of the ingest's cross-article resolution: persons whose name or alias holds a word of a new
 * name, within a few spelling edits (Krisnayudhanto ~ Chrisnayudhanto), through the full-text index.
 */
import type { Database } from './database.js';
import { ENTITY_SEARCH_INDEX, EntityLabel, FactType, Label } from './model.js';

/** A person already in the graph, for cross-article resolution. */
export interface PersonCandidate {
  id: string;
  name: string;
  aliases: string[];
  /** Ids of the posts, organisations, countries and events it is linked to: what may corroborate a merge. */
  context: string[];
}

/**
 * The map projection of a candidate bound to `p`: its names, and its context (its neighbours of those kinds, and
 * the organisations and states of its posts).
 */
export function candidateProjection(p: string): string {
  const kinds = [EntityLabel.Position, EntityLabel.Organization, EntityLabel.Country, EntityLabel.Event]
    .map((label) => `x:${label}`)
    .join(' OR ');
  return `{id: ${p}.id, name: ${p}.name, aliases: coalesce(${p}.aliases, []),
           context: COLLECT {
             MATCH (${p})--(x:${Label.Entity}) WHERE ${kinds} RETURN x.id AS id
             UNION
             MATCH (${p})-[:${FactType.HOLDS_POSITION}]->(:${EntityLabel.Position})-[:${FactType.POSITION_OF}|${FactType.ACCREDITED_TO}]->(x:${Label.Entity})
             RETURN x.id AS id
           }}`;
}

/** One word of a person search, with the spelling edits it tolerates (0: exact). */
export interface PersonSearchTerm {
  word: string;
  edits: 0 | 1 | 2;
}

/** The candidate search of an article returns at most this many entities, best matches first. */
export const PERSON_SEARCH_LIMIT = 200;

/** Lucene special characters, escaped so a name is searched as words, never as query syntax. */
function luceneTerm(word: string): string {
  return word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
}

function luceneQuery(terms: readonly PersonSearchTerm[]): string {
  return terms.map((term) => `${luceneTerm(term.word)}${term.edits > 0 ? `~${term.edits}` : ''}`).join(' OR ');
}

/**
 * Persons whose name or alias holds one of `terms` (within its edits: Krisnayudhanto ~ Chrisnayudhanto), through
 * the full-text index: one round trip for a whole article. Of more than PERSON_SEARCH_LIMIT entities found, only
 * the best scored count.
 */
export async function findPersonCandidates(
  db: Database,
  terms: readonly PersonSearchTerm[],
): Promise<PersonCandidate[]> {
  const [candidates] = await findPersonCandidatesForEach(db, [terms]);
  return candidates ?? [];
}

/**
 * The candidates of several articles, each searched as `findPersonCandidates` would, in one round trip. Returns
 * one list per entry of `termLists`, in order. A person several articles find is read once.
 */
export async function findPersonCandidatesForEach(
  db: Database,
  termLists: readonly (readonly PersonSearchTerm[])[],
): Promise<PersonCandidate[][]> {
  const queries = termLists.flatMap((terms, index) =>
    terms.length === 0 ? [] : [{ index, query: luceneQuery(terms) }],
  );
  const results: PersonCandidate[][] = termLists.map(() => []);
  if (queries.length === 0) return results;
  const rows = await db.read<{ lists: { index: number; ids: string[] }[]; persons: PersonCandidate[] }>(
    `UNWIND $queries AS q
     CALL (q) {
       CALL db.index.fulltext.queryNodes($index, q.query, {limit: ${PERSON_SEARCH_LIMIT}}) YIELD node
       WHERE node:${EntityLabel.Person}
       RETURN collect(node) AS found
     }
     WITH collect({index: q.index, ids: [n IN found | n.id]}) AS lists, collect(found) AS founds
     CALL (founds) {
       UNWIND founds AS found
       UNWIND found AS p
       WITH DISTINCT p
       RETURN collect(${candidateProjection('p')}) AS persons
     }
     RETURN lists, persons`,
    { index: ENTITY_SEARCH_INDEX, queries },
  );
  const byId = new Map((rows[0]?.persons ?? []).map((person) => [person.id, person]));
  for (const { index, ids } of rows[0]?.lists ?? []) {
    results[index] = ids.flatMap((id) => {
      const person = byId.get(id);
      return person ? [person] : [];
    });
  }
  return results;
}

/** A term searched alone returns at most this many entities; an article with a term cut there is searched whole. */
export const TERM_HIT_LIMIT = 1000;

/** What the index finds for one term: every entity (up to TERM_HIT_LIMIT) with its score, best first. */
export interface TermHits {
  ids: string[];
  scores: number[];
  /** False when the term finds more than TERM_HIT_LIMIT entities (then `ids` is cut). */
  complete: boolean;
}

/**
 * Each term searched on its own, in one round trip: the entities an article's search finds are those its terms
 * find, each scored with the sum of its terms' scores, so several articles' searches share the terms they have in
 * common (a term is also cheaper alone than inside an article's query). Ids and scores only: the persons an
 * article may be resolved against are read afterwards (`findPersonsByIds`), for the best-scored hits only.
 */
export async function findTermHits(db: Database, terms: readonly PersonSearchTerm[]): Promise<TermHits[]> {
  if (terms.length === 0) return [];
  const rows = await db.read<{ index: number; ids: string[]; scores: number[] }>(
    `UNWIND $queries AS q
     CALL (q) {
       CALL db.index.fulltext.queryNodes($index, q.query, {limit: ${TERM_HIT_LIMIT + 1}}) YIELD node, score
       RETURN collect(node.id) AS ids, collect(score) AS scores
     }
     RETURN q.index AS index, ids, scores`,
    { index: ENTITY_SEARCH_INDEX, queries: terms.map((term, index) => ({ index, query: luceneQuery([term]) })) },
  );
  const hits: TermHits[] = terms.map(() => ({ ids: [], scores: [], complete: true }));
  for (const row of rows)
    hits[row.index] = { ids: row.ids, scores: row.scores, complete: row.ids.length <= TERM_HIT_LIMIT };
  return hits;
}

/** The persons among `ids` (other entities and unknown ids are left out), as candidates, in one round trip. */
export async function findPersonsByIds(db: Database, ids: readonly string[]): Promise<PersonCandidate[]> {
  if (ids.length === 0) return [];
  const rows = await db.read<{ candidate: PersonCandidate }>(
    `UNWIND $ids AS ps_id
     MATCH (p:${Label.Entity}:${EntityLabel.Person} {id: ps_id})
     RETURN ${candidateProjection('p')} AS candidate`,
    { ids },
  );
  return rows.map((row) => row.candidate);
}
