/** Person.network and Organization.network: whom an entity met at events, ranked in the database. */
import { findNetwork } from '../../graph/repositories/network.js';
import type { EntityRow } from '../../graph/repositories/rows.js';
import { pageSize, toConnection } from '../connection.js';
import type { ApiContext } from '../context.js';
import type { PersonNetworkArgs } from '../generated/graphql.js';
import { checkRange } from '../list-filters.js';

/** The network of the entity `row`, one page. */
export async function networkOf(row: EntityRow, args: PersonNetworkArgs, ctx: ApiContext) {
  pageSize(args.first);
  checkRange(['from', 'to'], args.from, args.to);
  const met = await findNetwork(ctx.db, { id: row.id, from: args.from ?? null, to: args.to ?? null });
  return toConnection(met, args, (item, cursor) => ({ cursor, ...item }));
}
