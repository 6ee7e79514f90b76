/**
 * Cross-article resolution of persons (pure): a person extracted from a new article takes the id of a person
 * already in the graph when their names are judged the same, and the decision is recorded with its reason.
 * Names only are compared, never titles, so two holders of one post stay two people.
 */
import { isSameName, nameKey, nameWords } from '../extract/names.js';
import type { ExtractedEntity, Extraction } from '../extract/types.js';

/** A person already in the graph, as the resolver needs it. */
export interface KnownPerson {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
}

export interface Resolution {
  /** Extracted id → graph id, for every entity that resolved to another id. */
  readonly renamed: ReadonlyMap<string, string>;
  /** One sentence per decision, kept on the person as `resolutionNotes`. */
  readonly notes: ReadonlyMap<string, string>;
}

function namesOf(entity: { name: string; aliases: readonly string[] }): string[] {
  return [entity.name, ...entity.aliases];
}

function reasonFor(extracted: string, known: string): string {
  return nameKey(extracted) === nameKey(known)
    ? `"${extracted}" is a spelling variant of "${known}" (same name key ${nameKey(known)})`
    : `"${extracted}" matches "${known}" (same surname, given names within the spelling tolerance)`;
}

/** Whether two names denote the same person: `isSameName`, or a faster equivalent (see `createSameName`). */
export type SameName = (a: string, b: string) => boolean;

/** The parts of a name that `isSameName` compares first: its words, spelling-folded, and their key. */
interface NameParts {
  /** Distinct for each name seen, to remember pairs. */
  readonly index: number;
  readonly key: string;
  readonly first: string;
  readonly firstFolded: string;
  readonly last: string;
  readonly lastFolded: string;
}

function partsOf(name: string, index: number): NameParts | null {
  const words = nameWords(name);
  if (words.length === 0) return null;
  // nameKey is the words, each spelling-folded, joined by spaces.
  const folded = nameKey(name).split(' ');
  return {
    index,
    key: folded.join(' '),
    first: words[0] ?? '',
    firstFolded: folded[0] ?? '',
    last: words[words.length - 1] ?? '',
    lastFolded: folded[folded.length - 1] ?? '',
  };
}

/** `wordMatches` of isSameName: an initial matches a word with its letter, other words by their spelling fold. */
function wordsMatch(a: string, aFolded: string, b: string, bFolded: string): boolean {
  return a.length === 1 || b.length === 1 ? a[0] === b[0] : aFolded === bFolded;
}

/**
 * `isSameName` (without `allowSingleWord`) for many pairs: the officials of a batch of articles come again and
 * again, and so do the pairs of names the resolver compares. It holds only for names with the same key, or whose
 * first words or last words match (its prefix and same-surname rules), so other pairs are refused at once; the
 * parts of each name are computed once, and the answer for each pair that passes.
 */
export function createSameName(options: { maxNames?: number } = {}): SameName {
  const maxNames = options.maxNames ?? 100_000;
  const parts = new Map<string, NameParts | null>();
  const answers = new Map<number, boolean>();
  const of = (name: string): NameParts | null => {
    let found = parts.get(name);
    if (found === undefined) {
      // A long ingest forgets and starts again rather than grow without bound.
      if (parts.size >= maxNames) {
        parts.clear();
        answers.clear();
      }
      found = partsOf(name, parts.size);
      parts.set(name, found);
    }
    return found;
  };
  return (a, b) => {
    const [pa, pb] = [of(a), of(b)];
    if (!pa || !pb) return false;
    if (
      pa.key !== pb.key &&
      !wordsMatch(pa.first, pa.firstFolded, pb.first, pb.firstFolded) &&
      !wordsMatch(pa.last, pa.lastFolded, pb.last, pb.lastFolded)
    ) {
      return false;
    }
    const pair = pa.index * maxNames + pb.index;
    let answer = answers.get(pair);
    if (answer === undefined) {
      answer = isSameName(a, b);
      if (answers.size >= maxNames * 10) answers.clear();
      answers.set(pair, answer);
    }
    return answer;
  };
}

export interface ResolveOptions {
  /** How the resolution notes name the article: file name and publication date. */
  readonly articleLabel: string;
  /** Default `isSameName`. */
  readonly sameName?: SameName;
}

/**
 * Finds, for each extracted person, the one known person with the same name. A person that matches two known
 * persons is left alone: guessing between them would merge the wrong people.
 */
export function resolvePersons(
  extraction: Extraction,
  known: readonly KnownPerson[],
  options: ResolveOptions,
): Resolution {
  const sameName = options.sameName ?? isSameName;
  const renamed = new Map<string, string>();
  const notes = new Map<string, string>();
  const persons = extraction.entities.filter((entity): entity is ExtractedEntity => entity.type === 'Person');
  for (const person of persons) {
    if (known.some((candidate) => candidate.id === person.id)) continue;
    const matches: { candidate: KnownPerson; extracted: string; knownName: string }[] = [];
    for (const candidate of known) {
      const pair = findPair(namesOf(person), namesOf(candidate), sameName);
      if (pair) matches.push({ candidate, extracted: pair[0], knownName: pair[1] });
    }
    const ids = new Set(matches.map((match) => match.candidate.id));
    const match = matches[0];
    if (ids.size === 1 && match) {
      renamed.set(person.id, match.candidate.id);
      notes.set(match.candidate.id, `${options.articleLabel}: ${reasonFor(match.extracted, match.knownName)}`);
    }
  }
  return { renamed, notes };
}

function findPair(
  names: readonly string[],
  knownNames: readonly string[],
  sameName: SameName,
): [string, string] | undefined {
  for (const name of names) {
    for (const knownName of knownNames) {
      if (sameName(name, knownName)) return [name, knownName];
    }
  }
  return undefined;
}

/** The extraction with every renamed id replaced, in entities and in relation ends and attributes. */
export function applyResolution(extraction: Extraction, resolution: Resolution): Extraction {
  if (resolution.renamed.size === 0) return extraction;
  const map = (id: string): string => resolution.renamed.get(id) ?? id;
  return {
    ...extraction,
    entities: extraction.entities.map((entity) => ({ ...entity, id: map(entity.id) })),
    relations: extraction.relations.map((relation) => ({
      ...relation,
      from: map(relation.from),
      to: map(relation.to),
      attributes: Object.fromEntries(
        Object.entries(relation.attributes).map(([key, value]) => [
          key,
          typeof value === 'string' ? map(value) : value,
        ]),
      ),
    })),
  };
}
