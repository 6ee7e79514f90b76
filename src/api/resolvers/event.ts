/** Event: participants, accompaniment, delegation leads, visits, and what it follows or leads to. */
import type { EntityRow, NeighbourRow } from '../../graph/repositories/rows.js';
import { type PageArgs, toConnection } from '../connection.js';
import type { EventKind, EventResolvers } from '../generated/graphql.js';
import { location } from './organization.js';
import { type FieldInput, type RelationField, type RelationTable, relationResolvers } from './related.js';
import { EDGE_NODE, historyOf, neighbourEdge, OTHER_AT_EDGE_NODE, partialDate } from './shared.js';

/** A FOLLOW_UP_OF edge from `from` to `to`, whose node is the end that is not the parent. */
export function followUpEdge(options: {
  cursor: string;
  node: EntityRow;
  from: EntityRow;
  to: EntityRow;
  depth: number;
  fact: Pick<NeighbourRow, 'factId' | 'evidence'>;
}) {
  const { cursor, node, from, to, depth, fact } = options;
  return { cursor, node, from, to, depth, factId: fact.factId, evidence: fact.evidence };
}

/** What an event or agreement follows up (FOLLOW_UP_OF from it). */
export const follows = {
  relation: 'follows',
  next: OTHER_AT_EDGE_NODE,
  answer: (rows, { parent, args }: FieldInput<PageArgs>) =>
    toConnection(rows, args, (r, cursor) =>
      followUpEdge({ cursor, node: r.other, from: parent, to: r.other, depth: 1, fact: r }),
    ),
} satisfies RelationField<'follows', PageArgs, unknown>;

/** What follows an event or agreement up (FOLLOW_UP_OF to it). */
export const followUps = {
  relation: 'followUps',
  next: OTHER_AT_EDGE_NODE,
  answer: (rows, { parent, args }: FieldInput<PageArgs>) =>
    toConnection(rows, args, (r, cursor) =>
      followUpEdge({ cursor, node: r.other, from: r.other, to: parent, depth: 1, fact: r }),
    ),
} satisfies RelationField<'followUps', PageArgs, unknown>;

/** The fields of an event made from one of its relations. */
export const eventRelations = {
  country: location,
  participants: {
    relation: 'participants',
    next: OTHER_AT_EDGE_NODE,
    answer: (rows, { args }) =>
      toConnection(
        rows.filter((r) => !args.role || r.role === args.role),
        args,
        (r, cursor) => ({ ...neighbourEdge(r, cursor), role: r.role ?? 'PARTICIPANT' }),
      ),
  },
  accompaniments: {
    relation: 'eventAccompaniments',
    next: [
      { path: EDGE_NODE, end: 'to' },
      { path: ['edges', 'principal'], end: 'from' },
      { path: ['edges', 'companion'], end: 'to' },
    ],
    answer: (rows, { parent, args }) =>
      toConnection(rows, args, (r, cursor) => ({
        cursor,
        node: r.to,
        principal: r.from,
        companion: r.to,
        event: parent,
        factId: r.factId,
        evidence: r.evidence,
      })),
  },
  leaders: {
    relation: 'leaders',
    next: OTHER_AT_EDGE_NODE,
    answer: async (rows, { args, ctx }) => {
      const delegations = await Promise.all(
        rows.map((r) => (r.delegationOf ? ctx.loaders.entity.load(r.delegationOf) : Promise.resolve(null))),
      );
      return toConnection(
        rows.map((r, index) => ({ r, delegationOf: delegations[index] ?? null })),
        args,
        ({ r, delegationOf }, cursor) => ({ ...neighbourEdge(r, cursor), delegationOf }),
      );
    },
  },
  visits: {
    relation: 'eventVisits',
    next: [
      { path: EDGE_NODE, end: 'to' },
      { path: ['edges', 'host'], end: 'from' },
    ],
    answer: (rows, { args }) =>
      toConnection(rows, args, (r, cursor) => ({
        cursor,
        node: r.to,
        host: r.from,
        factId: r.factId,
        evidence: r.evidence,
      })),
  },
  follows,
  followUps,
} satisfies RelationTable<EventResolvers>;

export const Event: EventResolvers = {
  ...relationResolvers<EventResolvers>(eventRelations),
  kind: (row) => (row.kind as EventKind | null | undefined) ?? 'OTHER',
  date: (row) => partialDate(row.date, row.datePrecision),
  endDate: (row) => row.endDate ?? null,
  place: (row) => row.place ?? null,
  followUpChain: async (row, args, ctx) =>
    toConnection(await ctx.loaders.followUpChain.load(row.id), args, (r, cursor) =>
      followUpEdge({ cursor, node: r.to, from: r.from, to: r.to, depth: r.depth, fact: r }),
    ),
  history: historyOf,
};
