/**
 * How two person names may denote one person (pure), from the strongest key to the weakest: the same words; the same
 * words in another spelling (ch↔k, oe↔u, dj↔j, tj↔c, y↔i, old j↔y, doubled letters); the same words with initials
 * dropped or standing for a full word ("Jonathan B. Miles" ~ "Jonathan Miles", "A. Wiryo" ~ "Adang Wiryo"); a short
 * form of a longer name ("Budiono" ~ "Budiono Sandi"). Word order is kept: "Sandi Budiono" is not "Budiono Sandi".
 * A key only makes two names candidates; the resolver merges them only with corroboration.
 */
import { nameKey, nameWords } from '../extract/names.js';

/** The key two names share, strongest first. */
export type NameKeyKind = 'exact' | 'spelling' | 'initials' | 'short';

/** Strength of each kind, for choosing the best pair of names. */
export const KEY_STRENGTH: Readonly<Record<NameKeyKind, number>> = { exact: 4, spelling: 3, initials: 2, short: 1 };

/** A sentence naming the key, for resolution notes and the possible duplicates. */
export function describeKey(kind: NameKeyKind): string {
  switch (kind) {
    case 'exact':
      return 'the same name';
    case 'spelling':
      return 'the same name in another spelling';
    case 'initials':
      return 'the same name with initials dropped or spelled out';
    case 'short':
      return 'a short form of the name';
  }
}

/** A word's spelling key (names.ts's fold), and the key it has if written in the old spelling (j for y). */
function spellings(word: string): [string, string] {
  const key = nameKey(word);
  return [key, nameKey(word.replace(/(?<!d)j/g, 'y'))];
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const [a1, a2] = spellings(a);
  const [b1, b2] = spellings(b);
  return a1 === b1 || a2 === b1 || a1 === b2;
}

/**
 * Aligns the shorter name's words, in order, with words of the longer one: a full word with the same word in any
 * spelling, an initial with a word of its letter. Returns what the alignment needed, or null when there is none.
 */
function align(short: readonly string[], long: readonly string[]): { initials: boolean; skipped: string[] } | null {
  let initials = false;
  const skipped: string[] = [];
  let j = 0;
  for (const word of short) {
    let found = false;
    while (j < long.length) {
      const other = long[j] ?? '';
      j++;
      const initial = word.length === 1 || other.length === 1;
      if (initial ? word[0] === other[0] : sameWord(word, other)) {
        initials ||= initial;
        found = true;
        break;
      }
      skipped.push(other);
    }
    if (!found) return null;
  }
  skipped.push(...long.slice(j));
  return { initials, skipped };
}

/**
 * The key two names share, or null. Both names open with the same given name (or its initial): a one-word name is a
 * short form of a given name ("Budiono" ~ "Budiono Sandi"), never of a surname; two people who only share a surname
 * are two people.
 */
export function nameKeyOf(a: string, b: string): NameKeyKind | null {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return null;
  if (wa.join(' ') === wb.join(' ')) return 'exact';
  if (nameKey(a) === nameKey(b)) return 'spelling';
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  // A name needs two words that are not initials to stand for someone ("A. Wiryo" is one such word).
  const fullWords = (words: readonly string[]) => words.filter((word) => word.length > 1).length;
  if (fullWords(long) < 2) return null;
  // The given names open both ("Bagus Wiryo" is not "Johanes B. Wiryo", nor "Wiryo" "Budi Wiryo").
  const opens =
    short[0]?.length === 1 || long[0]?.length === 1
      ? short[0]?.[0] === long[0]?.[0]
      : sameWord(short[0] ?? '', long[0] ?? '');
  if (!opens) return null;
  const aligned = align(short, long);
  if (!aligned) return null;
  if (aligned.skipped.length === 0) return aligned.initials ? 'initials' : 'spelling';
  if (aligned.skipped.every((word) => word.length === 1)) return 'initials';
  // A short form: the given name first, or a whole name that leaves words out ("Boy Rafli" ~ "Boy Rafli Amar").
  return fullWords(short) === 0 ? null : 'short';
}
