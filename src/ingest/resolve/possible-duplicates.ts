/**
 * Possible duplicates (pure): pairs of persons of the graph whose names share a key (./name-keys.ts) but that nothing
 * corroborates as one, the pairs the ingest's resolver left apart for an analyst to merge or dismiss. Persons are
 * compared within blocks of one spelling-folded given name or surname, so the graph is never compared pair by pair.
 */
import { nameKey, nameWords } from '../extract/names.js';
import type { NameKeyKind } from './name-keys.js';
import { isDecisive, type KnownPerson, matchesOf } from './resolve-persons.js';

/** Two persons that may be one. */
export interface DuplicatePair {
  readonly a: KnownPerson;
  readonly b: KnownPerson;
  readonly kind: NameKeyKind;
  /** The two names that share the key, one of each. */
  readonly names: readonly [string, string];
}

/** A block this large is a common name: listing its pairs would bury the real duplicates. Default of `maxBlock`. */
const MAX_BLOCK = 200;

function blocksOf(person: KnownPerson): string[] {
  const keys = new Set<string>();
  for (const form of [person.name, ...person.aliases]) {
    const full = nameWords(form).filter((word) => word.length > 1);
    if (full.length === 0) continue;
    keys.add(`first:${nameKey(full[0] ?? '')}`);
    keys.add(`last:${nameKey(full[full.length - 1] ?? '')}`);
  }
  return [...keys];
}

/** The stable key of a pair, its ids in order; the review item of the pair is `review:duplicate:<key>`. */
export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export interface PossibleDuplicatesOptions {
  /** Pairs an analyst decided are two (a split, a dismissal), by `pairKey`. */
  readonly decided?: ReadonlySet<string>;
  readonly maxBlock?: number;
}

/** Every pair of persons sharing a name key without corroboration, ordered by the first name of each pair. */
export function findPossibleDuplicates(
  persons: readonly KnownPerson[],
  options: PossibleDuplicatesOptions = {},
): DuplicatePair[] {
  const maxBlock = options.maxBlock ?? MAX_BLOCK;
  const blocks = new Map<string, KnownPerson[]>();
  for (const person of persons) {
    for (const key of blocksOf(person)) blocks.set(key, [...(blocks.get(key) ?? []), person]);
  }
  const pairs = new Map<string, DuplicatePair>();
  for (const members of blocks.values()) {
    if (members.length < 2 || members.length > maxBlock) continue;
    for (const [index, person] of members.entries()) {
      const others = members.slice(index + 1).filter((other) => {
        const key = pairKey(person.id, other.id);
        return other.id !== person.id && !pairs.has(key) && !options.decided?.has(key);
      });
      for (const match of matchesOf(person, new Set(person.context ?? []), others)) {
        // The same full name or a corroborated key: the resolver would have merged them, had it met them in order.
        if (isDecisive(match)) continue;
        const [a, b] = person.id < match.candidate.id ? [person, match.candidate] : [match.candidate, person];
        pairs.set(pairKey(a.id, b.id), {
          a,
          b,
          kind: match.kind,
          names: a === person ? [match.extracted, match.known] : [match.known, match.extracted],
        });
      }
    }
  }
  return [...pairs.values()].sort((x, y) => x.a.name.localeCompare(y.a.name) || x.b.name.localeCompare(y.b.name));
}
