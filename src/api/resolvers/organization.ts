/** Organization and Country: where they are, their posts and holders, events and agreements. */
import type { GraphQLResolveInfo } from 'graphql';
import type { NeighbourRow } from '../../graph/repositories/rows.js';
import { isCurrent, type TenureRow, tenureContains } from '../../graph/repositories/tenure.js';
import { type PageArgs, toConnection, withinDates } from '../connection.js';
import type { ApiContext } from '../context.js';
import type {
  CountryResolvers,
  OrganizationKind,
  OrganizationResolvers,
  ParticipantRole,
} from '../generated/graphql.js';
import { networkOf } from './network.js';
import { related } from './related.js';
import { historyOf, neighbourEdge, singleEdge } from './shared.js';

/** Tenures containing `asOf`, or the current ones without it. */
export function holdersAsOf(tenures: readonly TenureRow[], asOf: string | null | undefined): TenureRow[] {
  return tenures.filter((tenure) => (asOf ? tenureContains(tenure, asOf) : isCurrent(tenure)));
}

/** The participation connection of a person, organisation or country. */
export async function participationConnection(
  id: string,
  args: PageArgs & { role?: ParticipantRole | null; from?: string | null; to?: string | null },
  ctx: ApiContext,
  info: GraphQLResolveInfo,
) {
  const rows = (await related(ctx, info, 'participations').load(id)).filter((r) => !args.role || r.role === args.role);
  return toConnection(
    withinDates(rows, (r) => r.other.date, args),
    args,
    (r, cursor) => ({
      ...neighbourEdge(r, cursor),
      role: r.role ?? 'PARTICIPANT',
    }),
  );
}

async function agreementConnection(id: string, args: PageArgs, ctx: ApiContext, info: GraphQLResolveInfo) {
  const rows: NeighbourRow[] = await related(ctx, info, 'agreementsOfParty').load(id);
  return toConnection(rows, args, neighbourEdge);
}

export const Organization: OrganizationResolvers = {
  network: (row, args, ctx) => networkOf(row, args, ctx),
  kind: (row) => (row.kind as OrganizationKind | null | undefined) ?? 'OTHER',
  acronym: (row) => row.acronym ?? null,
  country: async (row, _args, ctx, info) => singleEdge(await related(ctx, info, 'locations').load(row.id)),
  positions: async (row, args, ctx, info) =>
    toConnection(await related(ctx, info, 'positionsOfOrganization').load(row.id), args, neighbourEdge),
  holders: async (row, args, ctx, info) => {
    const tenures = holdersAsOf(await related(ctx, info, 'organizationSuccession').load(row.id), args.asOf);
    return toConnection(tenures, args, (node, cursor) => ({ cursor, node }));
  },
  succession: async (row, args, ctx, info) => {
    const tenures = [...(await related(ctx, info, 'organizationSuccession').load(row.id))].sort(
      (a, b) =>
        a.position.name.localeCompare(b.position.name) || (a.start?.date ?? '').localeCompare(b.start?.date ?? ''),
    );
    return toConnection(tenures, args, (node, cursor) => ({ cursor, node }));
  },
  events: (row, args, ctx, info) => participationConnection(row.id, args, ctx, info),
  agreements: (row, args, ctx, info) => agreementConnection(row.id, args, ctx, info),
  history: historyOf,
};

export const Country: CountryResolvers = {
  iso2: (row) => row.iso2 ?? row.id.slice(row.id.indexOf(':') + 1),
  events: (row, args, ctx, info) => participationConnection(row.id, args, ctx, info),
  agreements: (row, args, ctx, info) => agreementConnection(row.id, args, ctx, info),
  history: historyOf,
};
