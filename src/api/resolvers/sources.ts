/** Evidence, facts, tenures and changes: the types that say where a statement comes from and what changed. */
import type { ChangeResolvers, EvidenceResolvers, FactResolvers, TenureResolvers } from '../generated/graphql.js';
import { partialDate, requireEntity } from './shared.js';

export const Evidence: EvidenceResolvers = {
  date: (row) => partialDate(row.date, row.datePrecision),
};

export const Tenure: TenureResolvers = {
  firstSeen: (row) => partialDate(row.firstSeen, row.firstSeenPrecision),
  lastSeen: (row) => partialDate(row.lastSeen, row.lastSeenPrecision),
};

export const Fact: FactResolvers = {
  from: (row, _args, ctx) => requireEntity(ctx, row.fromId),
  to: (row, _args, ctx) => requireEntity(ctx, row.toId),
  event: (row, _args, ctx) => (row.eventId ? ctx.loaders.entity.load(row.eventId) : null),
};

export const Change: ChangeResolvers = {
  entities: async (row, _args, ctx) => {
    const entities = await ctx.loaders.entity.loadMany(row.entityIds);
    const seen = new Set<string>();
    // A merged-away entity answers the one it was merged into: list each entity once.
    return entities.flatMap((entity) => {
      if (entity === null || entity instanceof Error || seen.has(entity.id)) return [];
      seen.add(entity.id);
      return [entity];
    });
  },
  undoes: (row, _args, ctx) => (row.undoes ? ctx.loaders.change.load(row.undoes) : null),
  undoneBy: (row, _args, ctx) => (row.undoneBy ? ctx.loaders.change.load(row.undoneBy) : null),
};
