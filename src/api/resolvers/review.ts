/** The review queue and the analyst's decisions on its items. */
import { BadInputError, NotFoundError, UnauthenticatedError } from '../../errors.js';
import { findReviewItem, type ReviewKind, reviewQueue } from '../../graph/repositories/review.js';
import { deleteReviewDecision, recordReviewDecision } from '../../graph/writers/index.js';
import { pageSize, toConnection } from '../connection.js';
import type { MutationResolvers, QueryResolvers, ReviewItemResolvers } from '../generated/graphql.js';

/** Longest note accepted with a decision. */
const MAX_NOTE_LENGTH = 2000;

export const ReviewQuery: Pick<QueryResolvers, 'reviewQueue'> = {
  reviewQueue: async (_root, args, ctx) => {
    pageSize(args.first);
    const items = await reviewQueue(ctx.db, {
      kinds: (args.kinds as ReviewKind[] | null | undefined) ?? null,
      includeDecided: args.includeDecided ?? false,
    });
    return toConnection(items, args, (node, cursor) => ({ cursor, node }));
  },
};

export const ReviewMutation: Pick<MutationResolvers, 'decideReviewItem'> = {
  decideReviewItem: async (_root, { id, decision, note }, ctx) => {
    if (!ctx.auth.isAnalyst) throw new UnauthenticatedError();
    const text = note?.trim() || null;
    if (text !== null && text.length > MAX_NOTE_LENGTH) {
      throw new BadInputError(`expected a note of at most ${MAX_NOTE_LENGTH} characters, but got ${text.length}.`, {
        argument: 'note',
      });
    }
    const item = await findReviewItem(ctx.db, id);
    if (item === null) throw new NotFoundError('review item in the queue', id);
    // The queue is computed once: the item as it stands, with the decision just written.
    if (decision === 'REOPEN') {
      await deleteReviewDecision(ctx.db, id);
      return { ...item, decision: null };
    }
    const stored = await recordReviewDecision(ctx.db, {
      itemId: id,
      verdict: decision,
      actor: ctx.auth.actor,
      note: text,
    });
    return { ...item, decision: stored };
  },
};

export const ReviewItem: ReviewItemResolvers = {
  entities: async (row, _args, ctx) => {
    const entities = await ctx.loaders.entity.loadMany(row.entityIds);
    return entities.flatMap((entity) => (entity === null || entity instanceof Error ? [] : [entity]));
  },
};
