/** The article reader: an article by id, the article list, and an article's text, mentions and facts. */
import type { ArticleDetailRow } from '../../graph/repositories/articles.js';
import { findArticles } from '../../graph/repositories/articles.js';
import type { ArticleRow } from '../../graph/repositories/rows.js';
import { pageWindow, toWindowConnection } from '../connection.js';
import type { ApiContext } from '../context.js';
import type { ArticleFactResolvers, ArticleResolvers, MentionResolvers, QueryResolvers } from '../generated/graphql.js';
import { articleFilterOf } from '../list-filters.js';

/** The stored article behind a row that may carry only its metadata (an evidence's article does). */
async function detailOf(row: ArticleRow, ctx: ApiContext): Promise<ArticleDetailRow | null> {
  return 'body' in row ? (row as ArticleDetailRow) : ctx.loaders.article.load(row.id);
}

export const ArticleQuery: Pick<QueryResolvers, 'article' | 'articles'> = {
  article: (_root, { id }, ctx) => ctx.loaders.article.load(id),
  articles: async (_root, args, ctx) => {
    const window = pageWindow(args);
    const filter = articleFilterOf(args.where);
    const page = await findArticles(ctx.db, { filter, skip: window.skip, limit: window.limit });
    return toWindowConnection(page.rows, page.total, window, (node: ArticleRow, cursor) => ({ cursor, node }));
  },
};

export const Article: ArticleResolvers = {
  body: async (row, _args, ctx) => (await detailOf(row, ctx))?.body ?? null,
  ingestedAt: async (row, _args, ctx) => (await detailOf(row, ctx))?.ingestedAt ?? null,
  extractorVersion: async (row, _args, ctx) => (await detailOf(row, ctx))?.extractorVersion ?? null,
  mentions: (row, _args, ctx) => ctx.loaders.articleMentions.load(row.id),
  facts: (row, _args, ctx) => ctx.loaders.articleFacts.load(row.id),
};

export const Mention: MentionResolvers = {
  entity: (row, _args, ctx) => ctx.loaders.entity.load(row.entityId),
};

export const ArticleFact: ArticleFactResolvers = {
  fact: (row) => row.fact,
  evidence: (row) => row.evidence,
};
