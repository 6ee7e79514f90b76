/**
 * The lines of a JSON Lines file, read in large chunks and handed out a chunk's worth at a time, so that a reader
 * checks a line with plain calls instead of awaiting each one (node:readline costs a promise per line). A line ends
 * at `\n`, and a `\r` before it is dropped; blank lines are skipped, line numbers still count them.
 */
import { createReadStream } from 'node:fs';

export interface NumberedLine {
  /** 1-based, counting blank lines. */
  readonly line: number;
  readonly text: string;
}

/** The file's non-blank lines, in batches of those that one chunk of the file completed. */
export async function* lineBatches(file: string): AsyncGenerator<NumberedLine[]> {
  const input = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let line = 0;
  let partial = '';
  const batchOf = (texts: readonly string[]): NumberedLine[] => {
    const batch: NumberedLine[] = [];
    for (const raw of texts) {
      line += 1;
      const text = raw.endsWith('\r') ? raw.slice(0, -1) : raw;
      if (text.trim() !== '') batch.push({ line, text });
    }
    return batch;
  };
  try {
    for await (const chunk of input as AsyncIterable<string>) {
      const texts = (partial + chunk).split('\n');
      partial = texts.pop() ?? '';
      const batch = batchOf(texts);
      if (batch.length > 0) yield batch;
    }
    const last = batchOf(partial === '' ? [] : [partial]);
    if (last.length > 0) yield last;
  } finally {
    input.destroy();
  }
}
