/**
 * JSON Lines export, close to FollowTheMoney's entity files: one JSON object per line, entities first (`id`,
 * `schema`, `properties`), then articles, then statements (facts) with their evidence. docs/export.md is the schema.
 */
import type { Writable } from 'node:stream';
import type { GraphReader } from './reader.js';
import { writeChunk } from './sink.js';

/** Writes the selection of `reader` to `out` (left open); returns the number of lines. */
export async function writeJsonl(options: {
  reader: GraphReader;
  out: Writable;
  onRecords?: (count: number) => void;
}): Promise<number> {
  const { reader, out, onRecords } = options;
  let lines = 0;
  const sections = [reader.entities(), reader.articles(), reader.statements()];
  for (const section of sections) {
    for await (const page of section) {
      // One chunk per page: one write (and at most one wait for 'drain') per query.
      await writeChunk(out, page.map((record) => `${JSON.stringify(record)}\n`).join(''));
      lines += page.length;
      onRecords?.(page.length);
    }
  }
  return lines;
}
