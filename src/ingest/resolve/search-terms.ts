/**
 * Which entities the candidate search for cross-article resolution finds (pure): the words of an article's person
 * names, each with the spelling tolerance its length makes plausible. The graph answers them through its full-text
 * index (`entity_search`, analyzer `standard-folding`); `createTermMatcher` answers them in memory the same way, for
 * entities that earlier articles of a batch are about to write and the index cannot see yet.
 */
import type { PersonSearchTerm } from '../../graph/person-search.js';

/** Words shorter than this are not searched: initials and particles would match half the graph. */
const MIN_WORD_LENGTH = 3;

/** English stop words of the `standard-folding` analyzer: never indexed, and dropped from a query as exact terms. */
const STOP_WORDS = new Set(
  'a an and are as at be but by for if in into is it no not of on or such that the their then there these they this to was will with'.split(
    ' ',
  ),
);

/** Fuzzy terms are the expensive part of the search: exact under five letters, one edit up to seven, then two. */
function editsFor(word: string): PersonSearchTerm['edits'] {
  return word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
}

/** The search terms for the names (and aliases) of an article's persons, each word once. */
export function personSearchTerms(names: readonly string[]): PersonSearchTerm[] {
  const words = new Set(names.flatMap((name) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u)));
  return [...words]
    .filter((word) => word.length >= MIN_WORD_LENGTH)
    .map((word) => ({ word, edits: editsFor(word) }))
    .filter((term) => term.edits > 0 || !STOP_WORDS.has(term.word)); // the analyzer drops those: they find nothing
}

/** One key per distinct term, to search each once for a whole batch. */
export function termKey(term: PersonSearchTerm): string {
  return `${term.word}~${term.edits}`;
}

/** Letters that ASCII folding spells out rather than strips of an accent. */
const SPELLED_OUT: Readonly<Record<string, string>> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
  ħ: 'h',
  ŧ: 't',
  ŋ: 'n',
};

/** Lower case, accents removed, as the analyzer's ASCII folding does to what it indexes and to exact terms. */
function fold(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþıħŧŋ]/g, (letter) => SPELLED_OUT[letter] ?? letter);
}

/**
 * Tokens of a stored name the way the index cuts them: runs of letters and digits, kept together across one
 * apostrophe, full stop or underscore between two of them ("O'Brien", "A.W"), folded, stop words left out.
 */
export function indexTokens(text: string): string[] {
  return (fold(text).match(/[\p{L}\p{N}]+(?:['’._][\p{L}\p{N}]+)*/gu) ?? []).filter((token) => !STOP_WORDS.has(token));
}

/** Edit distance counting a swap of two neighbours as one edit, as the index's fuzzy terms do; stops past `max`. */
export function fuzzyDistance(a: readonly string[], b: readonly string[], max = Infinity): number {
  let before: number[] = [];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let smallest = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, (before[j - 2] ?? 0) + 1);
      row.push(best);
      smallest = Math.min(smallest, best);
    }
    if (smallest > max) return smallest;
    [before, previous] = [previous, row];
  }
  return previous[b.length] ?? 0;
}

/** A term as the index compares it with tokens. */
interface PreparedTerm {
  readonly edits: number;
  /** Exact terms are analysed (folded); fuzzy terms only lower-cased: "thắng~1" is one edit from "thang". */
  readonly word: string;
  readonly letters: readonly string[];
}

function prepareTerm(term: PersonSearchTerm): PreparedTerm {
  const word = term.edits === 0 ? fold(term.word) : term.word.toLowerCase();
  return { edits: term.edits, word, letters: [...word] };
}

function preparedMatches(term: PreparedTerm, token: string): boolean {
  if (term.edits === 0) return term.word === token && !STOP_WORDS.has(token);
  if (term.word === token) return true;
  const letters = [...token];
  if (Math.abs(term.letters.length - letters.length) > term.edits) return false;
  // A fuzzy term matches within its edits, and by fewer edits than the shorter of the two words has letters.
  const distance = fuzzyDistance(term.letters, letters, term.edits);
  return distance <= term.edits && distance < Math.min(term.letters.length, letters.length);
}

/** Whether an index token answers a term. */
export function termMatchesToken(term: PersonSearchTerm, token: string): boolean {
  return preparedMatches(prepareTerm(term), token);
}

/** Entities known by their names, searchable with terms as the index would search them. */
export interface TermMatcher {
  /** Adds (or adds names to) an entity: its name, aliases and acronym, everything its `searchText` holds. */
  add(id: string, names: readonly string[]): void;
  /** Ids of the entities that at least one of `terms` finds. */
  find(terms: readonly PersonSearchTerm[]): Set<string>;
}

/** A matcher over a growing set of entities; a fuzzy term is compared with each distinct token once. */
export function createTermMatcher(): TermMatcher {
  const idsByToken = new Map<string, Set<string>>();
  const vocabulary: string[] = [];
  const namesSeen = new Map<string, Set<string>>();
  const fuzzy = new Map<string, { term: PreparedTerm; checked: number; tokens: string[] }>();
  const tokensOf = (term: PersonSearchTerm): readonly string[] => {
    if (term.edits === 0) {
      const word = fold(term.word);
      return STOP_WORDS.has(word) ? [] : [word];
    }
    const key = termKey(term);
    let memo = fuzzy.get(key);
    if (!memo) {
      memo = { term: prepareTerm(term), checked: 0, tokens: [] };
      fuzzy.set(key, memo);
    }
    for (; memo.checked < vocabulary.length; memo.checked += 1) {
      const token = vocabulary[memo.checked] as string;
      if (preparedMatches(memo.term, token)) memo.tokens.push(token);
    }
    return memo.tokens;
  };
  return {
    add(id, names) {
      const seen = namesSeen.get(id) ?? new Set<string>();
      namesSeen.set(id, seen);
      for (const name of names) {
        if (seen.has(name)) continue;
        seen.add(name);
        for (const token of indexTokens(name)) {
          const ids = idsByToken.get(token);
          if (ids) ids.add(id);
          else {
            idsByToken.set(token, new Set([id]));
            vocabulary.push(token);
          }
        }
      }
    },
    find(terms) {
      const found = new Set<string>();
      for (const term of terms)
        for (const token of tokensOf(term)) for (const id of idsByToken.get(token) ?? []) found.add(id);
      return found;
    },
  };
}
