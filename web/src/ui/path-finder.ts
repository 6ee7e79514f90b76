/**
 * The path finder: two entities picked by typeahead, the shortest chain of facts between them (GraphQL `path`), listed
 * hop by hop with each hop's evidence a click away, and drawn on the canvas.
 */
import type { PathQuery } from '../generated/graphql.js';
import { factLabel, type GraphEdge, type GraphNode, toNode } from '../graph/model.js';
import { h, replaceChildren, status } from './dom.js';
import { createSearchBox } from './search-box.js';

export type PathResult = NonNullable<PathQuery['path']>;

export interface PathEnd {
  id: string;
  name: string;
}

export interface PathFinderActions {
  find(from: string, to: string, maxHops: number): void;
  changed(from: PathEnd | null, to: PathEnd | null): void;
  selectEdge(id: string): void;
  selectNode(id: string): void;
}

/** The nodes and edges of a path, for the view. */
export function pathElements(path: PathResult): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes = path.nodes.map(toNode);
  const edges = path.hops.map(({ fact }) => {
    const edge: GraphEdge = {
      id: fact.id,
      type: fact.type,
      source: fact.from.id,
      target: fact.to.id,
      evidence: [...fact.evidence],
    };
    if (fact.role) edge.role = fact.role;
    if (fact.event) edge.event = toNode(fact.event);
    const date =
      edge.event?.date ??
      (fact.from.__typename === 'Event'
        ? fact.from.date?.date
        : fact.to.__typename === 'Event'
          ? fact.to.date?.date
          : undefined);
    if (date) edge.date = date;
    return edge;
  });
  for (const hop of path.hops)
    for (const end of [hop.fact.from, hop.fact.to]) if (!nodes.some((n) => n.id === end.id)) nodes.push(toNode(end));
  return { nodes, edges };
}

export class PathFinder {
  readonly element: HTMLElement;
  private from: PathEnd | null = null;
  private to: PathEnd | null = null;
  private readonly fromBox;
  private readonly toBox;
  private readonly hops: HTMLSelectElement;
  private readonly results: HTMLElement;

  constructor(private readonly actions: PathFinderActions) {
    this.fromBox = createSearchBox({
      id: 'path-from',
      label: 'From',
      placeholder: 'e.g. Masafumi Ishii',
      visibleLabel: true,
      onPick: (hit) => this.setEnds({ id: hit.id, name: hit.name }, this.to, true),
    });
    this.toBox = createSearchBox({
      id: 'path-to',
      label: 'To',
      placeholder: 'e.g. Boy Rafli Amar',
      visibleLabel: true,
      onPick: (hit) => this.setEnds(this.from, { id: hit.id, name: hit.name }, true),
    });
    this.hops = h(
      'select',
      { id: 'path-hops' },
      [1, 2, 3, 4, 5, 6].map((n) => h('option', { value: n, selected: n === 4 }, String(n))),
    );
    this.results = h('div', { class: 'path-results', 'aria-live': 'polite' });
    const form = h(
      'form',
      {
        class: 'path-form',
        onsubmit: (event) => {
          event.preventDefault();
          if (!this.from || !this.to) {
            replaceChildren(this.results, status('error', 'Pick both ends of the path from the suggestions first.'));
            return;
          }
          actions.find(this.from.id, this.to.id, Number(this.hops.value));
        },
      },
      this.fromBox.element,
      this.toBox.element,
      h(
        'div',
        { class: 'path-submit' },
        h('label', { for: 'path-hops', class: 'field-label' }, 'At most hops'),
        this.hops,
        h('button', { type: 'submit', class: 'primary' }, 'Find path'),
      ),
    );
    this.element = h(
      'section',
      { class: 'path-finder', 'aria-label': 'Path finder' },
      h('h2', {}, 'Path finder'),
      form,
      this.results,
    );
  }

  /** Sets either end (a card's "Path from/to" button, or the URL). */
  setEnds(from: PathEnd | null, to: PathEnd | null, notify = false): void {
    this.from = from;
    this.to = to;
    this.fromBox.setValue(from?.name ?? '');
    this.toBox.setValue(to?.name ?? '');
    if (notify) this.actions.changed(from, to);
  }

  loading(): void {
    replaceChildren(this.results, status('loading', 'Looking for a path…'));
  }

  error(message: string): void {
    replaceChildren(this.results, status('error', message));
  }

  show(path: PathResult | null, maxHops: number): void {
    if (path === null) {
      replaceChildren(
        this.results,
        status(
          'empty',
          `No path of at most ${maxHops} hops joins ${this.from?.name ?? 'them'} and ${this.to?.name ?? ''}.`,
        ),
      );
      return;
    }
    replaceChildren(
      this.results,
      h('p', { class: 'path-summary' }, `Path of ${path.length} hop${path.length === 1 ? '' : 's'}:`),
      h(
        'ol',
        { class: 'path-hops' },
        path.hops.map((hop) => {
          const forward = hop.fact.from.id === hop.from.id;
          const label = factLabel(hop.fact.type, hop.fact.role ?? undefined);
          return h(
            'li',
            { class: 'path-hop', 'data-fact': hop.fact.id },
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => this.actions.selectNode(hop.from.id) },
              hop.from.name,
            ),
            h('span', { class: 'fact-label' }, forward ? ` — ${label} → ` : ` ← ${label} — `),
            h(
              'button',
              { type: 'button', class: 'link', onclick: () => this.actions.selectNode(hop.to.id) },
              hop.to.name,
            ),
            ' ',
            h(
              'button',
              {
                type: 'button',
                class: 'small',
                'aria-label': `Evidence of hop ${hop.from.name} to ${hop.to.name}`,
                onclick: () => this.actions.selectEdge(hop.fact.id),
              },
              'Evidence',
            ),
          );
        }),
      ),
    );
  }

  clearResults(): void {
    replaceChildren(this.results);
  }
}
