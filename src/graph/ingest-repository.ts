/**
 * Writes of the ingest: one article's entities, facts and evidence in one transaction, replacing whatever that
 * article said before. Every write is a MERGE on a stable key, so running it again changes nothing.
 */
import type { Database, Tx } from './database.js';
import { ENTITY_LABELS, EntityLabel, FACT_TYPES, FactType, Label, LinkType } from './model.js';

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

/** A person already in the graph, for cross-article resolution. */
export interface PersonCandidate {
  id: string;
  name: string;
  aliases: string[];
}

/** Lucene special characters, escaped so a name is searched as words, never as query syntax. */
function luceneTerm(word: string): string {
  return word.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&');
}

/**
 * Persons whose name or alias shares a word with one of `names`, allowing up to two spelling edits in a long word
 * (Krisnayudhanto ~ Chrisnayudhanto), through the full-text index: one round trip for a whole article.
 */
export async function findPersonCandidates(db: Database, names: readonly string[]): Promise<PersonCandidate[]> {
  const words = [...new Set(names.flatMap((name) => name.toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((word) => word.length >= 3))];
  if (words.length === 0) return [];
  // Fuzzy terms are the expensive part of the search: allow as many edits as a word's length makes plausible.
  const query = words.map((word) => `${luceneTerm(word)}${word.length >= 8 ? '~2' : word.length >= 5 ? '~1' : ''}`).join(' OR ');
  return db.read<PersonCandidate>(
    `CALL db.index.fulltext.queryNodes('entity_search', $query, {limit: 200}) YIELD node
     WHERE node:${EntityLabel.Person}
     RETURN node.id AS id, node.name AS name, coalesce(node.aliases, []) AS aliases`,
    { query },
  );
}

/** The stored content hash and extractor version of an article, or null when it was never ingested. */
export async function findArticleState(db: Database, id: string): Promise<{ contentHash: string; extractorVersion: string } | null> {
  const rows = await db.read<{ contentHash: string; extractorVersion: string }>(
    `MATCH (a:${Label.Article} {id: $id}) RETURN a.contentHash AS contentHash, a.extractorVersion AS extractorVersion`,
    { id },
  );
  return rows[0] ?? null;
}

/** Whether the graph holds no article yet (the server then loads the seeds). */
export async function hasArticles(db: Database): Promise<boolean> {
  const rows = await db.read<{ any: boolean }>(`RETURN EXISTS { MATCH (:${Label.Article}) } AS any`);
  return rows[0]?.any ?? false;
}

async function lockArticle(tx: Tx, article: ArticleRow): Promise<{ previousHash: string | null; previousVersion: string | null }> {
  // MERGE then SET takes the article's write lock first, so two ingests of one article run one after the other.
  const rows = await tx.run<{ previousHash: string | null; previousVersion: string | null }>(
    `MERGE (a:${Label.Article} {id: $article.id})
     WITH a, a.contentHash AS previousHash, a.extractorVersion AS previousVersion
     SET a += $article, a.publishedAt = CASE WHEN $article.publishedAt IS NULL THEN null ELSE date($article.publishedAt) END,
         a.ingestedAt = datetime()
     RETURN previousHash, previousVersion`,
    { article },
  );
  return rows[0] ?? { previousHash: null, previousVersion: null };
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

// Labels and types below are dynamic (`$(row.label)`, Neo4j 5.26) so that one statement writes all of an article's
// entities, and one all of its facts; checkModel has limited them to the model's constants.
async function mergeEntities(tx: Tx, rows: EntityRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await tx.run<{ created: number }>(
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
     RETURN count(CASE WHEN isNew THEN 1 END) AS created`,
    { rows },
  );
  return result[0]?.created ?? 0;
}

async function mergeFacts(tx: Tx, rows: FactRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  // Both ends are bound first, so MERGE expands from them and needs no index on the dynamic type.
  const result = await tx.run<{ created: number }>(
    `UNWIND $rows AS row
     MATCH (a:${Label.Entity} {id: row.from})
     MATCH (b:${Label.Entity} {id: row.to})
     MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
     ON CREATE SET r += row.props, r.createdAt = datetime(), r.isNew = true
     WITH r, coalesce(r.isNew, false) AS isNew
     REMOVE r.isNew
     RETURN count(CASE WHEN isNew THEN 1 END) AS created`,
    { rows },
  );
  return result[0]?.created ?? 0;
}

async function createEvidence(tx: Tx, articleId: string, rows: EvidenceRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.run(
    `MATCH (article:${Label.Article} {id: $articleId})
     UNWIND $rows AS row
     CREATE (e:${Label.Evidence})
     SET e = row, e.date = CASE WHEN row.date IS NULL THEN null ELSE date(row.date) END
     CREATE (e)-[:${LinkType.FROM_ARTICLE}]->(article)`,
    { articleId, rows },
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

/**
 * Writes one article in one transaction. Unchanged content (same hash, same extractor version) writes nothing;
 * changed content replaces the article's own evidence and the facts that only it backed.
 */
export async function writeArticleBatch(db: Database, batch: GraphBatch): Promise<WriteResult> {
  checkModel(batch);
  const state = await findArticleState(db, batch.article.id);
  if (state?.contentHash === batch.article.contentHash && state.extractorVersion === batch.article.extractorVersion) {
    return { outcome: 'unchanged', entitiesCreated: 0, factsCreated: 0, factsRemoved: 0 };
  }
  return db.transaction(async (tx) => {
    const previous = await lockArticle(tx, batch.article);
    if (previous.previousHash === batch.article.contentHash && previous.previousVersion === batch.article.extractorVersion) {
      return { outcome: 'unchanged', entitiesCreated: 0, factsCreated: 0, factsRemoved: 0 } satisfies WriteResult;
    }
    // A new article has no evidence yet: skip the round trip.
    const old = previous.previousHash === null ? [] : await removeArticleEvidence(tx, batch.article.id);
    const entitiesCreated = await mergeEntities(tx, batch.entities);
    const factsCreated = await mergeFacts(tx, batch.facts);
    await createEvidence(tx, batch.article.id, batch.evidence);
    const newIds = new Set(batch.facts.map((fact) => fact.id));
    const factsRemoved = await removeUnbackedFacts(tx, old.filter((fact) => !newIds.has(fact.id)));
    const tenures = [...old, ...batch.facts].filter((fact) => fact.type === FactType.HOLDS_POSITION).map((fact) => fact.id);
    await recomputeTenures(tx, [...new Set(tenures)]);
    const outcome: WriteOutcome = previous.previousHash === null ? 'created' : 'updated';
    return { outcome, entitiesCreated, factsCreated, factsRemoved };
  });
}
