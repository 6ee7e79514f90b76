/**
 * Turns what a user typed into a safe Lucene query for the full-text index: no operator of theirs survives, every
 * word must match (whole, by prefix, or with one typo for longer words), and case and accents do not matter.
 */

const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** Escapes every character that Lucene's query parser treats as syntax. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (char) => `\\${char}`);
}

/** Lower case without diacritics: "Andhika Chrisnayudhantó" → "andhika chrisnayudhanto". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Words that are short enough that a typo-tolerant match would match almost anything. */
const FUZZY_MIN_LENGTH = 5;

/**
 * The Lucene query for a user's search text, or null when it holds no word at all.
 * Each word becomes `(word OR word* OR word~1)`; words are ANDed.
 */
export function toLuceneQuery(text: string): string | null {
  const words = foldText(text)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 0);
  if (words.length === 0) return null;
  return words
    .map((word) => {
      const escaped = escapeLucene(word);
      const variants = [escaped, `${escaped}*`];
      if (word.length >= FUZZY_MIN_LENGTH) variants.push(`${escaped}~1`);
      return `(${variants.join(' OR ')})`;
    })
    .join(' AND ');
}
