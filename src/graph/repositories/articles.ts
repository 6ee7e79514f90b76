/**
 * Questions about articles themselves, for the article reader: an article with its text, the spans that name
 * entities, the facts it states with its own evidence, and the list of articles by source, date and words.
 */
import type { Database } from '../database.js';
import { ARTICLE_SEARCH_INDEX, Label, LinkType } from '../model.js';
import { toLuceneQuery } from './lucene.js';
import { type ArticleRow, type EvidenceRow, evidenceOf, type FactRow, factById, groupByKey } from './rows.js';

/** An article with what the reader shows besides its metadata. */
export interface ArticleDetailRow extends ArticleRow {
  body: string | null;
  ingestedAt: string | null;
  extractorVersion: string | null;
}

/** A span of an article's body that names an entity; `entityId` may name a merged entity (the API follows it). */
export interface MentionRow {
  key: string;
  start: number;
  end: number;
  text: string;
  entityId: string;
}

/** A fact an article states, with that article's evidence only. */
export interface ArticleFactRow {
  key: string;
  fact: FactRow;
  evidence: EvidenceRow[];
}

const ARTICLE_PROJECTION = `a { .id, .title, .url, .source, publishedAt: toString(a.publishedAt), .body,
  ingestedAt: toString(a.ingestedAt), .extractorVersion }`;

/** The articles with these ids, in key order, null for an unknown id. */
export async function findArticlesByIds(db: Database, ids: readonly string[]): Promise<(ArticleDetailRow | null)[]> {
  const rows = await db.read<{ key: string; article: ArticleDetailRow | null }>(
    `UNWIND $ids AS key
     OPTIONAL MATCH (a:${Label.Article} {id: key})
     RETURN key, CASE WHEN a IS NULL THEN null ELSE ${ARTICLE_PROJECTION} END AS article`,
    { ids },
  );
  const byId = new Map(rows.map((row) => [row.key, row.article]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** The mentions of each article, in text order (then longest first). */
export async function articleMentions(db: Database, ids: readonly string[]): Promise<MentionRow[][]> {
  const rows = await db.read<MentionRow>(
    `UNWIND $ids AS key
     MATCH (:${Label.Article} {id: key})-[m:${LinkType.MENTIONS}]->(e)
     RETURN key, m.start AS start, m.end AS end, m.text AS text, e.id AS entityId
     ORDER BY key, start, end DESC, entityId`,
    { ids },
  );
  return groupByKey(ids, rows);
}

/**
 * The facts each article states, ordered by their first evidence in its text, each with the article's own evidence.
 * Evidence names its fact by `factId` and `factType`; the relationship is found through the fact type's id index.
 */
export async function articleFacts(db: Database, ids: readonly string[]): Promise<ArticleFactRow[][]> {
  const rows = await db.read<ArticleFactRow>(
    `UNWIND $ids AS key
     MATCH (ev:${Label.Evidence} {articleId: key})
     WITH key, ev.factId AS factId, ev.factType AS factType, min(ev.start) AS firstStart
     CALL (factId, factType) { ${factById('factId', 'factType')} }
     WITH key, r, from, to, firstStart, ${evidenceOf('r')} AS evidence
     RETURN key,
            { id: r.id, type: type(r), fromId: from.id, toId: to.id, role: r.role, eventId: r.eventId,
              evidence: evidence } AS fact,
            [e IN evidence WHERE e.article.id = key] AS evidence
     ORDER BY key, firstStart, r.id`,
    { ids },
  );
  return groupByKey(ids, rows);
}

/** Filters of the article list; null means "any". */
export interface ArticleFilterRow {
  source: string | null;
  publishedFrom: string | null;
  publishedTo: string | null;
  text: string | null;
}

/** A page of the article list and how many match over all pages. */
export interface ArticlePage {
  total: number;
  rows: ArticleDetailRow[];
}

/** Articles matching `filter`, newest publication first (undated last, then by id), one page of them. */
export async function findArticles(
  db: Database,
  options: { filter: ArticleFilterRow; skip: number; limit: number },
): Promise<ArticlePage> {
  const { filter } = options;
  const query = filter.text === null ? null : toLuceneQuery(filter.text);
  if (filter.text !== null && query === null) return { total: 0, rows: [] };
  // A text filter starts from the full-text index; the others check the matched articles.
  const anchor =
    query === null ? `MATCH (a:${Label.Article})` : `CALL db.index.fulltext.queryNodes($index, $query) YIELD node AS a`;
  const matched = `${anchor}
     WHERE ($source IS NULL OR toLower(a.source) = toLower($source))
       AND ($from IS NULL OR a.publishedAt >= date($from))
       AND ($to IS NULL OR a.publishedAt <= date($to))`;
  const [row] = await db.read<ArticlePage>(
    `CALL () { ${matched} RETURN count(a) AS total }
     RETURN total, COLLECT {
       ${matched}
       WITH a ORDER BY a.publishedAt IS NULL, a.publishedAt DESC, a.id
       SKIP toInteger($skip) LIMIT toInteger($limit)
       RETURN ${ARTICLE_PROJECTION} AS row
     } AS rows`,
    {
      index: ARTICLE_SEARCH_INDEX,
      query,
      source: filter.source,
      from: filter.publishedFrom,
      to: filter.publishedTo,
      skip: options.skip,
      limit: options.limit,
    },
  );
  return row ?? { total: 0, rows: [] };
}
