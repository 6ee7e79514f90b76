/**
 * Candidates for resolving the new articles of a batch in order (pure). The graph was searched once, term by term,
 * before the batch; the entities that earlier articles of the batch write are kept here with the names the graph
 * will give them, so that each article sees the candidates its own search would have found had the articles before
 * it been written one by one: the same, whenever that search finds at most its limit of entities.
 *
 * Past the limit, an article's search keeps the best-scored hits only, and which of the hits tied at the cut it keeps
 * depends on the index's internal order (one by one, too). Here it keeps the best by the sum of its terms' scores
 * (what the index scores an article's query with) and every hit tied with the last, plus all matching persons that
 * earlier articles of the batch write, whatever their rank would have been.
 */
import type { PersonSearchTerm, TermHits } from '../../graph/person-search.js';
import type { KnownPerson } from './resolve-persons.js';
import { createTermMatcher, termKey } from './search-terms.js';

/** An entity row about to be written: as in `EntityRow`, with the acronym its search text also holds. */
export interface WrittenEntity {
  readonly id: string;
  readonly label: string;
  readonly name: string;
  readonly aliases: readonly string[];
  readonly acronym?: string | null;
}

/** A fact row about to be written, as far as a person's context needs it. */
export interface WrittenFact {
  readonly type: string;
  readonly from: string;
  readonly to: string;
}

/** Kinds of entity a person's context holds (as `findTermHits` reads it from the graph), by id prefix. */
const CONTEXT_PREFIXES = ['position:', 'org:', 'country:', 'event:'];
/** Facts that link a post to what its holders' context also holds. */
const POST_LINKS = new Set(['POSITION_OF', 'ACCREDITED_TO']);

/** The context the written facts add to each person: as the graph's context will be once they are written. */
export function personContexts(
  personIds: ReadonlySet<string>,
  facts: readonly WrittenFact[],
): Map<string, Set<string>> {
  const ofPost = new Map<string, string[]>();
  for (const fact of facts) {
    if (POST_LINKS.has(fact.type)) ofPost.set(fact.from, [...(ofPost.get(fact.from) ?? []), fact.to]);
  }
  const contexts = new Map<string, Set<string>>();
  for (const fact of facts) {
    for (const [person, other] of [
      [fact.from, fact.to],
      [fact.to, fact.from],
    ] as const) {
      if (!personIds.has(person) || !CONTEXT_PREFIXES.some((prefix) => other.startsWith(prefix))) continue;
      const context = contexts.get(person) ?? new Set<string>();
      context.add(other);
      if (fact.type === 'HOLDS_POSITION') for (const linked of ofPost.get(other) ?? []) context.add(linked);
      contexts.set(person, context);
    }
  }
  return contexts;
}

export interface BatchCandidates {
  /**
   * The candidates of the next article, from the term-by-term search; undefined when one of its terms found more
   * entities than the search returned (then search the article as a whole and use `candidatesWith`).
   */
  candidatesFor(terms: readonly PersonSearchTerm[]): KnownPerson[] | undefined;
  /** The candidates of the next article, given what its own search found in the graph before the batch. */
  candidatesWith(terms: readonly PersonSearchTerm[], fromGraph: readonly KnownPerson[]): KnownPerson[];
  /** Records the entities an article writes, once it is resolved, and the facts that give its persons context. */
  record(entities: readonly WrittenEntity[], facts?: readonly WrittenFact[]): void;
}

export interface BatchCandidatesOptions {
  /** What each term found in the graph before the batch, by `termKey`. */
  readonly hits: ReadonlyMap<string, TermHits>;
  /** The persons among those hits, as the graph held them: at least those of `graphCandidateIds` for each article. */
  readonly persons: readonly KnownPerson[];
  /** The most entities an article's search returns (PERSON_SEARCH_LIMIT). */
  readonly limit: number;
  readonly personLabel: string;
}

/** Appends names the way the entity write does: in order, skipping repeats and the entity's own name. */
function withAliases(name: string, aliases: readonly string[], added: readonly string[]): string[] {
  const result = [...aliases];
  for (const alias of added) if (alias !== name && !result.includes(alias)) result.push(alias);
  return result;
}

/** The ids of the `limit` best scores, and of every other hit scored as the last of them. */
function best(scores: ReadonlyMap<string, number>, limit: number): string[] {
  if (scores.size <= limit) return [...scores.keys()];
  // The index scores in single precision.
  const ranked = [...scores].map(([id, score]) => [id, Math.fround(score)] as const).sort((a, b) => b[1] - a[1]);
  const cut = ranked[limit - 1]?.[1] ?? -Infinity;
  return ranked.filter(([, score]) => score >= cut).map(([id]) => id);
}

/**
 * The entities of the graph that `candidatesFor` may answer for an article with `terms`: the best-scored hits of its
 * terms (none when a term is cut: that article is searched whole). The union over a batch's articles is all of the
 * graph's persons the batch needs read.
 */
export function graphCandidateIds(
  hits: ReadonlyMap<string, TermHits>,
  terms: readonly PersonSearchTerm[],
  limit: number,
): string[] {
  const scores = termScores(hits, terms);
  return scores ? best(scores, limit) : [];
}

/** Each entity the terms find, scored with the sum of its terms' scores; undefined when a term's hits are cut. */
function termScores(
  hits: ReadonlyMap<string, TermHits>,
  terms: readonly PersonSearchTerm[],
): Map<string, number> | undefined {
  const scores = new Map<string, number>();
  for (const term of terms) {
    const found = hits.get(termKey(term));
    if (!found) throw new Error(`expected the graph's hits of every term, but got none for "${termKey(term)}"`);
    if (!found.complete) return undefined;
    for (const [index, id] of found.ids.entries()) scores.set(id, (scores.get(id) ?? 0) + (found.scores[index] ?? 0));
  }
  return scores;
}

export function createBatchCandidates(options: BatchCandidatesOptions): BatchCandidates {
  const inGraph = new Map(options.persons.map((person) => [person.id, person]));
  /** Persons as they will be once the batch is written; other written entities are null: they only count as hits. */
  const written = new Map<string, KnownPerson | null>();
  const matcher = createTermMatcher();
  const personsOf = (ids: Iterable<string>): KnownPerson[] => {
    const result: KnownPerson[] = [];
    for (const id of ids) {
      const person = written.has(id) ? written.get(id) : inGraph.get(id);
      if (person) result.push(person);
    }
    return result;
  };
  return {
    candidatesFor(terms) {
      const scores = termScores(options.hits, terms);
      if (scores === undefined) return undefined;
      // Names are only ever added, so a hit in the graph is still a hit; the batch adds those it writes.
      const fromBatch = matcher.find(terms);
      const all = new Set([...scores.keys(), ...fromBatch]);
      return personsOf(all.size <= options.limit ? all : new Set([...best(scores, options.limit), ...fromBatch]));
    },
    candidatesWith(terms, fromGraph) {
      for (const person of fromGraph) if (!inGraph.has(person.id)) inGraph.set(person.id, person);
      return personsOf(new Set([...fromGraph.map((person) => person.id), ...matcher.find(terms)]));
    },
    record(entities, facts = []) {
      const contexts = personContexts(
        new Set(entities.filter((row) => row.label === options.personLabel).map((row) => row.id)),
        facts,
      );
      for (const row of entities) {
        if (row.label !== options.personLabel) {
          if (!written.has(row.id)) written.set(row.id, null);
          matcher.add(row.id, [row.name, ...row.aliases, ...(row.acronym ? [row.acronym] : [])]);
          continue;
        }
        const before = written.get(row.id) ?? inGraph.get(row.id);
        const name = before?.name ?? row.name;
        const added = contexts.get(row.id) ?? new Set<string>();
        const person = {
          id: row.id,
          name,
          aliases: withAliases(name, before?.aliases ?? [], [...row.aliases, row.name]),
          context: [...new Set([...(before?.context ?? []), ...added])],
        };
        written.set(row.id, person);
        matcher.add(row.id, [person.name, ...person.aliases]);
      }
    },
  };
}
