/** Event: participants, accompaniment, delegation leads, visits, and what it follows or leads to. */
import type { EntityRow, NeighbourRow } from '../../graph/repositories/rows.js';
import { toConnection } from '../connection.js';
import type { EventKind, EventResolvers } from '../generated/graphql.js';
import { related } from './related.js';
import { historyOf, neighbourEdge, partialDate, singleEdge } from './shared.js';

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

export const Event: EventResolvers = {
  kind: (row) => (row.kind as EventKind | null | undefined) ?? 'OTHER',
  date: (row) => partialDate(row.date, row.datePrecision),
  endDate: (row) => row.endDate ?? null,
  place: (row) => row.place ?? null,
  country: async (row, _args, ctx, info) => singleEdge(await related(ctx, info, 'locations').load(row.id)),
  participants: async (row, args, ctx, info) => {
    const rows = (await related(ctx, info, 'participants').load(row.id)).filter(
      (r) => !args.role || r.role === args.role,
    );
    return toConnection(rows, args, (r, cursor) => ({ ...neighbourEdge(r, cursor), role: r.role ?? 'PARTICIPANT' }));
  },
  accompaniments: async (row, args, ctx, info) =>
    toConnection(await related(ctx, info, 'eventAccompaniments').load(row.id), args, (r, cursor) => ({
      cursor,
      node: r.to,
      principal: r.from,
      companion: r.to,
      event: row,
      factId: r.factId,
      evidence: r.evidence,
    })),
  leaders: async (row, args, ctx, info) => {
    const rows = await related(ctx, info, 'leaders').load(row.id);
    const delegations = await Promise.all(
      rows.map((r) => (r.delegationOf ? ctx.loaders.entity.load(r.delegationOf) : Promise.resolve(null))),
    );
    return toConnection(
      rows.map((r, index) => ({ r, delegationOf: delegations[index] ?? null })),
      args,
      ({ r, delegationOf }, cursor) => ({ ...neighbourEdge(r, cursor), delegationOf }),
    );
  },
  visits: async (row, args, ctx, info) =>
    toConnection(await related(ctx, info, 'eventVisits').load(row.id), args, (r, cursor) => ({
      cursor,
      node: r.to,
      host: r.from,
      factId: r.factId,
      evidence: r.evidence,
    })),
  follows: async (row, args, ctx, info) =>
    toConnection(await related(ctx, info, 'follows').load(row.id), args, (r, cursor) =>
      followUpEdge({ cursor, node: r.other, from: row, to: r.other, depth: 1, fact: r }),
    ),
  followUpChain: async (row, args, ctx) =>
    toConnection(await ctx.loaders.followUpChain.load(row.id), args, (r, cursor) =>
      followUpEdge({ cursor, node: r.to, from: r.from, to: r.to, depth: r.depth, fact: r }),
    ),
  followUps: async (row, args, ctx, info) =>
    toConnection(await related(ctx, info, 'followUps').load(row.id), args, (r, cursor) =>
      followUpEdge({ cursor, node: r.other, from: r.other, to: row, depth: 1, fact: r }),
    ),
  history: historyOf,
};
