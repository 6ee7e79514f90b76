/**
 * The shareable view: what is focused, expanded, selected and filtered, kept in the URL's query string so that a
 * copied address opens the same view.
 */
import type { FactType } from '../generated/graphql.js';
import { FACT_TYPES } from '../graph/model.js';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string };
export type SideTab = 'card' | 'timeline';
export type RightTab = 'evidence' | 'path';

export interface ViewState {
  focus: string | null;
  /** Nodes expanded, in the order they were expanded. */
  expanded: string[];
  selected: Selection | null;
  /** Relationship types hidden by the filter. */
  hidden: FactType[];
  from: string | null;
  to: string | null;
  pathFrom: string | null;
  pathTo: string | null;
  side: SideTab;
  right: RightTab;
}

export const EMPTY_STATE: ViewState = {
  focus: null,
  expanded: [],
  selected: null,
  hidden: [],
  from: null,
  to: null,
  pathFrom: null,
  pathTo: null,
  side: 'card',
  right: 'evidence',
};

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function list(value: string | null): string[] {
  return value ? value.split(',').filter((item) => item !== '') : [];
}

function date(value: string | null): string | null {
  return value !== null && ISO_DATE.test(value) ? value : null;
}

/** Reads a view from a query string; unknown or malformed parameters fall back to the defaults. */
export function parseViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const sel = params.get('sel');
  let selected: Selection | null = null;
  if (sel?.startsWith('node:')) selected = { kind: 'node', id: sel.slice(5) };
  else if (sel?.startsWith('edge:')) selected = { kind: 'edge', id: sel.slice(5) };
  return {
    focus: params.get('focus') || null,
    expanded: list(params.get('expanded')),
    selected,
    hidden: list(params.get('hide')).filter((type): type is FactType =>
      (FACT_TYPES as readonly string[]).includes(type),
    ),
    from: date(params.get('from')),
    to: date(params.get('to')),
    pathFrom: params.get('pathFrom') || null,
    pathTo: params.get('pathTo') || null,
    side: params.get('tab') === 'timeline' ? 'timeline' : 'card',
    right: params.get('panel') === 'path' ? 'path' : 'evidence',
  };
}

/** Writes a view as a query string, leaving out what is at its default so addresses stay short. */
export function formatViewState(state: ViewState): string {
  const params = new URLSearchParams();
  if (state.focus) params.set('focus', state.focus);
  if (state.expanded.length > 0) params.set('expanded', state.expanded.join(','));
  if (state.selected) params.set('sel', `${state.selected.kind}:${state.selected.id}`);
  if (state.hidden.length > 0) params.set('hide', state.hidden.join(','));
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  if (state.pathFrom) params.set('pathFrom', state.pathFrom);
  if (state.pathTo) params.set('pathTo', state.pathTo);
  if (state.side !== 'card') params.set('tab', state.side);
  if (state.right !== 'evidence') params.set('panel', state.right);
  const query = params.toString();
  return query === '' ? '' : `?${query}`;
}
