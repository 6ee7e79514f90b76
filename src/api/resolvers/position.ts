/** Position: its organisation, accreditations, holders at a date and the whole succession. */
import { toConnection } from '../connection.js';
import type { PositionResolvers } from '../generated/graphql.js';
import { holdersAsOf } from './organization.js';
import { related } from './related.js';
import { historyOf, neighbourEdge, singleEdge } from './shared.js';

export const Position: PositionResolvers = {
  title: (row) => row.title ?? null,
  organization: async (row, _args, ctx, info) => {
    const edge = singleEdge(await related(ctx, info, 'organizationOfPosition').load(row.id));
    return edge && { node: edge.node, factId: edge.factId, evidence: edge.evidence };
  },
  accreditedTo: async (row, args, ctx, info) =>
    toConnection(await related(ctx, info, 'accreditations').load(row.id), args, neighbourEdge),
  holders: async (row, args, ctx, info) => {
    const tenures = holdersAsOf(await related(ctx, info, 'positionSuccession').load(row.id), args.asOf);
    return toConnection(tenures, args, (node, cursor) => ({ cursor, node }));
  },
  succession: async (row, args, ctx, info) =>
    toConnection(await related(ctx, info, 'positionSuccession').load(row.id), args, (node, cursor) => ({
      cursor,
      node,
    })),
  history: historyOf,
};
