/** Turns the bytes of an article file into a checked {@link Article}, or rejects them with a {@link ReadError}. */
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { type Lexicon, loadLexicon } from '../lexicon/index.js';
import { type ArticleHeader, splitHeader } from './header.js';
import { ReadError, ReadErrorCode } from './read-error.js';

/** An article ready for extraction. */
export interface Article {
  /** Where it was read from (as given). */
  readonly path: string;
  /** The body: the text after the header block and dateline, line ends normalised to `\n`. Evidence offsets index it. */
  readonly text: string;
  readonly header: ArticleHeader;
  /** sha-256 of the file's raw bytes, lower-case hex. */
  readonly contentHash: string;
}

/** Options of {@link readArticle} and {@link parseArticle}. */
export interface ReadOptions {
  /** Largest accepted file, in bytes. Default 1 MiB (1,048,576). */
  readonly maxBytes?: number;
  /** Lexicon used to read datelines (month and weekday names). Default: the bundled lexicon. */
  readonly lexicon?: Lexicon;
}

/** Default of {@link ReadOptions.maxBytes}. */
export const DEFAULT_MAX_BYTES = 1024 * 1024;

/** Reads and checks one article file. Rejects with a {@link ReadError}; never with a bare I/O error. */
export async function readArticle(path: string, options: ReadOptions = {}): Promise<Article> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    // Checking the size first keeps a huge file from being loaded only to be refused.
    const info = await stat(path);
    if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
    bytes = await readFile(path);
  } catch (error) {
    if (error instanceof ReadError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ReadError(ReadErrorCode.Unreadable, path, `Article file ${path} could not be read (${reason}).`);
  }
  return parseArticle(bytes, { ...options, path });
}

/** Checks and splits the bytes of an article; `path` only names it in errors and in the result. */
export function parseArticle(bytes: Uint8Array, options: ReadOptions & { readonly path: string }): Article {
  const { path } = options;
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  const name = basename(path);
  if (bytes.length === 0) throw new ReadError(ReadErrorCode.Empty, path, `Article file ${name} is empty.`);
  if (bytes.length > maxBytes) throw tooLarge(path, bytes.length, maxBytes);
  if (bytes.includes(0)) {
    throw new ReadError(
      ReadErrorCode.Binary,
      path,
      `Article file ${name} contains NUL bytes, so it is binary data, not text.`,
    );
  }
  let decoded: string;
  try {
    decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new ReadError(ReadErrorCode.InvalidUtf8, path, `Article file ${name} is not valid UTF-8 text.`);
  }
  const text = decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const calendar = (options.lexicon ?? loadLexicon()).calendar;
  const split = splitHeader(text, calendar);
  if (split.invalidDate !== undefined) {
    throw new ReadError(
      ReadErrorCode.InvalidHeader,
      path,
      `Article file ${name} has a date header "${split.invalidDate}", but expected a calendar date such as 2020-09-03.`,
    );
  }
  const body = text.slice(split.bodyStart).replace(/\s+$/, '');
  if (!hasProse(body)) {
    throw new ReadError(
      ReadErrorCode.NothingRecognisable,
      path,
      `Article file ${name} has no recognisable article text: expected at least one sentence of words after the header.`,
    );
  }
  const contentHash = createHash('sha256').update(bytes).digest('hex');
  return { path, text: body, header: split.header, contentHash };
}

/** A body is prose when some line holds at least four words of letters. */
function hasProse(body: string): boolean {
  return body.split('\n').some((line) => (line.match(/\p{L}{2,}/gu) ?? []).length >= 4);
}

function tooLarge(path: string, size: number, limit: number): ReadError {
  return new ReadError(
    ReadErrorCode.TooLarge,
    path,
    `Article file ${basename(path)} is ${size.toLocaleString('en')} bytes, but the limit is ${limit.toLocaleString('en')} bytes.`,
  );
}
