/**
 * The one writer of article nodes. An article node is the latest reading of one file, so a write overwrites every
 * property of the row; `ingestedAt` is the time of the last write that changed it (or the instant given).
 */
import { Label, LinkType } from '../model.js';
import { type Runner, run } from './runner.js';

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  /** YYYY-MM-DD, stored as a Neo4j `Date`. */
  publishedAt: string | null;
  contentHash: string | null;
  path: string | null;
  extractorVersion: string | null;
  /** The text as read (header removed); the offsets of evidence and mentions count characters in it. */
  body?: string | null;
  /** An ISO instant kept from an exported file; the time of the write when absent. */
  ingestedAt?: string | null;
}

/** What the graph remembers of an ingested article, to tell an unchanged one. */
export interface ArticleState {
  contentHash: string;
  extractorVersion: string;
}

/**
 * Writes article rows (unique by id) and answers each one's state before, null for a new one. MERGE then SET takes
 * each article's write lock first, in the order given, so two ingests of one article run one after the other, and
 * two batches of the same files do not deadlock.
 */
export async function mergeArticles(
  runner: Runner,
  rows: readonly ArticleRow[],
): Promise<Map<string, ArticleState | null>> {
  if (rows.length === 0) return new Map();
  const result = await run<{ id: string; previous: ArticleState | null }>(
    runner,
    `UNWIND $rows AS article
     MERGE (a:${Label.Article} {id: article.id})
     WITH a, article, a.contentHash AS previousHash, a.extractorVersion AS previousVersion, properties(a) AS before
     SET a += article.props,
         a.publishedAt = CASE WHEN article.publishedAt IS NULL THEN null ELSE date(article.publishedAt) END
     WITH a, article, previousHash, previousVersion, properties(a) <> before AS changed
     SET a.ingestedAt = CASE WHEN article.ingestedAt IS NOT NULL THEN datetime(article.ingestedAt)
                             WHEN changed OR a.ingestedAt IS NULL THEN datetime() ELSE a.ingestedAt END
     RETURN article.id AS id,
            CASE WHEN previousHash IS NULL THEN null ELSE {contentHash: previousHash, extractorVersion: previousVersion} END AS previous`,
    {
      rows: rows.map(({ id, publishedAt, ingestedAt, ...props }) => ({
        id,
        props,
        publishedAt,
        ingestedAt: ingestedAt ?? null,
      })),
    },
  );
  return new Map(result.map((row) => [row.id, row.previous]));
}

/** The spans of one article's body that name entities (`entityId` must be an entity of the graph). */
export interface ArticleMentionsRow {
  articleId: string;
  mentions: readonly { entityId: string; start: number; end: number; text: string }[];
}

/**
 * Replaces the mentions of each article: they belong to its latest reading, so a write deletes the old ones first.
 * A mention of an entity the graph does not hold is skipped (the entity was removed since, or never written).
 */
export async function replaceMentions(runner: Runner, rows: readonly ArticleMentionsRow[]): Promise<void> {
  if (rows.length === 0) return;
  await run(
    runner,
    `UNWIND $rows AS row
     MATCH (a:${Label.Article} {id: row.articleId})
     CALL (a) { MATCH (a)-[old:${LinkType.MENTIONS}]->() DELETE old }
     WITH a, row
     UNWIND row.mentions AS mention
     MATCH (e:${Label.Entity} {id: mention.entityId})
     CREATE (a)-[:${LinkType.MENTIONS} {start: toInteger(mention.start), end: toInteger(mention.end), text: mention.text}]->(e)`,
    { rows },
  );
}
