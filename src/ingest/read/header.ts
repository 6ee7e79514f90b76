/** Splits the optional metadata (a `key: value` header block or a dateline) off the top of an article. */
import type { Lexicon } from '../lexicon/index.js';

/** Metadata found at the top of an article file. Every field is optional: most files have none of them. */
export interface ArticleHeader {
  readonly url?: string;
  /** The `date:` header line as written. */
  readonly date?: string;
  readonly title?: string;
  readonly source?: string;
  /** The dateline as written, e.g. "Thu, 2020 September 03 | by BNPT". */
  readonly dateline?: string;
  /** Publication date, ISO 8601 (YYYY-MM-DD), from `date:` or else from the dateline. */
  readonly publishedAt?: string;
}

const HEADER_KEYS = new Set(['url', 'date', 'title', 'source']);
const HEADER_LINE = /^([a-z]+):[ \t]*(.*)$/;

/** Result of {@link splitHeader}: the metadata and where the body starts in the text. */
export interface HeaderSplit {
  readonly header: ArticleHeader;
  readonly bodyStart: number;
  /** Set when a `date:` line is not a calendar date; the reader turns it into a {@link ReadError}. */
  readonly invalidDate?: string;
}

/**
 * Reads a header block (only known keys, ended by a blank line) and then a dateline on the first remaining line.
 * A block with any unknown key is not a header: it is left in the body.
 */
export function splitHeader(text: string, calendar: Lexicon['calendar']): HeaderSplit {
  const fields: Record<string, string> = {};
  let offset = 0;
  const blankAt = text.search(/\n[ \t]*\r?\n/);
  if (blankAt > 0) {
    const lines = text
      .slice(0, blankAt)
      .split('\n')
      .map((line) => line.replace(/\r$/, ''));
    const parsed = lines.map((line) => HEADER_LINE.exec(line));
    if (parsed.every((m) => m !== null && HEADER_KEYS.has(m[1] ?? ''))) {
      for (const m of parsed) if (m) fields[m[1] ?? ''] = (m[2] ?? '').trim();
      offset = text.indexOf('\n', blankAt + 1) + 1;
    }
  }
  let invalidDate: string | undefined;
  let publishedAt: string | undefined;
  if (fields.date !== undefined) {
    publishedAt = parseLooseDate(fields.date, calendar);
    if (!publishedAt) invalidDate = fields.date;
  }
  // The dateline, when present, is the first non-blank line after the header.
  while (text[offset] === '\n' || text[offset] === '\r') offset++;
  const lineEnd = text.indexOf('\n', offset);
  const firstLine = text.slice(offset, lineEnd < 0 ? text.length : lineEnd).trim();
  let dateline: string | undefined;
  const datelineDate = firstLine.length <= 80 ? parseDateline(firstLine, calendar) : undefined;
  if (datelineDate) {
    dateline = firstLine;
    publishedAt ??= datelineDate.date;
    if (datelineDate.by) fields.source ??= datelineDate.by;
    offset = lineEnd < 0 ? text.length : lineEnd + 1;
  }
  const header: ArticleHeader = {
    ...(fields.url ? { url: fields.url } : {}),
    ...(fields.date ? { date: fields.date } : {}),
    ...(fields.title ? { title: fields.title } : {}),
    ...(fields.source ? { source: fields.source } : {}),
    ...(dateline ? { dateline } : {}),
    ...(publishedAt ? { publishedAt } : {}),
  };
  return { header, bodyStart: offset, ...(invalidDate !== undefined ? { invalidDate } : {}) };
}

/** Recognises a line that is only a date, optionally with a weekday and a "| by X" byline. */
export function parseDateline(line: string, calendar: Lexicon['calendar']): { date: string; by?: string } | undefined {
  const [datePart = '', ...rest] = line.split('|');
  const by = /^\s*(?:by|oleh)\s+(.+?)\s*$/i.exec(rest.join('|'))?.[1];
  let candidate = datePart.trim();
  const weekday = /^([\p{L}’']+),?\s+/u.exec(candidate);
  if (weekday && indexOfName(calendar.weekdays, weekday[1] ?? '') >= 0) candidate = candidate.slice(weekday[0].length);
  const date = parseLooseDate(candidate, calendar);
  if (!date) return undefined;
  return by ? { date, by } : { date };
}

/** The shapes of a full date written alone, each with the order of its year, month and day groups. */
const LOOSE_DATES: readonly { pattern: RegExp; order: readonly ('y' | 'm' | 'd')[] }[] = [
  { pattern: /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ].*)?$/, order: ['y', 'm', 'd'] },
  { pattern: /^(\d{4}) ([\p{L}]+) (\d{1,2})$/u, order: ['y', 'm', 'd'] },
  { pattern: /^(\d{1,2}) ([\p{L}]+) (\d{4})$/u, order: ['d', 'm', 'y'] },
  { pattern: /^([\p{L}]+) (\d{1,2}) (\d{4})$/u, order: ['m', 'd', 'y'] },
];

/** Parses a full date written alone: 2020-09-03, 2020 September 03, 3 September 2020, September 3, 2020. */
export function parseLooseDate(value: string, calendar: Lexicon['calendar']): string | undefined {
  const s = value.trim().replace(/,/g, ' ').replace(/\s+/g, ' ');
  const parts = datePartsOf(s, calendar);
  if (!parts) return undefined;
  const [y, m, d] = parts;
  if (m < 1) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return undefined;
  return date.toISOString().slice(0, 10);
}

/** The year, month and day of the first shape that matches, the month looked up by name where it is written out. */
function datePartsOf(s: string, calendar: Lexicon['calendar']): [number, number, number] | undefined {
  for (const { pattern, order } of LOOSE_DATES) {
    const match = pattern.exec(s);
    if (!match) continue;
    const part = (key: 'y' | 'm' | 'd'): number => {
      const text = match[order.indexOf(key) + 1] ?? '';
      return /^\d+$/.test(text) ? Number(text) : monthNumber(text, calendar);
    };
    return [part('y'), part('m'), part('d')];
  }
  return undefined;
}

function monthNumber(name: string, calendar: Lexicon['calendar']): number {
  return indexOfName(calendar.months, name) + 1;
}

function indexOfName(table: readonly (readonly string[])[], name: string): number {
  const lower = name.toLowerCase();
  return table.findIndex((names) => names.some((n) => n.toLowerCase() === lower));
}
