/**
 * Reads and writes of the ingest (the candidate search is in ./person-search.ts): an article's entities,
 * facts and evidence in one transaction, replacing whatever that article said before — or several new articles in
 * one transaction, as if written one after the other. Every write is a MERGE on a stable key, so running it again
 * changes nothing.
 */
import type { Database, Tx } from './database.js';
import { ENTITY_LABELS, ENTITY_SEARCH_INDEX, EntityLabel, FACT_TYPES, FactType, Label, LinkType } from './model.js';

export interface ArticleRow {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  contentHash: string;
  path: string;
  extractorVersion: string;
}

export interface EntityRow {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** Label-specific properties (docs/model.md); set when missing, never overwritten. */
  props: Record<string, unknown>;
  /** Label-specific dates (YYYY-MM-DD), stored as Neo4j `Date`s: date, endDate, periodStart, periodEnd. */
  dates: Record<string, string | null>;
  /** Why this entity was resolved to an existing one, appended to `resolutionNotes`. */
  notes: string[];
}

export interface FactRow {
  id: string;
  type: FactType;
  from: string;
  to: string;
  props: Record<string, unknown>;
}

export interface EvidenceRow {
  id: string;
  factId: string;
  factType: FactType;
  articleId: string;
  quote: string;
  sentence: string;
  start: number;
  end: number;
  confidence: number;
  extractorVersion: string;
  date: string | null;
  datePrecision: string | null;
  former: boolean;
}

export interface GraphBatch {
  article: ArticleRow;
  entities: EntityRow[];
  facts: FactRow[];
  evidence: EvidenceRow[];
}

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

export interface WriteResult {
  outcome: WriteOutcome;
  entitiesCreated: number;
  factsCreated: number;
  factsRemoved: number;
}

/** What the graph remembers of an ingested article, to tell an unchanged one. */
export interface ArticleState {
  contentHash: string;
  extractorVersion: string;
}

/** The stored state of each of `ids` that was ever ingested, in one round trip. */
export async function findArticleStates(db: Database, ids: readonly string[]): Promise<Map<string, ArticleState>> {
  if (ids.length === 0) return new Map();
  const rows = await db.read<{ id: string; contentHash: string; extractorVersion: string }>(
    `UNWIND $ids AS id
     MATCH (a:${Label.Article} {id: id})
     RETURN a.id AS id, a.contentHash AS contentHash, a.extractorVersion AS extractorVersion`,
    { ids },
  );
  return new Map(rows.map(({ id, ...state }) => [id, state]));
}

/** The stored content hash and extractor version of an article, or null when it was never ingested. */
export async function findArticleState(db: Database, id: string): Promise<ArticleState | null> {
  return (await findArticleStates(db, [id])).get(id) ?? null;
}

/** Whether an article was ingested before with the same content and extractor: then writing it changes nothing. */
export function isUnchanged(state: ArticleState | null | undefined, article: Pick<ArticleRow, 'contentHash' | 'extractorVersion'>): boolean {
  return state?.contentHash === article.contentHash && state.extractorVersion === article.extractorVersion;
}

/** Whether the graph holds no article yet (the server then loads the seeds). */
export async function hasArticles(db: Database): Promise<boolean> {
  const rows = await db.read<{ any: boolean }>(`RETURN EXISTS { MATCH (:${Label.Article}) } AS any`);
  return rows[0]?.any ?? false;
}

/** Locks and writes the article nodes; answers each article's state before, null for a new one. */
async function lockArticles(tx: Tx, articles: ArticleRow[]): Promise<Map<string, ArticleState | null>> {
  // MERGE then SET takes each article's write lock first, in the order given, so two ingests of one article run one
  // after the other, and two batches of the same files do not deadlock.
  const rows = await tx.run<{ id: string; previous: ArticleState | null }>(
    `UNWIND $articles AS article
     MERGE (a:${Label.Article} {id: article.id})
     WITH a, article, a.contentHash AS previousHash, a.extractorVersion AS previousVersion
     SET a += article, a.publishedAt = CASE WHEN article.publishedAt IS NULL THEN null ELSE date(article.publishedAt) END,
         a.ingestedAt = datetime()
     RETURN article.id AS id,
            CASE WHEN previousHash IS NULL THEN null ELSE {contentHash: previousHash, extractorVersion: previousVersion} END AS previous`,
    { articles },
  );
  return new Map(rows.map((row) => [row.id, row.previous]));
}

async function removeArticleEvidence(tx: Tx, articleId: string): Promise<{ id: string; type: FactType }[]> {
  return tx.run<{ id: string; type: FactType }>(
    `MATCH (e:${Label.Evidence} {articleId: $articleId})
     WITH e, e.factId AS id, e.factType AS type
     DETACH DELETE e
     RETURN DISTINCT id, type`,
    { articleId },
  );
}

/** Rows whose label or type is not one of the model's are a bug upstream: refuse them before any Cypher runs. */
function checkModel(batch: GraphBatch): void {
  for (const row of batch.entities) {
    if (!ENTITY_LABELS.includes(row.label)) throw new Error(`expected an entity label of the model, but got "${row.label}"`);
  }
  for (const row of [...batch.facts, ...batch.evidence]) {
    const type = 'factType' in row ? row.factType : row.type;
    if (!FACT_TYPES.includes(type)) throw new Error(`expected a fact type of the model, but got "${type}"`);
  }
}

// Labels and types below are dynamic (`$(row.label)`, Neo4j 5.26) so that one statement writes all entities, and
// one all facts; checkModel has limited them to the model's constants. Rows must be unique by id.
/** Merges entity rows; returns the ids of the entities it created. */
async function mergeEntities(tx: Tx, rows: EntityRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const result = await tx.run<{ created: string[] }>(
    `UNWIND $rows AS row
     MERGE (n:${Label.Entity} {id: row.id})
     ON CREATE SET n:$(row.label), n.name = row.name, n.createdAt = datetime(), n.aliases = [], n.resolutionNotes = [], n.isNew = true
     WITH n, row
     FOREACH (key IN keys(row.props) | SET n[key] = coalesce(n[key], row.props[key]))
     FOREACH (key IN keys(row.dates) | SET n[key] = coalesce(n[key], date(row.dates[key])))
     SET n.aliases = reduce(acc = coalesce(n.aliases, []), alias IN row.aliases + [row.name] |
           CASE WHEN alias = n.name OR alias IN acc THEN acc ELSE acc + alias END),
         n.resolutionNotes = reduce(acc = coalesce(n.resolutionNotes, []), note IN row.notes |
           CASE WHEN note IN acc THEN acc ELSE acc + note END),
         n.updatedAt = datetime()
     SET n.searchText = reduce(acc = n.name, alias IN n.aliases | acc + ' | ' + alias) + coalesce(' | ' + n.acronym, '')
     WITH n, coalesce(n.isNew, false) AS isNew
     REMOVE n.isNew
     RETURN collect(CASE WHEN isNew THEN n.id END) AS created`,
    { rows },
  );
  return result[0]?.created ?? [];
}

/** Merges fact rows; returns the ids of the facts it created. */
async function mergeFacts(tx: Tx, rows: FactRow[]): Promise<string[]> {
  if (rows.length === 0) return [];
  // Both ends are bound first, so MERGE expands from them and needs no index on the dynamic type.
  const result = await tx.run<{ created: string[] }>(
    `UNWIND $rows AS row
     MATCH (a:${Label.Entity} {id: row.from})
     MATCH (b:${Label.Entity} {id: row.to})
     MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
     ON CREATE SET r += row.props, r.createdAt = datetime(), r.isNew = true
     WITH r, coalesce(r.isNew, false) AS isNew
     REMOVE r.isNew
     RETURN collect(CASE WHEN isNew THEN r.id END) AS created`,
    { rows },
  );
  return result[0]?.created ?? [];
}

async function createEvidence(tx: Tx, rows: EvidenceRow[]): Promise<void> {
  if (rows.length === 0) return;
  // Sent per article: what all its rows share once, and each sentence once (an article's relations come from a few
  // sentences), which is most of the bytes; each node still gets every property of its row.
  const articles = new Map<string, { articleId: string; extractorVersion: string; sentences: string[]; rows: Record<string, unknown>[] }>();
  const sentenceIndex = new Map<string, Map<string, number>>();
  for (const { articleId, extractorVersion, sentence, ...row } of rows) {
    const key = `${articleId}\u0000${extractorVersion}`;
    let article = articles.get(key);
    if (!article) {
      article = { articleId, extractorVersion, sentences: [], rows: [] };
      articles.set(key, article);
      sentenceIndex.set(key, new Map());
    }
    const indexes = sentenceIndex.get(key) as Map<string, number>;
    let index = indexes.get(sentence);
    if (index === undefined) {
      index = article.sentences.length;
      article.sentences.push(sentence);
      indexes.set(sentence, index);
    }
    article.rows.push({ ...row, sentence: index });
  }
  await tx.run(
    `UNWIND $articles AS a
     MATCH (article:${Label.Article} {id: a.articleId})
     UNWIND a.rows AS row
     CREATE (e:${Label.Evidence})
     SET e = row {.*, articleId: a.articleId, extractorVersion: a.extractorVersion, sentence: a.sentences[toInteger(row.sentence)],
                  date: CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END}
     CREATE (e)-[:${LinkType.FROM_ARTICLE}]->(article)`,
    { articles: [...articles.values()] },
  );
}

/** Deletes the given facts that no evidence backs any more, then the entities left with no relationship at all. */
async function removeUnbackedFacts(tx: Tx, facts: { id: string; type: FactType }[]): Promise<number> {
  let removed = 0;
  for (const type of Object.values(FactType)) {
    const ids = facts.filter((fact) => fact.type === type).map((fact) => fact.id);
    if (ids.length === 0) continue;
    const rows = await tx.run<{ removed: number }>(
      `UNWIND $ids AS fid
       MATCH (a)-[r:${type} {id: fid}]->(b)
       WHERE NOT EXISTS { MATCH (:${Label.Evidence} {factId: fid}) }
       DELETE r
       WITH collect(DISTINCT a) + collect(DISTINCT b) AS ends, count(*) AS removed
       CALL (ends) {
         UNWIND ends AS n
         WITH DISTINCT n WHERE NOT EXISTS { (n)--() }
         DELETE n
       }
       RETURN removed`,
      { ids },
    );
    removed += rows[0]?.removed ?? 0;
  }
  return removed;
}

/** Recomputes the span of each tenure from the dates of all its evidence, whatever article it came from. */
async function recomputeTenures(tx: Tx, factIds: string[]): Promise<void> {
  if (factIds.length === 0) return;
  await tx.run(
    `UNWIND $ids AS fid
     MATCH ()-[r:${FactType.HOLDS_POSITION} {id: fid}]->()
     CALL (fid) {
       MATCH (e:${Label.Evidence} {factId: fid}) WHERE e.date IS NOT NULL
       WITH e ORDER BY e.date
       RETURN collect(e) AS dated
     }
     SET r.firstSeen = dated[0].date, r.firstSeenPrecision = dated[0].datePrecision,
         r.lastSeen = dated[-1].date, r.lastSeenPrecision = dated[-1].datePrecision,
         r.former = size(dated) > 0 AND all(e IN dated WHERE e.former)`,
    { ids: factIds },
  );
}

/** What writing an unchanged article does: nothing. */
export const UNCHANGED: Readonly<WriteResult> = Object.freeze({ outcome: 'unchanged', entitiesCreated: 0, factsCreated: 0, factsRemoved: 0 });

/**
 * Writes one article in one transaction. Unchanged content (same hash, same extractor version) writes nothing;
 * changed content replaces the article's own evidence and the facts that only it backed.
 */
export async function writeArticleBatch(db: Database, batch: GraphBatch): Promise<WriteResult> {
  checkModel(batch);
  const state = await findArticleState(db, batch.article.id);
  if (isUnchanged(state, batch.article)) return UNCHANGED;
  return db.transaction(async (tx) => {
    const previous = (await lockArticles(tx, [batch.article])).get(batch.article.id) ?? null;
    if (isUnchanged(previous, batch.article)) return UNCHANGED;
    // A new article has no evidence yet: skip the round trip.
    const old = previous === null ? [] : await removeArticleEvidence(tx, batch.article.id);
    const entitiesCreated = (await mergeEntities(tx, batch.entities)).length;
    const factsCreated = (await mergeFacts(tx, batch.facts)).length;
    await createEvidence(tx, batch.evidence);
    const newIds = new Set(batch.facts.map((fact) => fact.id));
    const factsRemoved = await removeUnbackedFacts(tx, old.filter((fact) => !newIds.has(fact.id)));
    const tenures = [...old, ...batch.facts].filter((fact) => fact.type === FactType.HOLDS_POSITION).map((fact) => fact.id);
    await recomputeTenures(tx, [...new Set(tenures)]);
    const outcome: WriteOutcome = previous === null ? 'created' : 'updated';
    return { outcome, entitiesCreated, factsCreated, factsRemoved };
  });
}

/** Thrown, rolling the transaction back, when an article `writeNewArticles` was given is in the graph after all. */
export class ArticleBatchConflictError extends Error {
  constructor(readonly articleIds: readonly string[]) {
    super(`expected every article of the batch to be new, but ${articleIds.length} of them were written meanwhile (${articleIds.join(', ')})`);
    this.name = 'ArticleBatchConflictError';
  }
}

/**
 * One row per entity id over several articles, written as the rows one after the other would write it: the first
 * row's name, the first non-null value of each property, aliases and notes in order (the statement drops repeats
 * and the entity's own name, as it does across statements). `first` maps each id to the index of its first article.
 */
function combineEntityRows(batches: readonly GraphBatch[]): { rows: EntityRow[]; first: Map<string, number> } {
  const byId = new Map<string, EntityRow>();
  const first = new Map<string, number>();
  for (const [index, batch] of batches.entries()) {
    for (const row of batch.entities) {
      const seen = byId.get(row.id);
      if (!seen) {
        byId.set(row.id, { ...row, aliases: [...row.aliases, row.name], props: { ...row.props }, dates: { ...row.dates }, notes: [...row.notes] });
        first.set(row.id, index);
        continue;
      }
      seen.aliases.push(...row.aliases, row.name);
      for (const [key, value] of Object.entries(row.props)) seen.props[key] = seen.props[key] ?? value;
      for (const [key, value] of Object.entries(row.dates)) seen.dates[key] = seen.dates[key] ?? value;
      seen.notes.push(...row.notes);
    }
  }
  return { rows: [...byId.values()], first };
}

/** One row per fact id: a fact's properties are set when it is created, so the first article's row wins. */
function combineFactRows(batches: readonly GraphBatch[]): { rows: FactRow[]; first: Map<string, number> } {
  const byId = new Map<string, FactRow>();
  const first = new Map<string, number>();
  for (const [index, batch] of batches.entries()) {
    for (const row of batch.facts) {
      if (byId.has(row.id)) continue;
      byId.set(row.id, row);
      first.set(row.id, index);
    }
  }
  return { rows: [...byId.values()], first };
}

function countsPerArticle(created: readonly string[], first: ReadonlyMap<string, number>, articles: number): number[] {
  const counts = Array.from({ length: articles }, () => 0);
  for (const id of created) {
    const index = first.get(id);
    if (index !== undefined) counts[index] = (counts[index] ?? 0) + 1;
  }
  return counts;
}

/**
 * Writes several articles that are not in the graph yet (distinct ids, checked by the caller with
 * `findArticleStates`) in one transaction, with one statement per kind of row over all of them; the graph and the
 * counts are those of writing them one after the other, in order (each entity and fact counts as created by the
 * first article that writes it). If any of them is in the graph after all (another ingest wrote it meanwhile), it
 * rolls back and throws `ArticleBatchConflictError`: the caller writes those articles one by one instead.
 */
export async function writeNewArticles(db: Database, batches: readonly GraphBatch[]): Promise<WriteResult[]> {
  if (batches.length === 0) return [];
  batches.forEach(checkModel);
  const ids = batches.map((batch) => batch.article.id);
  if (new Set(ids).size !== ids.length) throw new Error('expected articles with distinct ids in one batch, but got an id twice');
  const entities = combineEntityRows(batches);
  const facts = combineFactRows(batches);
  const tenures = facts.rows.filter((fact) => fact.type === FactType.HOLDS_POSITION).map((fact) => fact.id);
  return db.transaction(async (tx) => {
    const previous = await lockArticles(tx, batches.map((batch) => batch.article));
    const written = ids.filter((id) => (previous.get(id) ?? null) !== null);
    if (written.length > 0) throw new ArticleBatchConflictError(written);
    const entitiesCreated = countsPerArticle(await mergeEntities(tx, entities.rows), entities.first, batches.length);
    const factsCreated = countsPerArticle(await mergeFacts(tx, facts.rows), facts.first, batches.length);
    await createEvidence(tx, batches.flatMap((batch) => batch.evidence));
    await recomputeTenures(tx, tenures);
    return batches.map((_, index) => ({
      outcome: 'created' as const,
      entitiesCreated: entitiesCreated[index] ?? 0,
      factsCreated: factsCreated[index] ?? 0,
      factsRemoved: 0,
    }));
  });
}
