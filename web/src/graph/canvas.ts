/**
 * The graph canvas (cytoscape.js): nodes styled by entity type, edges labelled by relationship. It draws a GraphView
 * and reports taps; filtering hides edges without removing them, so the view can be restored from the URL.
 */
import cytoscape, { type Core, type ElementDefinition, type StylesheetJson } from 'cytoscape';
import { type EntityTypeName, factLabel, type GraphEdge, type GraphView } from './model.js';

/** Colour and shape of each entity type; the legend in index.html uses the same colours. */
export const TYPE_STYLE: Record<EntityTypeName, { color: string; shape: cytoscape.Css.NodeShape }> = {
  Person: { color: '#2563eb', shape: 'ellipse' },
  Organization: { color: '#059669', shape: 'round-rectangle' },
  Country: { color: '#d97706', shape: 'hexagon' },
  Position: { color: '#7c3aed', shape: 'tag' },
  Event: { color: '#dc2626', shape: 'diamond' },
  Agreement: { color: '#92400e', shape: 'barrel' },
};

const style: StylesheetJson = [
  {
    selector: 'node',
    style: {
      label: 'data(label)',
      'font-size': 10,
      'text-wrap': 'wrap',
      'text-max-width': '120px',
      'text-valign': 'bottom',
      'text-margin-y': 4,
      color: '#1f2937',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.8,
      'text-background-padding': '1px',
      width: 26,
      height: 26,
      'border-width': 2,
      'border-color': '#ffffff',
    },
  },
  ...Object.entries(TYPE_STYLE).map(([type, { color, shape }]) => ({
    selector: `node[type = "${type}"]`,
    style: { 'background-color': color, shape },
  })),
  {
    selector: 'node.focus',
    style: { width: 38, height: 38, 'border-color': '#111827', 'border-width': 3, 'font-weight': 'bold' },
  },
  { selector: 'node.expanded', style: { 'border-style': 'double', 'border-width': 4, 'border-color': '#111827' } },
  {
    selector: 'edge',
    style: {
      label: 'data(label)',
      'font-size': 8,
      color: '#374151',
      'text-rotation': 'autorotate',
      'text-background-color': '#f9fafb',
      'text-background-opacity': 0.9,
      'text-background-padding': '1px',
      width: 1.5,
      'line-color': '#9ca3af',
      'target-arrow-color': '#9ca3af',
      'target-arrow-shape': 'triangle',
      'curve-style': 'bezier',
      'arrow-scale': 0.8,
    },
  },
  { selector: 'edge.path', style: { width: 4, 'line-color': '#f59e0b', 'target-arrow-color': '#f59e0b' } },
  { selector: 'node.path', style: { 'border-color': '#f59e0b', 'border-width': 4 } },
  { selector: ':selected', style: { 'overlay-color': '#f59e0b', 'overlay-opacity': 0.25, 'overlay-padding': 6 } },
  { selector: '.filtered', style: { display: 'none' } },
];

export interface CanvasFilter {
  hidden: ReadonlySet<string>;
  from: string | null;
  to: string | null;
}

export interface CanvasEvents {
  onNode(id: string): void;
  onEdge(id: string): void;
  onNodeDoubleTap(id: string): void;
}

function edgeLabel(edge: GraphEdge): string {
  const label = factLabel(edge.type, edge.role);
  return edge.date ? `${label} · ${edge.date}` : label;
}

/** Whether the filter keeps an edge: its type is shown and its date, when known, is in range. */
export function edgePasses(edge: GraphEdge, filter: CanvasFilter): boolean {
  if (filter.hidden.has(edge.type)) return false;
  if (edge.date && filter.from && edge.date < filter.from) return false;
  if (edge.date && filter.to && edge.date > filter.to) return false;
  return true;
}

export class GraphCanvas {
  private readonly cy: Core;

  constructor(container: HTMLElement, events: CanvasEvents) {
    this.cy = cytoscape({ container, style, minZoom: 0.2, maxZoom: 3, boxSelectionEnabled: false });
    this.cy.on('tap', 'node', (event) => events.onNode(event.target.id() as string));
    this.cy.on('tap', 'edge', (event) => events.onEdge(event.target.id() as string));
    this.cy.on('dbltap', 'node', (event) => events.onNodeDoubleTap(event.target.id() as string));
  }

  /** Adds what is new in `view`, updates labels and classes, and lays the graph out when it changed. */
  render(options: {
    view: GraphView;
    focus: string | null;
    expanded: ReadonlySet<string>;
    path: ReadonlySet<string>;
    filter: CanvasFilter;
  }): void {
    const { view, focus, expanded, path, filter } = options;
    const added: ElementDefinition[] = [];
    for (const node of view.nodes.values()) {
      const label = node.date ? `${node.name}\n${node.date}` : node.name;
      const existing = this.cy.getElementById(node.id);
      if (existing.nonempty()) existing.data('label', label);
      else added.push({ group: 'nodes', data: { id: node.id, label, type: node.type } });
    }
    for (const edge of view.edges.values()) {
      if (this.cy.getElementById(edge.id).nonempty()) continue;
      if (!view.nodes.has(edge.source) || !view.nodes.has(edge.target)) continue;
      added.push({
        group: 'edges',
        data: { id: edge.id, source: edge.source, target: edge.target, label: edgeLabel(edge), type: edge.type },
      });
    }
    // Elements no longer in the view (a new search replaced it) go.
    this.cy.elements().forEach((element) => {
      const id = element.id();
      if (!(element.isNode() ? view.nodes.has(id) : view.edges.has(id))) element.remove();
    });
    if (added.length > 0) this.cy.add(added);

    this.cy.batch(() => {
      this.cy.elements().removeClass('focus expanded path filtered');
      for (const edge of view.edges.values()) {
        const element = this.cy.getElementById(edge.id);
        if (!edgePasses(edge, filter)) element.addClass('filtered');
        if (path.has(edge.id)) element.addClass('path');
      }
      // A node with no visible fact left is hidden too, unless it is the focus or on the path.
      this.cy.nodes().forEach((node) => {
        const id = node.id();
        if (id === focus) node.addClass('focus');
        if (expanded.has(id)) node.addClass('expanded');
        if (path.has(id)) node.addClass('path');
        const visible = node.connectedEdges().filter((edge) => !edge.hasClass('filtered'));
        if (visible.empty() && id !== focus && !path.has(id) && node.connectedEdges().nonempty())
          node.addClass('filtered');
      });
    });
    if (added.length > 0) this.layout();
  }

  layout(): void {
    const visible = this.cy.elements().not('.filtered');
    visible
      .layout({
        name: 'cose',
        animate: false,
        nodeDimensionsIncludeLabels: true,
        padding: 30,
        randomize: false,
        idealEdgeLength: () => 110,
        nodeRepulsion: () => 9000,
      })
      .run();
    this.cy.fit(visible, 40);
  }

  select(id: string | null): void {
    this.cy.elements().unselect();
    if (id) this.cy.getElementById(id).select();
  }

  fit(): void {
    this.cy.fit(this.cy.elements().not('.filtered'), 40);
  }

  zoom(factor: number): void {
    const extent = this.cy.extent();
    this.cy.zoom({
      level: this.cy.zoom() * factor,
      position: { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 },
    });
  }

  resize(): void {
    this.cy.resize();
  }
}
