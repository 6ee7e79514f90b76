/** The list roots: persons, organizations, countries, positions and agreements (events is in ./query.ts). */
import {
  type CountableListPage,
  countListBy,
  findAgreements,
  findCountries,
  findOrganizations,
  findPersons,
  findPositions,
  type ListQuery as ListStatement,
} from '../../graph/repositories/lists.js';
import type { EntityRow } from '../../graph/repositories/rows.js';
import { type Connection, type PageWindow, pageWindow, toWindowConnection } from '../connection.js';
import type {
  AgreementListConnectionResolvers,
  EventConnectionResolvers,
  QueryResolvers,
} from '../generated/graphql.js';
import {
  agreementFilterOf,
  countryFilterOf,
  organizationFilterOf,
  personFilterOf,
  positionFilterOf,
} from '../list-filters.js';
import { selectedCounts } from '../prefetch.js';

/**
 * A page of a list with the statement behind it, so that `counts` counts what the same filters select, and the
 * counts the page's statement made already.
 */
export interface CountableConnection extends Connection<{ cursor: string; node: EntityRow }> {
  statement: ListStatement;
  facets: CountableListPage['facets'];
}

/** The connection of one page a list query answered. */
export function listConnection(page: CountableListPage, window: PageWindow): CountableConnection {
  return {
    ...toWindowConnection(page.rows, page.total, window, (node: EntityRow, cursor) => ({ cursor, node })),
    statement: page.query,
    facets: page.facets,
  };
}

/**
 * `counts(by:)` of the events list: the same filters, counted by one dimension; counted with the page when the
 * look-ahead asked for it there.
 */
export const EventConnection: EventConnectionResolvers = {
  counts: (parent, { by }, ctx) => parent.facets[by] ?? countListBy(ctx.db, { query: parent.statement, by }),
};

/** `counts(by:)` of the agreements list. */
export const AgreementListConnection: AgreementListConnectionResolvers = {
  counts: (parent, { by }, ctx) => parent.facets[by] ?? countListBy(ctx.db, { query: parent.statement, by }),
};

export const ListQuery: Pick<QueryResolvers, 'persons' | 'organizations' | 'countries' | 'positions' | 'agreements'> = {
  persons: async (_root, args, ctx) => {
    const window = pageWindow(args);
    const filter = personFilterOf(args.where);
    return listConnection(await findPersons(ctx.db, { filter, order: args.sort ?? 'NAME_ASC', window }), window);
  },
  organizations: async (_root, args, ctx) => {
    const window = pageWindow(args);
    const filter = organizationFilterOf(args.where);
    return listConnection(await findOrganizations(ctx.db, { filter, order: args.sort ?? 'NAME_ASC', window }), window);
  },
  countries: async (_root, args, ctx) => {
    const window = pageWindow(args);
    const filter = countryFilterOf(args.where);
    return listConnection(await findCountries(ctx.db, { filter, order: args.sort ?? 'NAME_ASC', window }), window);
  },
  positions: async (_root, args, ctx) => {
    const window = pageWindow(args);
    const filter = positionFilterOf(args.where);
    return listConnection(await findPositions(ctx.db, { filter, order: args.sort ?? 'NAME_ASC', window }), window);
  },
  agreements: async (_root, args, ctx, info) => {
    const window = pageWindow(args);
    const filter = agreementFilterOf(args.where);
    const facets = selectedCounts(ctx, info);
    return listConnection(
      await findAgreements(ctx.db, { filter, order: args.sort ?? 'PERIOD_START_ASC', window, facets }),
      window,
    );
  },
};
