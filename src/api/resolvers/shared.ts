/** Pieces several resolver maps share: type resolution of entity rows, partial dates, edges, history. */
import { NotFoundError } from '../../errors.js';
import type { EntityRow, NeighbourRow } from '../../graph/repositories/rows.js';
import { type PageArgs, toConnection } from '../connection.js';
import type { ApiContext } from '../context.js';
import type { DatePrecision } from '../generated/graphql.js';
import type { FarEnd } from './related.js';

/** Where a connection's nodes stand below its field. */
export const EDGE_NODE = ['edges', 'node'] as const;

/** The far ends of a connection of tenures: the holder and the post of each. */
export const TENURE_ENDS: readonly FarEnd[] = [
  { path: [...EDGE_NODE, 'person'], end: 'person' },
  { path: [...EDGE_NODE, 'position'], end: 'position' },
];

/** The far end of a connection whose nodes are the other ends of facts, and of a to-one field's single edge. */
export const OTHER_AT_EDGE_NODE: readonly FarEnd[] = [{ path: EDGE_NODE, end: 'other' }];
export const OTHER_AT_NODE: readonly FarEnd[] = [{ path: ['node'], end: 'other' }];

/** The GraphQL type of an entity row is its label. */
export function entityTypeName(row: EntityRow): EntityRow['label'] {
  return row.label;
}

/** A partial date, or null when the date is unknown. */
export function partialDate(date: string | null | undefined, precision: DatePrecision | null | undefined) {
  return date ? { date, precision: precision ?? 'DAY' } : null;
}

/** The entity with `id`; NOT_FOUND when the graph has none (used where the schema promises one). */
export async function requireEntity(ctx: ApiContext, id: string): Promise<EntityRow> {
  const entity = await ctx.loaders.entity.load(id);
  if (entity === null) throw new NotFoundError('entity', id);
  return entity;
}

/** The entity history connection shared by every entity type. */
export async function historyOf(row: EntityRow, args: PageArgs, ctx: ApiContext) {
  const changes = await ctx.loaders.history.load(row.id);
  return toConnection(changes, args, (change, cursor) => ({ cursor, node: change }));
}

/** An edge whose node is the other end of a fact. */
export function neighbourEdge(row: NeighbourRow, cursor: string) {
  return { cursor, node: row.other, factId: row.factId, evidence: row.evidence };
}

/** The single edge of a to-one fact (the organisation of a post, the country of an event), or null. */
export function singleEdge(rows: readonly NeighbourRow[]) {
  const row = rows[0];
  return row ? neighbourEdge(row, '') : null;
}
