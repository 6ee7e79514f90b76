/** The list roots: persons, organizations, countries, positions and agreements (events is in ./query.ts). */
import {
  findAgreements,
  findCountries,
  findOrganizations,
  findPersons,
  findPositions,
  type ListPage,
} from '../../graph/repositories/lists.js';
import type { EntityRow } from '../../graph/repositories/rows.js';
import { pageWindow, toWindowConnection, type PageWindow } from '../connection.js';
import {
  agreementFilterOf,
  countryFilterOf,
  organizationFilterOf,
  personFilterOf,
  positionFilterOf,
} from '../list-filters.js';
import type { QueryResolvers } from '../generated/graphql.js';

/** The connection of one page a list query answered. */
export function listConnection(page: ListPage, window: PageWindow) {
  return toWindowConnection(page.rows, page.total, window, (node: EntityRow, cursor) => ({ cursor, node }));
}

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
  agreements: async (_root, args, ctx) => {
    const window = pageWindow(args);
    const filter = agreementFilterOf(args.where);
    return listConnection(await findAgreements(ctx.db, { filter, order: args.sort ?? 'PERIOD_START_ASC', window }), window);
  },
};
