/** Splits a body into word/punctuation tokens and sentences, keeping character offsets for evidence. */

export interface Token {
  readonly text: string;
  /** `text` in lower case, computed once: the lexicon's matchers compare it. */
  readonly lower: string;
  readonly start: number;
  readonly end: number;
  /** Letters or digits (possibly with inner hyphens/apostrophes), as opposed to one punctuation character. */
  readonly word: boolean;
}

export interface Sentence {
  readonly start: number;
  readonly end: number;
  /** Index of the first token and one past the last. */
  readonly first: number;
  readonly last: number;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*(?:-[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu;

/** Tokens of `text` in order. "H.E." gives H . E . so that spacing variants ("M. H." / "M.H.") tokenise alike. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let start = m.index;
    const text = m[0];
    if (!text.includes('-')) {
      // A match without a hyphen is one token; TOKEN matches a punctuation character only ever alone.
      tokens.push({
        text,
        lower: text.toLowerCase(),
        start,
        end: start + text.length,
        word: text.length > 1 || WORD_CHAR.test(text),
      });
      continue;
    }
    // "ASEAN-Japan", "Indonesia-Australia": two names joined by a hyphen are two tokens, so each is found;
    // "Al-Thani" and lower-case compounds ("negara-negara", "ke-9") stay whole.
    const parts = text.split(/(?<=[\p{L}\d])-(?=\p{Lu})/u);
    const joinable =
      parts.length > 1 && parts.every((p) => /^[\p{Lu}\d]/u.test(p)) && !/^(Al|El|Bin)$/.test(parts[0] ?? '');
    if (!joinable) {
      tokens.push({
        text: m[0],
        lower: m[0].toLowerCase(),
        start,
        end: start + m[0].length,
        word: /[\p{L}\p{N}]/u.test(m[0]),
      });
      continue;
    }
    parts.forEach((part, k) => {
      if (k > 0) {
        tokens.push({ text: '-', lower: '-', start, end: start + 1, word: false });
        start += 1;
      }
      tokens.push({ text: part, lower: part.toLowerCase(), start, end: start + part.length, word: true });
      start += part.length;
    });
  }
  return tokens;
}

const CLOSERS = new Set(['”', '"', '’', "'", ')']);

/**
 * Sentences of a tokenised text. A full stop ends a sentence unless it closes an abbreviation (a single capital
 * letter or a word of `abbreviations`, e.g. "Pol", "Drs"); a line break always ends one.
 */
export function splitSentences(text: string, tokens: readonly Token[], abbreviations: ReadonlySet<string>): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number): void => {
    if (last <= first) return;
    const a = tokens[first];
    const b = tokens[last - 1];
    if (a && b) sentences.push({ start: a.start, end: b.end, first, last });
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (!t) break;
    if (!next) continue;
    if (text.slice(t.end, next.start).includes('\n')) {
      close(i + 1);
      continue;
    }
    if (t.text !== '.' && t.text !== '!' && t.text !== '?') continue;
    const prev = tokens[i - 1];
    if (t.text === '.' && prev && prev.end === t.start && isAbbreviation(prev.text, abbreviations)) continue;
    // "1. Brigjen Pol. …" opening a line: the number of a list item, not the end of a sentence.
    if (
      t.text === '.' &&
      prev &&
      /^\d{1,2}$/.test(prev.text) &&
      (i === 1 || text.slice(tokens[i - 2]?.end ?? 0, prev.start).includes('\n'))
    )
      continue;
    let end = i + 1;
    while (tokens[end] && CLOSERS.has(tokens[end]?.text ?? '') && tokens[end]?.start === tokens[end - 1]?.end) end++;
    const after = tokens[end];
    if (!after) continue;
    if (/^[\p{Lu}\p{N}“"‘(]/u.test(after.text)) {
      close(end);
      i = end - 1;
    }
  }
  close(tokens.length);
  return sentences;
}

function isAbbreviation(word: string, abbreviations: ReadonlySet<string>): boolean {
  return /^\p{Lu}$/u.test(word) || abbreviations.has(word);
}

/** The sentence holding character offset `offset` (the last one when past the end). */
export function sentenceAt(sentences: readonly Sentence[], offset: number): Sentence | undefined {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const s = sentences[mid];
    if (!s) break;
    if (offset < s.start) hi = mid - 1;
    else if (offset >= s.end) lo = mid + 1;
    else return s;
  }
  return sentences[Math.max(0, Math.min(lo, sentences.length - 1))];
}
