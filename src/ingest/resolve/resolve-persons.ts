/**
 * Cross-article resolution of persons (pure): a person extracted from a new article takes the id of a person
 * already in the graph when their names share a key (./name-keys.ts) and something else corroborates it: the same
 * post, organisation, country or event, or a form of the name seen beside the known name in one article (an alias).
 * Only one key needs nothing more: the same full name. Each decision is recorded with its key and corroboration.
 * Titles are never compared, so two holders of one post stay two people; a shared surname is no key at all.
 */
import { isSameName, nameKey, nameWords } from '../extract/names.js';
import type { ExtractedEntity, Extraction } from '../extract/types.js';
import { describeKey, KEY_STRENGTH, type NameKeyKind, nameKeyOf } from './name-keys.js';

/** A person already in the graph, as the resolver needs it. */
export interface KnownPerson {
  readonly id: string;
  readonly name: string;
  readonly aliases: readonly string[];
  /**
   * Ids of what the graph links the person to, the corroboration a merge needs: posts held, their organisations and
   * states, organisations, countries and events taken part in. Empty when unknown.
   */
  readonly context?: readonly string[];
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
  /** The spelling tolerance of given names beside a shared surname; default `isSameName`. */
  readonly sameName?: SameName;
}

/** What corroborates a pair of names, by the kind of entity both are linked to. */
export type Corroboration = 'post' | 'organisation' | 'country' | 'event' | 'alias';

const CORROBORATING: readonly [prefix: string, kind: Corroboration][] = [
  ['position:', 'post'],
  ['org:', 'organisation'],
  ['country:', 'country'],
  ['event:', 'event'],
];

/**
 * The ids an extracted person is linked to in its article: the other end of each of its relations, and the
 * organisation and state of each post it holds; the same kinds of ids as `KnownPerson.context`.
 */
export function contextOf(extraction: Extraction, personId: string): Set<string> {
  const byId = new Map(extraction.entities.map((entity) => [entity.id, entity]));
  const context = new Set<string>();
  for (const relation of extraction.relations) {
    const other = relation.from === personId ? relation.to : relation.to === personId ? relation.from : null;
    if (other === null) continue;
    context.add(other);
    const entity = byId.get(other);
    if (entity?.type !== 'Position') continue;
    for (const key of ['organization', 'country'] as const) {
      const value = entity.attributes[key];
      if (typeof value === 'string') context.add(value);
    }
  }
  return context;
}

/** One reason to believe two names are one person. */
export interface Corroborated {
  readonly kind: Corroboration;
  readonly detail: string;
}

/** The corroborations of a candidate: shared context by kind, and a form of the name seen beside the known one. */
function corroborate(forms: readonly string[], context: ReadonlySet<string>, candidate: KnownPerson): Corroborated[] {
  const found: Corroborated[] = [];
  for (const id of candidate.context ?? []) {
    if (!context.has(id)) continue;
    const kind = CORROBORATING.find(([prefix]) => id.startsWith(prefix))?.[1];
    if (kind && !found.some((f) => f.kind === kind)) found.push({ kind, detail: `the same ${kind} (${id})` });
  }
  const exact = (a: string, b: string) => nameWords(a).join(' ') === nameWords(b).join(' ');
  const alias = candidate.aliases.find((known) => !exact(known, candidate.name) && forms.some((f) => exact(f, known)));
  if (alias) found.push({ kind: 'alias', detail: `"${alias}" seen beside "${candidate.name}" in one article` });
  return found;
}

/** The strongest key between any form of one name and any form of another. */
function bestKey(
  names: readonly string[],
  knownNames: readonly string[],
  sameName: SameName,
): { kind: NameKeyKind; extracted: string; known: string } | undefined {
  let best: { kind: NameKeyKind; extracted: string; known: string } | undefined;
  for (const name of names) {
    for (const knownName of knownNames) {
      const kind = nameKeyOf(name, knownName) ?? (sameName(name, knownName) ? 'spelling' : null);
      if (kind && (!best || KEY_STRENGTH[kind] > KEY_STRENGTH[best.kind]))
        best = { kind, extracted: name, known: knownName };
    }
  }
  return best;
}

/** A candidate for an extracted person: the key they share and what corroborates it. */
export interface PersonMatch {
  readonly candidate: KnownPerson;
  readonly kind: NameKeyKind;
  readonly extracted: string;
  readonly known: string;
  readonly corroborations: readonly Corroborated[];
}

/** Whether a match may merge: the same full name, or any key with corroboration (a one-word name: not by org). */
export function isDecisive(match: PersonMatch): boolean {
  const words = nameWords(match.extracted).filter((word) => word.length > 1).length;
  if (match.kind === 'exact' && words >= 2) return true;
  // Everyone of an agency shares its organisation: a one-word name needs more than that.
  return match.corroborations.some((c) => words >= 2 || (c.kind !== 'organisation' && c.kind !== 'country'));
}

function noteOf(match: PersonMatch): string {
  const key = `"${match.extracted}" and "${match.known}" have ${describeKey(match.kind)} (key ${nameKey(match.known)})`;
  const why = match.corroborations.map((c) => c.detail);
  return why.length > 0 ? `${key}; corroborated by ${why.join(', ')}` : key;
}

/** Every known person whose names share a key with the extracted person's, with its corroborations. */
export function matchesOf(
  person: { name: string; aliases: readonly string[] },
  context: ReadonlySet<string>,
  known: readonly KnownPerson[],
  sameName: SameName = isSameName,
): PersonMatch[] {
  const forms = namesOf(person);
  const matches: PersonMatch[] = [];
  for (const candidate of known) {
    const key = bestKey(forms, namesOf(candidate), sameName);
    if (key) matches.push({ candidate, ...key, corroborations: corroborate(forms, context, candidate) });
  }
  return matches;
}

/**
 * Finds, for each extracted person, the one known person it is: the only decisive match (`isDecisive`), a match by
 * the same full name winning over weaker keys. A person with two decisive matches is left alone: guessing between
 * them would merge the wrong people. Undecided candidates stay apart; dataQuality lists them as possible duplicates.
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
    const decisive = matchesOf(person, contextOf(extraction, person.id), known, sameName).filter(isDecisive);
    const exact = decisive.filter((match) => match.kind === 'exact');
    const chosen = exact.length > 0 ? exact : decisive;
    const match = chosen[0];
    if (match && new Set(chosen.map((m) => m.candidate.id)).size === 1) {
      renamed.set(person.id, match.candidate.id);
      notes.set(match.candidate.id, `${options.articleLabel}: ${noteOf(match)}`);
    }
  }
  return { renamed, notes };
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
    mentions: extraction.mentions.map((mention) => ({ ...mention, entity: map(mention.entity) })),
  };
}
