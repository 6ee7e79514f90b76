/**
 * Lays out an article's text for the reader: the mentions as a tree of nested spans (Kepala BNPT holding BNPT), and
 * the text between them cut at every boundary of the evidence spans, so each piece of text is either wholly inside a
 * span or wholly outside it and one class can mark it.
 */

/** A span of characters, `end` exclusive, as the API gives offsets. */
export interface Span {
  start: number;
  end: number;
}

export type LayoutNode<M extends Span> =
  | { kind: 'text'; start: number; end: number }
  | { kind: 'mention'; mention: M; start: number; end: number; children: LayoutNode<M>[] };

interface Open<M extends Span> {
  start: number;
  end: number;
  mention: M | null;
  children: Open<M>[];
}

/**
 * The tree of `mentions` over a text of `length` characters, with text leaves cut at each of `cuts`. A mention that
 * crosses the end of the one around it (neither nests in the other) is split there, its rest continuing outside.
 */
export function layoutText<M extends Span>(
  length: number,
  mentions: readonly M[],
  cuts: readonly number[],
): LayoutNode<M>[] {
  const pending = mentions
    .map((mention) => ({ mention, start: Math.max(0, mention.start), end: Math.min(length, mention.end) }))
    .filter((piece) => piece.end > piece.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const root: Open<M> = { start: 0, end: length, mention: null, children: [] };
  const stack: Open<M>[] = [root];
  while (pending.length > 0) {
    const piece = pending.shift() as (typeof pending)[number];
    while (stack.length > 1 && (stack.at(-1) as Open<M>).end <= piece.start) stack.pop();
    const parent = stack.at(-1) as Open<M>;
    let end = piece.end;
    if (end > parent.end) {
      const rest = { mention: piece.mention, start: parent.end, end };
      const at = pending.findIndex(
        (other) => other.start > rest.start || (other.start === rest.start && other.end < rest.end),
      );
      pending.splice(at < 0 ? pending.length : at, 0, rest);
      end = parent.end;
    }
    const open: Open<M> = { start: piece.start, end, mention: piece.mention, children: [] };
    parent.children.push(open);
    stack.push(open);
  }
  const sortedCuts = [...new Set(cuts)].sort((a, b) => a - b);
  return close(root, sortedCuts);
}

function close<M extends Span>(open: Open<M>, cuts: readonly number[]): LayoutNode<M>[] {
  const nodes: LayoutNode<M>[] = [];
  let at = open.start;
  for (const child of open.children) {
    nodes.push(...textPieces<M>(at, child.start, cuts));
    nodes.push({
      kind: 'mention',
      mention: child.mention as M,
      start: child.start,
      end: child.end,
      children: close(child, cuts),
    });
    at = child.end;
  }
  nodes.push(...textPieces<M>(at, open.end, cuts));
  return nodes;
}

function textPieces<M extends Span>(start: number, end: number, cuts: readonly number[]): LayoutNode<M>[] {
  const pieces: LayoutNode<M>[] = [];
  let at = start;
  for (const cut of cuts) {
    if (cut <= at) continue;
    if (cut >= end) break;
    pieces.push({ kind: 'text', start: at, end: cut });
    at = cut;
  }
  if (end > at) pieces.push({ kind: 'text', start: at, end });
  return pieces;
}

/**
 * Where `sentence` lies in `body` around the quote at `quote`: the occurrence that holds the quote, else the quote
 * itself (a sentence that is not in the text as written).
 */
export function sentenceSpan(body: string, sentence: string | null, quote: Span): Span {
  if (!sentence) return quote;
  // The last occurrence starting before the quote is the only one that can hold it: any earlier one ends earlier.
  const at = body.lastIndexOf(sentence, quote.start);
  return at >= 0 && at + sentence.length >= quote.end ? { start: at, end: at + sentence.length } : quote;
}

/** `span` without the white space at its ends, in `text`; null when nothing but white space is left. */
export function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  start = Math.max(0, Math.min(start, text.length));
  end = Math.max(start, Math.min(end, text.length));
  while (start < end && /\s/.test(text[start] as string)) start += 1;
  while (end > start && /\s/.test(text[end - 1] as string)) end -= 1;
  return end > start ? { start, end } : null;
}
