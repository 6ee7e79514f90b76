/**
 * Expanding a node: one page of each kind of fact the schema offers for its type, turned into nodes and edges.
 * Each connection pages on its own cursor; `PageState` remembers the ones with more to fetch.
 */
import { request } from '../api.js';
import {
  type AccompanimentFieldsFragment,
  AgreementNeighboursDocument,
  CountryNeighboursDocument,
  type EntityRefFragment,
  EventNeighboursDocument,
  type EvidenceFieldsFragment,
  type FactType,
  type FollowUpFieldsFragment,
  OrganizationNeighboursDocument,
  type ParticipantRole,
  PersonNeighboursDocument,
  PositionNeighboursDocument,
  type TenureFieldsFragment,
} from '../generated/graphql.js';
import { type EntityTypeName, type GraphEdge, type GraphNode, toNode } from './model.js';

/** The next cursor of every connection that has more; an empty object when the node is fully expanded. */
export type PageState = Record<string, string | null>;

export interface Expansion {
  nodes: GraphNode[];
  edges: GraphEdge[];
  /** Connections with more to fetch. */
  more: PageState;
  /** Facts not yet fetched, over all connections. */
  remaining: number;
}

/** Facts per connection per page. */
export const PAGE_SIZE = 12;

interface Connection<E> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: readonly E[];
}

class Collector {
  readonly nodes = new Map<string, GraphNode>();
  readonly edges: GraphEdge[] = [];
  readonly more: PageState = {};
  remaining = 0;
  private fetched = new Map<string, number>();

  constructor(private readonly self: GraphNode) {}

  node(ref: EntityRefFragment): GraphNode {
    // The expanded node is known in full; its references in the answer are placeholders.
    if (ref.id === this.self.id) return this.self;
    const node = toNode(ref);
    this.nodes.set(node.id, node);
    return node;
  }

  fact(options: {
    id: string;
    type: FactType;
    from: EntityRefFragment;
    to: EntityRefFragment;
    evidence: readonly EvidenceFieldsFragment[];
    role?: ParticipantRole;
    event?: EntityRefFragment | null;
    date?: string | null;
  }): void {
    const source = this.node(options.from);
    const target = this.node(options.to);
    const edge: GraphEdge = {
      id: options.id,
      type: options.type,
      source: source.id,
      target: target.id,
      evidence: [...options.evidence],
    };
    if (options.role) edge.role = options.role;
    if (options.event) edge.event = options.event.id === this.self.id ? this.self : toNode(options.event);
    const date =
      options.date ??
      edge.event?.date ??
      (source.type === 'Event' ? source.date : target.type === 'Event' ? target.date : undefined);
    if (date) edge.date = date;
    this.edges.push(edge);
  }

  /** Walks one page of a connection and notes its cursor when it has more. */
  page<E>(key: string, connection: Connection<E> | null | undefined, each: (edge: E) => void, previous: number): void {
    if (!connection) return;
    connection.edges.forEach(each);
    const fetched = previous + connection.edges.length;
    this.fetched.set(key, fetched);
    if (connection.pageInfo.hasNextPage) {
      this.more[key] = connection.pageInfo.endCursor;
      this.remaining += Math.max(0, connection.totalCount - fetched);
    }
  }

  result(): Expansion {
    return { nodes: [...this.nodes.values()], edges: this.edges, more: this.more, remaining: this.remaining };
  }

  fetchedCounts(): Map<string, number> {
    return this.fetched;
  }
}

/** Variables `a<Key>` (cursor) and `w<Key>` (include) for each connection, and `w<Key>` for to-one fields. */
function pageVariables(
  keys: readonly string[],
  singles: readonly string[],
  state: PageState | null,
): Record<string, string | boolean | null> {
  const variables: Record<string, string | boolean | null> = {};
  for (const key of keys) {
    const name = key[0]!.toUpperCase() + key.slice(1);
    variables[`a${name}`] = state?.[key] ?? null;
    variables[`w${name}`] = state === null || key in state;
  }
  for (const key of singles) variables[`w${key[0]!.toUpperCase()}${key.slice(1)}`] = state === null;
  return variables;
}

const tenure = (c: Collector) => (t: TenureFieldsFragment) =>
  c.fact({
    id: t.factId,
    type: 'HOLDS_POSITION',
    from: t.person,
    to: t.position,
    evidence: t.evidence,
    date: t.start?.date ?? null,
  });
const accompaniment = (c: Collector) => (a: AccompanimentFieldsFragment) =>
  c.fact({
    id: a.factId,
    type: 'ACCOMPANIED_BY',
    from: a.principal,
    to: a.companion,
    evidence: a.evidence,
    event: a.event,
  });
const followUp = (c: Collector) => (f: FollowUpFieldsFragment) =>
  c.fact({ id: f.factId, type: 'FOLLOW_UP_OF', from: f.from, to: f.to, evidence: f.evidence });

/** How many facts of each connection were fetched before, so "remaining" stays right across pages. */
export type FetchedCounts = Map<string, number>;

/**
 * Fetches the first page of every kind of fact of `node` (state null) or the next page of the connections in
 * `state`, and returns what it found.
 */
export async function expand(
  node: GraphNode,
  state: PageState | null,
  fetched: FetchedCounts = new Map(),
  signal?: AbortSignal,
): Promise<Expansion & { fetched: FetchedCounts }> {
  const c = new Collector(node);
  const was = (key: string) => (state === null ? 0 : (fetched.get(key) ?? 0));
  // Stands for the expanded node in facts seen from it; Collector.node maps it back to `node`.
  const self = { __typename: node.type, id: node.id, name: node.name } as EntityRefFragment;
  const first = PAGE_SIZE;
  const id = node.id;
  const type: EntityTypeName = node.type;
  switch (type) {
    case 'Person': {
      const keys = ['positions', 'events', 'accompanied', 'accompaniedBy'];
      const data = await request(PersonNeighboursDocument, { id, first, ...pageVariables(keys, [], state) }, signal);
      if (data.node?.__typename !== 'Person') break;
      const n = data.node;
      c.page('positions', n.positions, (e) => tenure(c)(e.node), was('positions'));
      c.page(
        'events',
        n.events,
        (e) =>
          c.fact({ id: e.factId, type: 'PARTICIPATED_IN', from: self, to: e.node, role: e.role, evidence: e.evidence }),
        was('events'),
      );
      c.page('accompanied', n.accompanied, accompaniment(c), was('accompanied'));
      c.page('accompaniedBy', n.accompaniedBy, accompaniment(c), was('accompaniedBy'));
      break;
    }
    case 'Organization': {
      const keys = ['positions', 'events', 'agreements'];
      const data = await request(
        OrganizationNeighboursDocument,
        { id, first, ...pageVariables(keys, ['country'], state) },
        signal,
      );
      if (data.node?.__typename !== 'Organization') break;
      const n = data.node;
      if (n.country)
        c.fact({
          id: n.country.factId,
          type: 'LOCATED_IN',
          from: self,
          to: n.country.node,
          evidence: n.country.evidence,
        });
      c.page(
        'positions',
        n.positions,
        (e) => c.fact({ id: e.factId, type: 'POSITION_OF', from: e.node, to: self, evidence: e.evidence }),
        was('positions'),
      );
      c.page(
        'events',
        n.events,
        (e) =>
          c.fact({ id: e.factId, type: 'PARTICIPATED_IN', from: self, to: e.node, role: e.role, evidence: e.evidence }),
        was('events'),
      );
      c.page(
        'agreements',
        n.agreements,
        (e) => c.fact({ id: e.factId, type: 'PARTY_TO', from: self, to: e.node, evidence: e.evidence }),
        was('agreements'),
      );
      break;
    }
    case 'Country': {
      const keys = ['events', 'agreements'];
      const data = await request(CountryNeighboursDocument, { id, first, ...pageVariables(keys, [], state) }, signal);
      if (data.node?.__typename !== 'Country') break;
      const n = data.node;
      c.page(
        'events',
        n.events,
        (e) =>
          c.fact({ id: e.factId, type: 'PARTICIPATED_IN', from: self, to: e.node, role: e.role, evidence: e.evidence }),
        was('events'),
      );
      c.page(
        'agreements',
        n.agreements,
        (e) => c.fact({ id: e.factId, type: 'PARTY_TO', from: self, to: e.node, evidence: e.evidence }),
        was('agreements'),
      );
      break;
    }
    case 'Position': {
      const keys = ['succession', 'accreditedTo'];
      const data = await request(
        PositionNeighboursDocument,
        { id, first, ...pageVariables(keys, ['organization'], state) },
        signal,
      );
      if (data.node?.__typename !== 'Position') break;
      const n = data.node;
      if (n.organization)
        c.fact({
          id: n.organization.factId,
          type: 'POSITION_OF',
          from: self,
          to: n.organization.node,
          evidence: n.organization.evidence,
        });
      c.page(
        'accreditedTo',
        n.accreditedTo,
        (e) => c.fact({ id: e.factId, type: 'ACCREDITED_TO', from: self, to: e.node, evidence: e.evidence }),
        was('accreditedTo'),
      );
      c.page('succession', n.succession, (e) => tenure(c)(e.node), was('succession'));
      break;
    }
    case 'Event': {
      const keys = ['participants', 'accompaniments', 'leaders', 'visits', 'follows', 'followUps'];
      const data = await request(
        EventNeighboursDocument,
        { id, first, ...pageVariables(keys, ['country'], state) },
        signal,
      );
      if (data.node?.__typename !== 'Event') break;
      const n = data.node;
      if (n.country)
        c.fact({
          id: n.country.factId,
          type: 'LOCATED_IN',
          from: self,
          to: n.country.node,
          evidence: n.country.evidence,
        });
      c.page(
        'participants',
        n.participants,
        (e) =>
          c.fact({ id: e.factId, type: 'PARTICIPATED_IN', from: e.node, to: self, role: e.role, evidence: e.evidence }),
        was('participants'),
      );
      c.page('accompaniments', n.accompaniments, accompaniment(c), was('accompaniments'));
      c.page(
        'leaders',
        n.leaders,
        (e) => c.fact({ id: e.factId, type: 'LED_BY', from: self, to: e.node, evidence: e.evidence }),
        was('leaders'),
      );
      c.page(
        'visits',
        n.visits,
        (e) =>
          c.fact({
            id: e.factId,
            type: 'RECEIVED_VISIT_FROM',
            from: e.host,
            to: e.node,
            event: self,
            evidence: e.evidence,
          }),
        was('visits'),
      );
      c.page('follows', n.follows, followUp(c), was('follows'));
      c.page('followUps', n.followUps, followUp(c), was('followUps'));
      break;
    }
    case 'Agreement': {
      const keys = ['parties', 'follows', 'followUps'];
      const data = await request(AgreementNeighboursDocument, { id, first, ...pageVariables(keys, [], state) }, signal);
      if (data.node?.__typename !== 'Agreement') break;
      const n = data.node;
      c.page(
        'parties',
        n.parties,
        (e) => c.fact({ id: e.factId, type: 'PARTY_TO', from: e.node, to: self, evidence: e.evidence }),
        was('parties'),
      );
      c.page('follows', n.follows, followUp(c), was('follows'));
      c.page('followUps', n.followUps, followUp(c), was('followUps'));
      break;
    }
  }
  const merged = new Map(fetched);
  for (const [key, count] of c.fetchedCounts()) merged.set(key, count);
  return { ...c.result(), fetched: merged };
}
