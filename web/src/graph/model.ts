/** The explorer's view of the graph: entities as nodes, facts as edges carrying their evidence. */
import type { EntityRefFragment, EvidenceFieldsFragment, FactType, ParticipantRole } from '../generated/graphql.js';

export type EntityTypeName = EntityRefFragment['__typename'];
export type Evidence = EvidenceFieldsFragment;

export interface GraphNode {
  id: string;
  type: EntityTypeName;
  name: string;
  /** Events only: the first day known. */
  date?: string;
}

export interface GraphEdge {
  /** The fact id; one edge per fact. */
  id: string;
  type: FactType;
  source: string;
  target: string;
  role?: ParticipantRole;
  /** ACCOMPANIED_BY and RECEIVED_VISIT_FROM: the event it happened at. */
  event?: GraphNode;
  /** The date the fact speaks of: the event's, or the start of a tenure. Used by the date filter and the lists. */
  date?: string;
  evidence: Evidence[];
}

export const FACT_TYPES: readonly FactType[] = [
  'HOLDS_POSITION',
  'POSITION_OF',
  'ACCREDITED_TO',
  'PARTICIPATED_IN',
  'ACCOMPANIED_BY',
  'LED_BY',
  'RECEIVED_VISIT_FROM',
  'FOLLOW_UP_OF',
  'PARTY_TO',
  'LOCATED_IN',
];

const FACT_LABELS: Record<FactType, string> = {
  HOLDS_POSITION: 'holds position',
  POSITION_OF: 'position of',
  ACCREDITED_TO: 'accredited to',
  PARTICIPATED_IN: 'participated in',
  ACCOMPANIED_BY: 'accompanied by',
  LED_BY: 'led by',
  RECEIVED_VISIT_FROM: 'received visit from',
  FOLLOW_UP_OF: 'follow-up of',
  PARTY_TO: 'party to',
  LOCATED_IN: 'located in',
};

/**
 * The types of entity each fact may go from and to, as the API checks them (addFact): the reader offers only these
 * ends. The server's table is the source; a test keeps this one equal to it.
 */
export const FACT_ENDS: Readonly<Record<FactType, { from: readonly EntityTypeName[]; to: readonly EntityTypeName[] }>> =
  {
    HOLDS_POSITION: { from: ['Person'], to: ['Position'] },
    POSITION_OF: { from: ['Position'], to: ['Organization'] },
    ACCREDITED_TO: { from: ['Position'], to: ['Country'] },
    PARTICIPATED_IN: { from: ['Person', 'Organization', 'Country'], to: ['Event'] },
    ACCOMPANIED_BY: { from: ['Person'], to: ['Person'] },
    LED_BY: { from: ['Event'], to: ['Person'] },
    RECEIVED_VISIT_FROM: { from: ['Person', 'Organization'], to: ['Person', 'Organization'] },
    FOLLOW_UP_OF: { from: ['Event', 'Agreement'], to: ['Agreement', 'Event'] },
    PARTY_TO: { from: ['Country', 'Organization'], to: ['Agreement'] },
    LOCATED_IN: { from: ['Organization', 'Event'], to: ['Country'] },
  };

/** The facts stated at an event, whose addFact names it (attributes.eventId). */
export const FACTS_AT_EVENTS: readonly FactType[] = ['ACCOMPANIED_BY', 'RECEIVED_VISIT_FROM'];

/** "holds position", "participated in (host)": the words drawn on an edge. */
export function factLabel(type: FactType, role?: ParticipantRole): string {
  const base = FACT_LABELS[type];
  return role ? `${base} (${role.toLowerCase().replaceAll('_', ' ')})` : base;
}

/** The type name of an entity id, read off its prefix (person:…, org:…), as docs/model.md defines it. */
export function typeOfId(id: string): EntityTypeName | null {
  const prefix = id.slice(0, id.indexOf(':'));
  switch (prefix) {
    case 'person':
      return 'Person';
    case 'org':
      return 'Organization';
    case 'country':
      return 'Country';
    case 'position':
      return 'Position';
    case 'event':
      return 'Event';
    case 'agreement':
      return 'Agreement';
    default:
      return null;
  }
}

/** A node from an entity reference of any operation. */
export function toNode(ref: EntityRefFragment): GraphNode {
  const node: GraphNode = { id: ref.id, type: ref.__typename, name: ref.name };
  if (ref.__typename === 'Event' && ref.date) node.date = ref.date.date;
  return node;
}

/** The subgraph the explorer shows, merged from every expansion and path. */
export class GraphView {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges = new Map<string, GraphEdge>();

  addNode(node: GraphNode): void {
    this.nodes.set(node.id, { ...this.nodes.get(node.id), ...node });
  }

  addEdge(edge: GraphEdge): void {
    this.edges.set(edge.id, edge);
  }

  /** The facts touching `id`, in date order then by type. */
  edgesOf(id: string): GraphEdge[] {
    return [...this.edges.values()]
      .filter((edge) => edge.source === id || edge.target === id)
      .sort((a, b) => (a.date ?? '9999').localeCompare(b.date ?? '9999') || a.type.localeCompare(b.type));
  }

  clear(): void {
    this.nodes.clear();
    this.edges.clear();
  }
}
