/**
 * The reader's layout of an article's text: mentions nested as a tree, text cut at every evidence boundary, and the
 * sentence of a quote found in the text.
 */
import { describe, expect, it } from 'vitest';
import { type LayoutNode, layoutText, type Span, sentenceSpan, trimSpan } from '../../web/src/ui/text-layout.js';

interface Named extends Span {
  name: string;
}

/** The tree as text: [name: children] for a mention, the characters for text, "|" between text pieces. */
function show(text: string, nodes: readonly LayoutNode<Named>[]): string {
  return nodes
    .map((node) =>
      node.kind === 'text' ? text.slice(node.start, node.end) : `[${node.mention.name}: ${show(text, node.children)}]`,
    )
    .join('|');
}

const TEXT = 'Kepala BNPT Suhardi Alius hadir.';
const post = { start: 0, end: 11, name: 'post' };
const org = { start: 7, end: 11, name: 'org' };
const person = { start: 12, end: 25, name: 'person' };

describe('layoutText', () => {
  it('nests "BNPT" inside "Kepala BNPT" and keeps the mentions beside each other in text order', () => {
    expect(show(TEXT, layoutText(TEXT.length, [person, org, post], []))).toBe(
      '[post: Kepala |[org: BNPT]]| |[person: Suhardi Alius]| hadir.',
    );
  });

  it('cuts the text between mentions, and inside them, at every boundary given', () => {
    expect(show(TEXT, layoutText(TEXT.length, [post], [3, 20, 20, 31]))).toBe(
      '[post: Kep|ala BNPT]| Suhardi |Alius hadir|.',
    );
  });

  it('splits a mention that crosses the end of the one around it, its rest continuing after', () => {
    const crossing = { start: 7, end: 19, name: 'crossing' };
    expect(show(TEXT, layoutText(TEXT.length, [post, crossing], []))).toBe(
      '[post: Kepala |[crossing: BNPT]]|[crossing:  Suhardi]| Alius hadir.',
    );
  });

  it('clips a mention to the text and drops an empty one', () => {
    const nodes = layoutText(
      6,
      [
        { start: 4, end: 40, name: 'long' },
        { start: 2, end: 2, name: 'empty' },
      ],
      [],
    );
    expect(show('abcdef', nodes)).toBe('abcd|[long: ef]');
  });
});

describe('sentenceSpan', () => {
  const body = 'Satu. Kepala BNPT didampingi oleh Andhika. Dua.';
  const quote = { start: body.indexOf('didampingi'), end: body.indexOf('Andhika') + 'Andhika'.length };

  it('finds the sentence that holds the quote', () => {
    const span = sentenceSpan(body, 'Kepala BNPT didampingi oleh Andhika.', quote);
    expect(body.slice(span.start, span.end)).toBe('Kepala BNPT didampingi oleh Andhika.');
  });

  it('answers the quote itself for a sentence not in the text as written, or none', () => {
    expect(sentenceSpan(body, 'Kepala BNPT  didampingi oleh Andhika.', quote)).toEqual(quote);
    expect(sentenceSpan(body, null, quote)).toEqual(quote);
  });
});

describe('trimSpan', () => {
  const text = 'Kepala BNPT  menerima\nkunjungan.';
  it('drops the white space at both ends of a selection, keeping the words', () => {
    const span = trimSpan(text, { start: 11, end: 22 });
    expect(span).toEqual({ start: 13, end: 21 });
    expect(text.slice(span!.start, span!.end)).toBe('menerima');
  });
  it('answers null for a selection of white space only, and clamps offsets to the text', () => {
    expect(trimSpan(text, { start: 11, end: 13 })).toBeNull();
    expect(trimSpan(text, { start: -4, end: 6 })).toEqual({ start: 0, end: 6 });
    expect(trimSpan(text, { start: 22, end: 400 })).toEqual({ start: 22, end: text.length });
  });
});
