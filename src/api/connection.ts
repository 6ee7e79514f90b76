/**
 * Relay cursor connections (https://relay.dev/graphql/connections.htm) over lists already in memory: the batch
 * queries load every edge of a parent in one round trip, and pages are cut here.
 */
import { BadInputError } from '../errors.js';

/** Largest page a client may ask for. */
export const MAX_PAGE_SIZE = 100;
/** Page size when the client gives none. */
export const DEFAULT_PAGE_SIZE = 20;

export interface PageArgs {
  first?: number | null;
  after?: string | null;
}

export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Connection<Edge> {
  edges: Edge[];
  totalCount: number;
  pageInfo: PageInfo;
}

const CURSOR_PREFIX = 'offset:';

/** The opaque cursor of the item at `offset` in its list. */
export function encodeCursor(offset: number): string {
  return Buffer.from(`${CURSOR_PREFIX}${offset}`, 'utf8').toString('base64url');
}

/** The offset a cursor stands for; BAD_USER_INPUT when it is not one of ours. */
export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const offset = text.startsWith(CURSOR_PREFIX) ? Number(text.slice(CURSOR_PREFIX.length)) : Number.NaN;
  if (!Number.isSafeInteger(offset) || offset < 0) {
    throw new BadInputError(`expected "after" to be a cursor from a previous page, but got "${cursor}".`, {
      argument: 'after',
    });
  }
  return offset;
}

/** Checks `first` against 0 … MAX_PAGE_SIZE and answers the page size. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 0 || size > MAX_PAGE_SIZE) {
    throw new BadInputError(`expected "first" to be between 0 and ${MAX_PAGE_SIZE}, but got ${size}.`, {
      argument: 'first',
      max: MAX_PAGE_SIZE,
    });
  }
  return size;
}

/** Cuts the page `args` asks for out of `items` and wraps each item in an edge. */
export function toConnection<Item, Edge>(
  items: readonly Item[],
  args: PageArgs,
  toEdge: (item: Item, cursor: string) => Edge,
): Connection<Edge> {
  const size = pageSize(args.first);
  const start = args.after ? decodeCursor(args.after) + 1 : 0;
  const page = items.slice(start, start + size);
  const edges = page.map((item, index) => toEdge(item, encodeCursor(start + index)));
  return {
    edges,
    totalCount: items.length,
    pageInfo: {
      hasNextPage: start + page.length < items.length,
      hasPreviousPage: start > 0,
      startCursor: page.length > 0 ? encodeCursor(start) : null,
      endCursor: page.length > 0 ? encodeCursor(start + page.length - 1) : null,
    },
  };
}

/** Items whose ISO date lies within [from, to] (both optional and inclusive); undated items pass only without bounds. */
export function withinDates<Item>(
  items: readonly Item[],
  dateOf: (item: Item) => string | null | undefined,
  range: { from?: string | null; to?: string | null },
): Item[] {
  if (!range.from && !range.to) return [...items];
  return items.filter((item) => {
    const date = dateOf(item);
    if (!date) return false;
    return (!range.from || date >= range.from) && (!range.to || date <= range.to);
  });
}

/** The rows a page of a list counted and cut in the database asks for: skip this many, take this many. */
export interface PageWindow {
  skip: number;
  limit: number;
}

/** The window of `args` (`first`, `after`), checked as `toConnection` checks them. */
export function pageWindow(args: PageArgs): PageWindow {
  const limit = pageSize(args.first);
  return { skip: args.after ? decodeCursor(args.after) + 1 : 0, limit };
}

/** A connection over one page cut in the database, of a list of `totalCount` items, starting at `window.skip`. */
export function toWindowConnection<Item, Edge>(
  page: readonly Item[],
  totalCount: number,
  window: PageWindow,
  toEdge: (item: Item, cursor: string) => Edge,
): Connection<Edge> {
  const start = window.skip;
  return {
    edges: page.map((item, index) => toEdge(item, encodeCursor(start + index))),
    totalCount,
    pageInfo: {
      hasNextPage: start + page.length < totalCount,
      hasPreviousPage: start > 0,
      startCursor: page.length > 0 ? encodeCursor(start) : null,
      endCursor: page.length > 0 ? encodeCursor(start + page.length - 1) : null,
    },
  };
}
