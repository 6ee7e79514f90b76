/** Organization and Country: where they are, their posts and holders, events and agreements. */
import { isCurrent, type TenureRow, tenureContains } from '../../graph/repositories/tenure.js';
import { type PageArgs, toConnection, withinDates } from '../connection.js';
import type {
  CountryResolvers,
  OrganizationKind,
  OrganizationResolvers,
  ParticipantRole,
} from '../generated/graphql.js';
import { networkOf } from './network.js';
import { type FieldInput, type RelationField, type RelationTable, relationResolvers } from './related.js';
import { historyOf, neighbourEdge, OTHER_AT_EDGE_NODE, OTHER_AT_NODE, singleEdge, TENURE_ENDS } from './shared.js';

/** Tenures containing `asOf`, or the current ones without it. */
export function holdersAsOf(tenures: readonly TenureRow[], asOf: string | null | undefined): TenureRow[] {
  return tenures.filter((tenure) => (asOf ? tenureContains(tenure, asOf) : isCurrent(tenure)));
}

type ParticipationArgs = PageArgs & { role?: ParticipantRole | null; from?: string | null; to?: string | null };

/** The events a person, organisation or country took part in, with its role, by role and date. */
export const participations = {
  relation: 'participations',
  next: OTHER_AT_EDGE_NODE,
  filter: ['from', 'to', 'role'],
  answer: (rows, { args }: FieldInput<ParticipationArgs>) =>
    toConnection(
      withinDates(
        rows.filter((r) => !args.role || r.role === args.role),
        (r) => r.other.date,
        args,
      ),
      args,
      (r, cursor) => ({ ...neighbourEdge(r, cursor), role: r.role ?? 'PARTICIPANT' }),
    ),
} satisfies RelationField<'participations', ParticipationArgs, unknown>;

/** The agreements an organisation or country is party to. */
const agreementsOfParty = {
  relation: 'agreementsOfParty',
  next: OTHER_AT_EDGE_NODE,
  answer: (rows, { args }: FieldInput<PageArgs>) => toConnection(rows, args, neighbourEdge),
} satisfies RelationField<'agreementsOfParty', PageArgs, unknown>;

/** Where an organisation or country is. */
export const location = {
  relation: 'locations',
  next: OTHER_AT_NODE,
  answer: (rows) => singleEdge(rows),
} satisfies RelationField<'locations', unknown, unknown>;

/** The fields of an organisation made from one of its relations. */
export const organizationRelations = {
  country: location,
  positions: {
    relation: 'positionsOfOrganization',
    next: OTHER_AT_EDGE_NODE,
    answer: (rows, { args }) => toConnection(rows, args, neighbourEdge),
  },
  holders: {
    relation: 'organizationSuccession',
    next: TENURE_ENDS,
    answer: (tenures, { args }) =>
      toConnection(holdersAsOf(tenures, args.asOf), args, (node, cursor) => ({ cursor, node })),
  },
  succession: {
    relation: 'organizationSuccession',
    next: TENURE_ENDS,
    answer: (tenures, { args }) =>
      toConnection(
        [...tenures].sort(
          (a, b) =>
            a.position.name.localeCompare(b.position.name) || (a.start?.date ?? '').localeCompare(b.start?.date ?? ''),
        ),
        args,
        (node, cursor) => ({ cursor, node }),
      ),
  },
  events: participations,
  agreements: agreementsOfParty,
} satisfies RelationTable<OrganizationResolvers>;

/** The fields of a country made from one of its relations. */
export const countryRelations = {
  events: participations,
  agreements: agreementsOfParty,
} satisfies RelationTable<CountryResolvers>;

export const Organization: OrganizationResolvers = {
  ...relationResolvers<OrganizationResolvers>(organizationRelations),
  network: (row, args, ctx) => networkOf(row, args, ctx),
  kind: (row) => (row.kind as OrganizationKind | null | undefined) ?? 'OTHER',
  acronym: (row) => row.acronym ?? null,
  history: historyOf,
};

export const Country: CountryResolvers = {
  ...relationResolvers<CountryResolvers>(countryRelations),
  iso2: (row) => row.iso2 ?? row.id.slice(row.id.indexOf(':') + 1),
  history: historyOf,
};
