/** Analyst corrections: thin resolvers that check the API key and hand over to the corrections (src/graph/corrections). */
import { AppError, assertNever, BadInputError, ConflictError, ErrorCode, UnauthenticatedError } from '../../errors.js';
import {
  type Actor,
  addFact,
  CorrectionRefused,
  mergeEntities,
  retractFact,
  splitEntity,
  undoChange,
} from '../../graph/corrections/index.js';
import type { ChangeRow } from '../../graph/repositories/changes.js';
import type { ApiContext } from '../context.js';
import type { MutationResolvers } from '../generated/graphql.js';

/** Longest reason accepted: a sentence or two. */
const MAX_REASON_LENGTH = 2000;

function requireAnalyst(ctx: ApiContext, reason: string | null | undefined): Actor {
  if (!ctx.auth.isAnalyst) throw new UnauthenticatedError();
  const text = (reason ?? '').trim();
  if (text.length === 0 || text.length > MAX_REASON_LENGTH) {
    throw new BadInputError(`expected a reason of 1 to ${MAX_REASON_LENGTH} characters, but got ${text.length}.`, {
      argument: 'reason',
    });
  }
  return { actor: ctx.auth.actor, reason: text };
}

/** Runs a correction, turning a refusal into the matching API error. */
async function correct(work: () => Promise<ChangeRow>): Promise<ChangeRow> {
  try {
    return await work();
  } catch (error) {
    if (!(error instanceof CorrectionRefused)) throw error;
    switch (error.kind) {
      case 'NOT_FOUND':
        throw new AppError(ErrorCode.NOT_FOUND, error.message);
      case 'BAD_INPUT':
        throw new BadInputError(error.message);
      case 'CONFLICT':
        throw new ConflictError(error.message);
      default:
        return assertNever(error.kind);
    }
  }
}

async function result(ctx: ApiContext, change: ChangeRow, entityId: string | undefined) {
  return { change, entity: entityId ? await ctx.loaders.entity.load(entityId) : null };
}

export const Mutation: MutationResolvers = {
  mergeEntities: async (_root, args, ctx) => {
    const actor = requireAnalyst(ctx, args.reason);
    const change = await correct(() => mergeEntities(ctx.db, { ...actor, keepId: args.keepId, mergeId: args.mergeId }));
    return result(ctx, change, args.keepId);
  },
  splitEntity: async (_root, args, ctx) => {
    const actor = requireAnalyst(ctx, args.reason);
    const change = await correct(() =>
      splitEntity(ctx.db, { ...actor, id: args.id, newName: args.newName, factIds: args.factIds }),
    );
    return result(
      ctx,
      change,
      change.entityIds.find((id) => id !== args.id),
    );
  },
  addFact: async (_root, args, ctx) => {
    const actor = requireAnalyst(ctx, args.reason);
    const change = await correct(() =>
      addFact(ctx.db, {
        ...actor,
        type: args.type,
        fromId: args.fromId,
        toId: args.toId,
        attributes: args.attributes ?? {},
        quote: args.quote,
        source: args.source ?? null,
      }),
    );
    return result(ctx, change, args.fromId);
  },
  retractFact: async (_root, args, ctx) => {
    const actor = requireAnalyst(ctx, args.reason);
    const change = await correct(() => retractFact(ctx.db, { ...actor, factId: args.factId }));
    return result(ctx, change, change.entityIds[0]);
  },
  undoChange: async (_root, args, ctx) => {
    const actor = requireAnalyst(ctx, args.reason ?? 'undo');
    const change = await correct(() => undoChange(ctx.db, { ...actor, changeId: args.changeId }));
    return result(ctx, change, change.entityIds[0]);
  },
};
