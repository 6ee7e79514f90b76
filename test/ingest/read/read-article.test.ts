import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, ReadError, ReadErrorCode, readArticle } from '../../../src/ingest/read/index.js';

const bytes = (text: string): Uint8Array => new TextEncoder().encode(text);
const body = 'Jakarta – Kepala BNPT menerima kunjungan delegasi dari Jepang di Kantor BNPT.';

function rejection(input: Uint8Array, maxBytes?: number): ReadError {
  try {
    parseArticle(input, { path: 'a.txt', ...(maxBytes ? { maxBytes } : {}) });
  } catch (error) {
    if (error instanceof ReadError) return error;
    throw error;
  }
  throw new Error('expected a ReadError');
}

describe('parseArticle', () => {
  it('reads a header block of url, date, title and source, and the body after the blank line', () => {
    const a = parseArticle(
      bytes(`url: https://x.test/a\ndate: 2016-04-13\ntitle: Judul\nsource: x.test\n\n${body}\n`),
      { path: 'a.txt' },
    );
    expect(a.header).toMatchObject({
      url: 'https://x.test/a',
      date: '2016-04-13',
      title: 'Judul',
      source: 'x.test',
      publishedAt: '2016-04-13',
    });
    expect(a.text).toBe(body);
  });

  it('takes the publication date from a dateline "Thu, 2020 September 03 | by BNPT" and drops it from the body', () => {
    const a = parseArticle(bytes(`Thu, 2020 September 03 | by BNPT\n${body}`), { path: 'a.txt' });
    expect(a.header.publishedAt).toBe('2020-09-03');
    expect(a.header.source).toBe('BNPT');
    expect(a.text).toBe(body);
  });

  it('reads an article without header or dateline as all body, with no publication date', () => {
    const a = parseArticle(bytes(body), { path: 'a.txt' });
    expect(a.header).toEqual({});
    expect(a.text).toBe(body);
  });

  it('leaves a first paragraph with a colon in the body when it is not a header key', () => {
    const text = `Jakarta: ${body}\n\nParagraf kedua dengan beberapa kata di dalamnya.`;
    expect(parseArticle(bytes(text), { path: 'a.txt' }).text.startsWith('Jakarta:')).toBe(true);
  });

  it('hashes the raw bytes with sha-256', () => {
    const a = parseArticle(bytes(body), { path: 'a.txt' });
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(parseArticle(bytes(`${body} `), { path: 'a.txt' }).contentHash).not.toBe(a.contentHash);
  });

  it('rejects an empty file', () => {
    const e = rejection(new Uint8Array());
    expect(e.code).toBe(ReadErrorCode.Empty);
    expect(e.message).toBe('Article file a.txt is empty.');
  });

  it('rejects binary data (NUL bytes)', () => {
    expect(rejection(new Uint8Array([72, 0, 105])).code).toBe(ReadErrorCode.Binary);
  });

  it('rejects invalid UTF-8', () => {
    const e = rejection(new Uint8Array([0x4a, 0x61, 0xff, 0x6b]));
    expect(e.code).toBe(ReadErrorCode.InvalidUtf8);
    expect(e.message).toBe('Article file a.txt is not valid UTF-8 text.');
  });

  it('rejects a file over the size limit, naming size and limit', () => {
    const e = rejection(bytes(body), 10);
    expect(e.code).toBe(ReadErrorCode.TooLarge);
    expect(e.message).toMatch(/is \d+ bytes, but the limit is 10 bytes\.$/);
  });

  it('rejects a file with nothing recognisable as article text', () => {
    expect(rejection(bytes('url: https://x.test\n\n12 34 -- !!\n')).code).toBe(ReadErrorCode.NothingRecognisable);
  });

  it('rejects a date header that is not a calendar date', () => {
    expect(rejection(bytes(`date: 2020-02-31\n\n${body}`)).code).toBe(ReadErrorCode.InvalidHeader);
  });
});

describe('readArticle', () => {
  it('reads a file from disk', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-'));
    writeFileSync(join(dir, 'a.txt'), body);
    expect((await readArticle(join(dir, 'a.txt'))).text).toBe(body);
  });

  it('rejects a missing file with a ReadError, not an I/O error', async () => {
    await expect(readArticle('/nonexistent/a.txt')).rejects.toMatchObject({ code: ReadErrorCode.Unreadable });
  });

  it('refuses a file over the limit before reading it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'read-'));
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048));
    await expect(readArticle(join(dir, 'big.txt'), { maxBytes: 1024 })).rejects.toMatchObject({
      code: ReadErrorCode.TooLarge,
    });
  });
});
