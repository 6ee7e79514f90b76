/** The line reader of the JSON Lines import and bulk load (a file in a temporary folder; no database). */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lineBatches, type NumberedLine } from '../../src/import/lines.js';

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'lines-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readAll(text: string): Promise<NumberedLine[]> {
  const file = path.join(dir, `${Math.random().toString(36).slice(2)}.jsonl`);
  await writeFile(file, text);
  const out: NumberedLine[] = [];
  for await (const batch of lineBatches(file)) out.push(...batch);
  return out;
}

describe('lineBatches', () => {
  it('skips blank lines but counts them, drops the \\r of CRLF and keeps a last line without a break', async () => {
    expect(await readAll('{"a":1}\r\n\n   \r\n{"b":2}\n{"c":3}')).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 4, text: '{"b":2}' },
      { line: 5, text: '{"c":3}' },
    ]);
  });

  it('joins a line that spans several chunks of the file and keeps multi-byte characters whole', async () => {
    const long = `{"name":"${'Ž'.repeat(1_500_000)}"}`;
    const lines = await readAll(`{"x":0}\n${long}\n{"y":1}\n`);
    expect(lines.map((entry) => entry.line)).toEqual([1, 2, 3]);
    expect(lines[1]?.text).toBe(long);
  });

  it('reads an empty file as no lines', async () => {
    expect(await readAll('')).toEqual([]);
  });
});
