/**
 * The entity card: what the graph knows of one entity, the buttons to expand it (page by page) and to use it in the
 * path finder, and the list of its facts in the view, each opening its evidence. The list makes the graph usable
 * from the keyboard and by screen readers, which the canvas is not.
 */
import type { EntityCardQuery } from '../generated/graphql.js';
import { factLabel, type GraphEdge, type GraphNode } from '../graph/model.js';
import { formatDate, h } from './dom.js';

export type CardEntity = Extract<NonNullable<EntityCardQuery['node']>, { name: string }>;

export interface CardActions {
  expand(id: string): void;
  more(id: string): void;
  selectNode(id: string): void;
  selectEdge(id: string): void;
  pathFrom(id: string): void;
  pathTo(id: string): void;
  timeline(id: string): void;
}

export interface CardModel {
  entity: CardEntity;
  /** Whether it was expanded, and how many facts are left to fetch. */
  expanded: boolean;
  remaining: number;
  busy: boolean;
  edges: readonly GraphEdge[];
  nodes: ReadonlyMap<string, GraphNode>;
}

function details(entity: CardEntity): (HTMLElement | null)[] {
  const row = (term: string, value: string | null | undefined) =>
    value ? h('div', { class: 'detail' }, h('dt', {}, term), h('dd', {}, value)) : null;
  switch (entity.__typename) {
    case 'Person':
      return [
        row('Honorifics', entity.honorifics.join(', ')),
        row(
          'Positions',
          entity.positions.edges
            .map(
              ({ node }) =>
                `${node.position.name}${node.former ? ' (former)' : ''}${node.start ? ` since ${formatDate(node.start)}` : ''}`,
            )
            .join('; '),
        ),
      ];
    case 'Organization':
      return [row('Acronym', entity.acronym), row('Kind', entity.orgKind.toLowerCase().replaceAll('_', ' '))];
    case 'Country':
      return [row('ISO 3166', entity.iso2)];
    case 'Position':
      return [row('Title', entity.title)];
    case 'Event':
      return [
        row('Kind', entity.kind.toLowerCase().replaceAll('_', ' ')),
        row('Date', entity.date ? `${formatDate(entity.date)}${entity.endDate ? ` to ${entity.endDate}` : ''}` : null),
        row('Place', entity.place),
      ];
    case 'Agreement':
      return [
        row('Kind', entity.agreementKind),
        row('Status', entity.status.toLowerCase().replaceAll('_', ' ')),
        row('Period', entity.periodStart ? `${entity.periodStart} to ${entity.periodEnd ?? '…'}` : null),
        row('Topics', entity.topics.join(', ')),
      ];
  }
}

function factRow(
  edge: GraphEdge,
  self: string,
  nodes: ReadonlyMap<string, GraphNode>,
  actions: CardActions,
): HTMLElement {
  const outgoing = edge.source === self;
  const otherId = outgoing ? edge.target : edge.source;
  const other = nodes.get(otherId);
  const label = factLabel(edge.type, edge.role);
  return h(
    'li',
    { class: 'fact-row', 'data-fact': edge.id },
    h('span', { class: 'fact-label' }, outgoing ? `${label} →` : `← ${label}`),
    ' ',
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        title: `Show ${other?.name ?? otherId}`,
        onclick: () => actions.selectNode(otherId),
      },
      other?.name ?? otherId,
    ),
    edge.event ? h('span', { class: 'fact-event' }, ` at ${edge.event.name}`) : null,
    edge.date ? h('span', { class: 'fact-date' }, ` · ${edge.date}`) : null,
    ' ',
    h(
      'button',
      {
        type: 'button',
        class: 'small',
        'aria-label': `Evidence: ${label} ${other?.name ?? otherId}${edge.date ? ` ${edge.date}` : ''}`,
        onclick: () => actions.selectEdge(edge.id),
      },
      'Evidence',
    ),
  );
}

export function renderCard(model: CardModel, actions: CardActions): HTMLElement {
  const { entity, edges, nodes } = model;
  const expandLabel = !model.expanded
    ? 'Expand neighbours'
    : model.remaining > 0
      ? `Load ${model.remaining} more`
      : 'All neighbours loaded';
  return h(
    'article',
    { class: 'card', 'aria-label': `${entity.__typename} ${entity.name}`, 'data-id': entity.id },
    h('p', { class: `type-badge type-${entity.__typename}` }, entity.__typename),
    h('h2', { class: 'card-title' }, entity.name),
    entity.aliases.length > 0 ? h('p', { class: 'aliases' }, `Also: ${entity.aliases.join(', ')}`) : null,
    h('dl', { class: 'details' }, details(entity)),
    h(
      'div',
      { class: 'card-actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          disabled: model.busy || (model.expanded && model.remaining === 0),
          'aria-busy': model.busy ? 'true' : null,
          onclick: () => (model.expanded ? actions.more(entity.id) : actions.expand(entity.id)),
        },
        model.busy ? 'Loading…' : expandLabel,
      ),
      entity.__typename === 'Person'
        ? h('button', { type: 'button', onclick: () => actions.timeline(entity.id) }, 'Timeline')
        : null,
      h('button', { type: 'button', onclick: () => actions.pathFrom(entity.id) }, 'Path from'),
      h('button', { type: 'button', onclick: () => actions.pathTo(entity.id) }, 'Path to'),
    ),
    h('h3', { class: 'facts-heading' }, `Facts in view (${edges.length})`),
    edges.length === 0
      ? h(
          'p',
          { class: 'status status-empty' },
          model.expanded ? 'No facts pass the current filters.' : 'Expand to load its facts.',
        )
      : h(
          'ul',
          { class: 'fact-list', 'aria-label': `Facts of ${entity.name}` },
          edges.map((edge) => factRow(edge, entity.id, nodes, actions)),
        ),
  );
}
