/** Position: its organisation, accreditations, holders at a date and the whole succession. */
import { toConnection } from '../connection.js';
import type { PositionResolvers } from '../generated/graphql.js';
import { holdersAsOf } from './organization.js';
import { type RelationTable, relationResolvers } from './related.js';
import { historyOf, neighbourEdge, OTHER_AT_EDGE_NODE, OTHER_AT_NODE, singleEdge, TENURE_ENDS } from './shared.js';

/** The fields of a post made from one of its relations. */
export const positionRelations = {
  organization: {
    relation: 'organizationOfPosition',
    next: OTHER_AT_NODE,
    answer: (rows) => {
      const edge = singleEdge(rows);
      return edge && { node: edge.node, factId: edge.factId, evidence: edge.evidence };
    },
  },
  accreditedTo: {
    relation: 'accreditations',
    next: OTHER_AT_EDGE_NODE,
    answer: (rows, { args }) => toConnection(rows, args, neighbourEdge),
  },
  holders: {
    relation: 'positionSuccession',
    next: TENURE_ENDS,
    answer: (tenures, { args }) =>
      toConnection(holdersAsOf(tenures, args.asOf), args, (node, cursor) => ({ cursor, node })),
  },
  succession: {
    relation: 'positionSuccession',
    next: TENURE_ENDS,
    answer: (tenures, { args }) => toConnection(tenures, args, (node, cursor) => ({ cursor, node })),
  },
} satisfies RelationTable<PositionResolvers>;

export const Position: PositionResolvers = {
  ...relationResolvers<PositionResolvers>(positionRelations),
  title: (row) => row.title ?? null,
  history: historyOf,
};
