/** The relation loader a field reads: with the evidence fields its selection asks for, and no others. */
import type DataLoader from 'dataloader';
import type { GraphQLResolveInfo } from 'graphql';
import type { RelationName, RelationValues } from '../../graph/repositories/relations.js';
import type { ApiContext } from '../context.js';
import { selectedEvidence } from '../prefetch.js';

export function related<Name extends RelationName>(
  ctx: ApiContext,
  info: GraphQLResolveInfo,
  name: Name,
): DataLoader<string, RelationValues[Name]> {
  return ctx.loaders.relation(name, { evidence: selectedEvidence(ctx, info) });
}
