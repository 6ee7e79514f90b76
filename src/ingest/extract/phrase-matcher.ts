/** Longest-match lookup of multi-word lexicon phrases over tokens. */
import { type Token, tokenize } from './tokenize.js';

interface Node<T> {
  readonly children: Map<string, Node<T>>;
  value?: { readonly value: T; readonly form: string };
}

/** A phrase found in the tokens: tokens `[first, end)`. */
export interface PhraseMatch<T> {
  readonly first: number;
  readonly end: number;
  readonly value: T;
  readonly form: string;
}

export interface PhraseMatcherOptions {
  /** Only match where the first token starts with a capital letter or a digit (proper names). Default false. */
  readonly requireCapital?: boolean;
}

/**
 * Matches phrases token by token, so "M. H." finds "M.H.". A final full stop of a phrase is optional in the text
 * ("Komjen Pol" finds "Komjen Pol."). Case is ignored, except for short all-capital phrases (acronyms such as "AS",
 * "RI", "BIN"), which must match exactly so that ordinary words do not.
 */
export class PhraseMatcher<T> {
  private readonly root: Node<T> = { children: new Map() };
  private readonly exactRoot: Node<T> = { children: new Map() };

  constructor(private readonly options: PhraseMatcherOptions = {}) {}

  /** Adds a phrase; a later value for the same phrase replaces the earlier one. */
  add(form: string, value: T): this {
    const words = tokenize(form).map((t) => t.text);
    if (words.length === 0) return this;
    const exact = /^[\p{Lu}\d ]{1,5}$/u.test(form.trim()) && form.trim().length <= 5;
    this.insert(exact ? this.exactRoot : this.root, words, exact, value, form);
    if (words.length > 1 && words[words.length - 1] === '.') {
      this.insert(exact ? this.exactRoot : this.root, words.slice(0, -1), exact, value, form);
    }
    return this;
  }

  private insert(root: Node<T>, words: readonly string[], exact: boolean, value: T, form: string): void {
    let node = root;
    for (const w of words) {
      const key = exact ? w : w.toLowerCase();
      let child = node.children.get(key);
      if (!child) {
        child = { children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    }
    node.value = { value, form };
  }

  /** The longest phrase starting at token `i`, not running past token `limit` (exclusive). */
  matchAt(tokens: readonly Token[], i: number, limit = tokens.length): PhraseMatch<T> | undefined {
    const first = tokens[i];
    if (!first) return undefined;
    // Most tokens start no phrase: say so before walking either trie.
    if (!this.root.children.has(first.lower) && !this.exactRoot.children.has(first.text)) return undefined;
    if (this.options.requireCapital && !/^[\p{Lu}\p{N}(]/u.test(first.text)) return undefined;
    const a = this.walk(this.root, tokens, i, limit, false);
    const b = this.walk(this.exactRoot, tokens, i, limit, true);
    if (!a) return b;
    if (!b) return a;
    return b.end > a.end ? b : a;
  }

  private walk(
    root: Node<T>,
    tokens: readonly Token[],
    i: number,
    limit: number,
    exact: boolean,
  ): PhraseMatch<T> | undefined {
    let node: Node<T> | undefined = root;
    let best: PhraseMatch<T> | undefined;
    for (let j = i; j < limit && node; j++) {
      const t = tokens[j];
      if (!t) break;
      node = node.children.get(exact ? t.text : t.lower);
      if (node?.value) best = { first: i, end: j + 1, value: node.value.value, form: node.value.form };
    }
    return best;
  }

  /** All non-overlapping longest matches in tokens `[from, to)`, left to right. */
  findAll(tokens: readonly Token[], from = 0, to = tokens.length): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = from; i < to; i++) {
      const m = this.matchAt(tokens, i, to);
      if (m) {
        found.push(m);
        i = m.end - 1;
      }
    }
    return found;
  }
}
