/**
 * What the reading desk shows, kept in the URL's query string beside the explorer's view (view-state.ts), so that a
 * copied address opens the same article at the same quote: `desk` (articles, queue or article), `article` (its id)
 * and `at` (the quote's offsets, "start-end"). Each side rewrites only its own parameters and keeps the other's.
 */
import type { Span } from '../ui/text-layout.js';

export type DeskView = 'articles' | 'queue' | 'article';

export type DeskState =
  | { view: 'articles' | 'queue' }
  | { view: 'article'; article: string; span: Span | null }
  /** The desk is closed: the graph is shown. */
  | null;

const DESK_KEYS = ['desk', 'article', 'at'] as const;
const SPAN = /^(\d+)-(\d+)$/;

/** Reads the desk's state from a query string; a malformed or incomplete one is a closed desk. */
export function parseDeskState(search: string): DeskState {
  const params = new URLSearchParams(search);
  const view = params.get('desk');
  if (view === 'articles' || view === 'queue') return { view };
  if (view !== 'article') return null;
  const article = params.get('article');
  if (!article) return null;
  const at = SPAN.exec(params.get('at') ?? '');
  const span = at ? { start: Number(at[1]), end: Number(at[2]) } : null;
  return { view, article, span: span && span.end > span.start ? span : null };
}

/** `search` with the desk's parameters replaced by those of `state` (none for a closed desk), the others kept. */
export function withDeskState(search: string, state: DeskState): string {
  const params = new URLSearchParams(search);
  for (const key of DESK_KEYS) params.delete(key);
  if (state) {
    params.set('desk', state.view);
    if (state.view === 'article') {
      params.set('article', state.article);
      if (state.span) params.set('at', `${state.span.start}-${state.span.end}`);
    }
  }
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}

/** The explorer's query string `viewSearch` with the desk's parameters of `current` kept. */
export function keepingDeskState(viewSearch: string, current: string): string {
  return withDeskState(viewSearch, parseDeskState(current));
}
