/** Root queries: node, search, events, path and dataQuality, and the list roots of ./lists.ts. */

import { BadInputError, NotFoundError } from '../../errors.js';
import { EntityLabel } from '../../graph/model.js';
import { findContradictions } from '../../graph/repositories/data-quality.js';
import { searchEntities } from '../../graph/repositories/entities.js';
import { listEvents } from '../../graph/repositories/lists.js';
import { findShortestPath, MAX_PATH_HOPS } from '../../graph/repositories/path.js';
import { pageSize, pageWindow, toConnection } from '../connection.js';
import type { EntityType, QueryResolvers } from '../generated/graphql.js';
import { eventFilterOf } from '../list-filters.js';
import { prefetchBelow, prefetchNode, selectedCounts, selectedEvidenceAt } from '../prefetch.js';
import { ArticleQuery } from './articles.js';
import { ListQuery, listConnection } from './lists.js';
import { ReviewQuery } from './review.js';

const LABEL_OF_TYPE: Readonly<Record<EntityType, EntityLabel>> = {
  PERSON: EntityLabel.Person,
  ORGANIZATION: EntityLabel.Organization,
  COUNTRY: EntityLabel.Country,
  POSITION: EntityLabel.Position,
  EVENT: EntityLabel.Event,
  AGREEMENT: EntityLabel.Agreement,
};

/** Longest search text accepted: a name, not a document. */
const MAX_QUERY_LENGTH = 200;

export const Query: QueryResolvers = {
  ...ListQuery,
  ...ArticleQuery,
  ...ReviewQuery,
  node: async (_root, { id }, ctx, info) => {
    if (id.startsWith('change:')) return ctx.loaders.change.load(id);
    // One round trip for the entity and the relations its selection asks for; merged or unknown ids load as usual.
    return (await prefetchNode(ctx, info, id)) ?? ctx.loaders.entity.load(id);
  },
  search: async (_root, args, ctx, info) => {
    pageSize(args.first);
    const text = args.query.trim();
    if (text.length === 0 || text.length > MAX_QUERY_LENGTH) {
      throw new BadInputError(
        `expected a search text of 1 to ${MAX_QUERY_LENGTH} characters, but got ${text.length}.`,
        {
          argument: 'query',
        },
      );
    }
    const labels = args.types && args.types.length > 0 ? args.types.map((type) => LABEL_OF_TYPE[type]) : null;
    const hits = await searchEntities(ctx.db, { text, labels });
    const page = toConnection(hits, args, (hit, cursor) => ({ cursor, node: hit.entity, score: hit.score }));
    await prefetchBelow(ctx, info, { entities: page.edges.map((edge) => edge.node), path: ['edges', 'node'] });
    return page;
  },
  events: async (_root, args, ctx, info) => {
    const window = pageWindow(args);
    const filter = eventFilterOf(args);
    const facets = selectedCounts(ctx, info);
    const page = listConnection(
      await listEvents(ctx.db, { filter, order: args.sort ?? 'DATE_ASC', window, facets }),
      window,
    );
    await prefetchBelow(ctx, info, { entities: page.edges.map((edge) => edge.node), path: ['edges', 'node'] });
    return page;
  },
  path: async (_root, args, ctx, info) => {
    const maxHops = args.maxHops ?? 4;
    if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) {
      throw new BadInputError(`expected "maxHops" to be between 1 and ${MAX_PATH_HOPS}, but got ${maxHops}.`, {
        argument: 'maxHops',
      });
    }
    const sameEntity = () =>
      new BadInputError(`expected two different entities, but "${args.from}" and "${args.to}" are the same.`);
    if (args.from === args.to) throw sameEntity();
    const evidence = selectedEvidenceAt(ctx, { info, path: ['hops', 'fact', 'evidence'] });
    // One round trip when both ids name entities; a merged or unknown id is resolved through the loaders.
    const search = await findShortestPath(ctx.db, { from: args.from, to: args.to, maxHops, evidence });
    if (search.fromFound && search.toFound) {
      // The ends of every hop's fact are nodes of the path: what `fact { from to }` asks for is known already.
      for (const node of search.path?.nodes ?? []) ctx.loaders.entity.prime(node.id, node);
      return search.path;
    }
    const [from, to] = await ctx.loaders.entity.loadMany([args.from, args.to]);
    if (!from || from instanceof Error) throw new NotFoundError('entity', args.from);
    if (!to || to instanceof Error) throw new NotFoundError('entity', args.to);
    if (from.id === to.id) throw sameEntity();
    return (await findShortestPath(ctx.db, { from: from.id, to: to.id, maxHops, evidence })).path;
  },
  dataQuality: async (_root, args, ctx) => {
    pageSize(args.first);
    const contradictions = await findContradictions(ctx.db);
    return toConnection(contradictions, args, (node, cursor) => ({ cursor, node }));
  },
};
