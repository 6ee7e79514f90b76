/**
 * Person-name normalisation and similarity. Pure and lexicon-free, so the cross-article resolver can reuse it:
 * the same rules decide "Oliver/Olivier Chambard" within an article and "Krisnayudhanto/Chrisnayudhanto" across.
 */

const PARTICLES = new Set([
  'bin',
  'binti',
  'bint',
  'al',
  'el',
  'de',
  'van',
  'der',
  'von',
  'da',
  'dos',
  'di',
  'le',
  'la',
  'du',
  'ibn',
  'abu',
]);

/** Lower-case ASCII slug: "Masafumi ISHII" → "masafumi-ishii", "Kerja Sama & Multilateral" → "kerja-sama-multilateral". */
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * How a name is shown: words in capitals become capitalised ("Masafumi ISHII" → "Masafumi Ishii"), particles keep
 * their case ("Abdul Hamid bin Bador"), initials keep their dot, spacing is collapsed.
 */
export function displayName(raw: string): string {
  const words = raw.replace(/\s+/g, ' ').trim().split(' ');
  return words
    .map((word, i) => {
      // Particles keep the case the text gave them: "bin Bador", but "Pham The Thung", "Tran Van Minh".
      if (i > 0 && PARTICLES.has(word.toLowerCase())) return word;
      if (/^\p{Lu}\.(\p{Lu}\.)*$/u.test(word)) return word;
      // Roman numerals of a name stay numerals: "Faisal II", not "Faisal Ii".
      if (i > 0 && /^[IVX]{2,4}$/.test(word)) return word;
      if (word.length > 1 && word === word.toUpperCase() && /\p{L}{2}/u.test(word)) {
        return word.toLowerCase().replace(/(^|[-'’])(\p{L})/gu, (_m, sep: string, c: string) => sep + c.toUpperCase());
      }
      return word;
    })
    .join(' ');
}

const folded = new Map<string, string>();

/** Spelling drift seen in Indonesian transliteration: Chr/Kr, Dj/J, Tj/C, Oe/U, Sy/Sh, doubled letters. */
function foldSpelling(word: string): string {
  let result = folded.get(word);
  if (result === undefined) {
    // Names recur within and across articles: remember the folds, within a bound.
    if (folded.size > 50_000) folded.clear();
    result = fold(word);
    folded.set(word, result);
  }
  return result;
}

function fold(word: string): string {
  return word
    .replace(/ch/g, 'k')
    .replace(/kh/g, 'k')
    .replace(/dj/g, 'j')
    .replace(/tj/g, 'c')
    .replace(/oe/g, 'u')
    .replace(/sh/g, 'sy')
    .replace(/ph/g, 'f')
    .replace(/th/g, 't')
    .replace(/dh/g, 'd')
    .replace(/q/g, 'k')
    .replace(/y/g, 'i')
    .replace(/(.)\1+/g, '$1');
}

/** Words of a name for comparison: lower case, no accents, no punctuation, particles dropped. */
export function nameWords(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .split(/[^a-z0-9.]+/)
    .map((w) => w.replace(/\./g, ''))
    .filter((w) => w.length > 0 && !PARTICLES.has(w));
}

/**
 * A key equal for spelling variants of one name: "Andhika Krisnayudhanto" and "Andhika Chrisnayudhanto" give the
 * same key. Use it to index names; use {@link isSameName} to compare them.
 */
export function nameKey(name: string): string {
  return nameWords(name).map(foldSpelling).join(' ');
}

/** Levenshtein distance, for short strings. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      cur.push(Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost));
    }
    prev = cur;
  }
  return prev[b.length] ?? 0;
}

function wordMatches(a: string, b: string): boolean {
  if (a.length === 1 || b.length === 1) return a[0] === b[0];
  return foldSpelling(a) === foldSpelling(b);
}

/** Options of {@link isSameName}. */
export interface SameNameOptions {
  /**
   * Accept a one-word name as the same as a longer name holding that word ("Boy" ~ "Boy Rafli Amar"). Only safe
   * within one article, once the candidates are known to be few. Default false.
   */
  readonly allowSingleWord?: boolean;
}

/**
 * Whether two surface names denote the same person, judged on the names alone (titles are never compared, so two
 * holders of one post are not confused):
 * - same {@link nameKey} (spelling drift: Krisnayudhanto / Chrisnayudhanto);
 * - same last name and given names within edit distance 2 (Oliver / Olivier Chambard, Sung Yom / Sung Yong Kim);
 * - one name is the start of the other, two words at least (Boy Rafli / Boy Rafli Amar, Kris Erlangga / Kris
 *   Erlangga Adi Wijaya; initials match their word: Kris Erlangga A.W.).
 */
export function isSameName(a: string, b: string, options: SameNameOptions = {}): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length === 0 || wb.length === 0) return false;
  if (nameKey(a) === nameKey(b)) return true;
  const [short, long] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  if (short.length === 1) {
    if (!options.allowSingleWord) return false;
    const word = short[0] ?? '';
    if (word.length < 3) return false;
    return long.some(
      (w) =>
        w.length > 1 &&
        (wordMatches(word, w) || (word.length >= 5 && editDistance(foldSpelling(word), foldSpelling(w)) <= 1)),
    );
  }
  if (short.length === long.length) {
    const lastA = wa[wa.length - 1] ?? '';
    const lastB = wb[wb.length - 1] ?? '';
    if (lastA.length > 1 && lastB.length > 1 && wordMatches(lastA, lastB)) {
      const givenA = foldSpelling(wa.slice(0, -1).join(' '));
      const givenB = foldSpelling(wb.slice(0, -1).join(' '));
      const limit = Math.min(2, Math.floor(Math.min(givenA.length, givenB.length) / 3));
      if (editDistance(givenA, givenB) <= limit) return true;
    }
  }
  // Prefix: every word of the shorter name matches the longer name's word at the same place.
  if (short.every((w, i) => wordMatches(w, long[i] ?? '')))
    return short.some((w) => w.length > 1) && short.filter((w) => w.length > 1).length >= 2;
  return false;
}
