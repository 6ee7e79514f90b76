/** Agreement: parties, status, period, topics, and the events and agreements around it. */
import { toConnection } from '../connection.js';
import type { AgreementKind, AgreementResolvers, AgreementStatus } from '../generated/graphql.js';
import { followUpEdge } from './event.js';
import { related } from './related.js';
import { historyOf, neighbourEdge } from './shared.js';

export const Agreement: AgreementResolvers = {
  kind: (row) => (row.kind as AgreementKind | null | undefined) ?? 'OTHER',
  status: (row) => (row.status as AgreementStatus | null | undefined) ?? 'PLANNED',
  periodStart: (row) => row.periodStart ?? null,
  periodEnd: (row) => row.periodEnd ?? null,
  topics: (row) => row.topics ?? [],
  parties: async (row, args, ctx, info) =>
    toConnection(await related(ctx, info, 'parties').load(row.id), args, neighbourEdge),
  followUps: async (row, args, ctx, info) =>
    toConnection(await related(ctx, info, 'followUps').load(row.id), args, (r, cursor) =>
      followUpEdge({ cursor, node: r.other, from: r.other, to: row, depth: 1, fact: r }),
    ),
  follows: async (row, args, ctx, info) =>
    toConnection(await related(ctx, info, 'follows').load(row.id), args, (r, cursor) =>
      followUpEdge({ cursor, node: r.other, from: row, to: r.other, depth: 1, fact: r }),
    ),
  history: historyOf,
};
