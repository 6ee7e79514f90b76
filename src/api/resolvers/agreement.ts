/** Agreement: parties, status, period, topics, and the events and agreements around it. */
import { toConnection } from '../connection.js';
import type { AgreementKind, AgreementResolvers, AgreementStatus } from '../generated/graphql.js';
import { follows, followUps } from './event.js';
import { type RelationTable, relationResolvers } from './related.js';
import { historyOf, neighbourEdge, OTHER_AT_EDGE_NODE } from './shared.js';

/** The fields of an agreement made from one of its relations. */
export const agreementRelations = {
  parties: {
    relation: 'parties',
    next: OTHER_AT_EDGE_NODE,
    answer: (rows, { args }) => toConnection(rows, args, neighbourEdge),
  },
  followUps,
  follows,
} satisfies RelationTable<AgreementResolvers>;

export const Agreement: AgreementResolvers = {
  ...relationResolvers<AgreementResolvers>(agreementRelations),
  kind: (row) => (row.kind as AgreementKind | null | undefined) ?? 'OTHER',
  status: (row) => (row.status as AgreementStatus | null | undefined) ?? 'PLANNED',
  periodStart: (row) => row.periodStart ?? null,
  periodEnd: (row) => row.periodEnd ?? null,
  topics: (row) => row.topics ?? [],
  history: historyOf,
};
