/**
 * Reads and writes of the ingest (the candidate search is in ./person-search.ts): an article's entities,
 * facts and evidence in one transaction, replacing whatever that article said before — or several new articles in
 * one transaction, as if written one after the other. The rows are written by ./writers (MERGE on stable keys, so
 * running it again changes nothing); this module decides what an article replaces.
 */
import type { Database, Tx } from './database.js';
import { FactType, Label } from './model.js';
import {
  type ArticleMentionsRow,
  type ArticleRow,
  type ArticleState,
  checkEntityLabels,
  checkFactTypes,
  type EntityRow,
  type EvidenceRow,
  type FactRow,
  mergeArticles,
  mergeEntities,
  mergeEvidence,
  mergeFacts,
  recomputeTenures,
  removeEvidenceOfArticle,
  replaceMentions,
} from './writers/index.js';

export interface GraphBatch {
  article: ArticleRow;
  entities: EntityRow[];
  facts: FactRow[];
  evidence: EvidenceRow[];
  /** The spans of the body that name the batch's entities; absent, the article's mentions are left as they are. */
  mentions?: ArticleMentionsRow['mentions'];
}

/** The mention rows of the batches that carry mentions. */
function mentionRows(batches: readonly GraphBatch[]): ArticleMentionsRow[] {
  return batches.flatMap((batch) =>
    batch.mentions === undefined ? [] : [{ articleId: batch.article.id, mentions: batch.mentions }],
  );
}

export type WriteOutcome = 'created' | 'updated' | 'unchanged';

export interface WriteResult {
  outcome: WriteOutcome;
  entitiesCreated: number;
  factsCreated: number;
  factsRemoved: number;
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
export function isUnchanged(
  state: ArticleState | null | undefined,
  article: Pick<ArticleRow, 'contentHash' | 'extractorVersion'>,
): boolean {
  return state?.contentHash === article.contentHash && state.extractorVersion === article.extractorVersion;
}

/** Whether the graph holds no article yet (the server then loads the seeds). */
export async function hasArticles(db: Database): Promise<boolean> {
  const rows = await db.read<{ any: boolean }>(`RETURN EXISTS { MATCH (:${Label.Article}) } AS any`);
  return rows[0]?.any ?? false;
}

/** Rows whose label or type is not one of the model's are a bug upstream: refuse them before any Cypher runs. */
function checkModel(batch: GraphBatch): void {
  checkEntityLabels(batch.entities);
  checkFactTypes([...batch.facts, ...batch.evidence.map((row) => ({ type: row.factType }))]);
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

/** What writing an unchanged article does: nothing. */
export const UNCHANGED: Readonly<WriteResult> = Object.freeze({
  outcome: 'unchanged',
  entitiesCreated: 0,
  factsCreated: 0,
  factsRemoved: 0,
});

/**
 * Writes one article in one transaction. Unchanged content (same hash, same extractor version) writes nothing;
 * changed content replaces the article's own evidence and the facts that only it backed.
 */
export async function writeArticleBatch(db: Database, batch: GraphBatch): Promise<WriteResult> {
  checkModel(batch);
  const state = await findArticleState(db, batch.article.id);
  if (isUnchanged(state, batch.article)) return UNCHANGED;
  return db.transaction(async (tx) => {
    const previous = (await mergeArticles(tx, [batch.article])).get(batch.article.id) ?? null;
    if (isUnchanged(previous, batch.article)) return UNCHANGED;
    // A new article has no evidence yet: skip the round trip.
    const old = previous === null ? [] : await removeEvidenceOfArticle(tx, batch.article.id);
    const entitiesCreated = (await mergeEntities(tx, batch.entities)).length;
    const factsCreated = (await mergeFacts(tx, batch.facts)).length;
    await mergeEvidence(tx, batch.evidence);
    // Before the unbacked facts go: an entity only the old reading named is then left with nothing, and removed.
    await replaceMentions(tx, mentionRows([batch]));
    const newIds = new Set(batch.facts.map((fact) => fact.id));
    const factsRemoved = await removeUnbackedFacts(
      tx,
      old.filter((fact) => !newIds.has(fact.id)),
    );
    const tenures = [...old, ...batch.facts]
      .filter((fact) => fact.type === FactType.HOLDS_POSITION)
      .map((fact) => fact.id);
    await recomputeTenures(tx, [...new Set(tenures)]);
    const outcome: WriteOutcome = previous === null ? 'created' : 'updated';
    return { outcome, entitiesCreated, factsCreated, factsRemoved };
  });
}

/** Thrown, rolling the transaction back, when an article `writeNewArticles` was given is in the graph after all. */
export class ArticleBatchConflictError extends Error {
  constructor(readonly articleIds: readonly string[]) {
    super(
      `expected every article of the batch to be new, but ${articleIds.length} of them were written meanwhile (${articleIds.join(', ')})`,
    );
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
        byId.set(row.id, {
          ...row,
          aliases: [...row.aliases, row.name],
          props: { ...row.props },
          dates: { ...row.dates },
          notes: [...row.notes],
        });
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

/** One row per fact id, written as the rows one after the other would write it: the first non-null value of each property. */
function combineFactRows(batches: readonly GraphBatch[]): { rows: FactRow[]; first: Map<string, number> } {
  const byId = new Map<string, FactRow>();
  const first = new Map<string, number>();
  for (const [index, batch] of batches.entries()) {
    for (const row of batch.facts) {
      const seen = byId.get(row.id);
      if (!seen) {
        byId.set(row.id, { ...row, props: { ...row.props }, dates: { ...row.dates } });
        first.set(row.id, index);
        continue;
      }
      for (const [key, value] of Object.entries(row.props)) seen.props[key] = seen.props[key] ?? value;
      for (const [key, value] of Object.entries(row.dates ?? {}))
        if (seen.dates) seen.dates[key] = seen.dates[key] ?? value;
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
  if (new Set(ids).size !== ids.length)
    throw new Error('expected articles with distinct ids in one batch, but got an id twice');
  const entities = combineEntityRows(batches);
  const facts = combineFactRows(batches);
  const tenures = facts.rows.filter((fact) => fact.type === FactType.HOLDS_POSITION).map((fact) => fact.id);
  return db.transaction(async (tx) => {
    const previous = await mergeArticles(
      tx,
      batches.map((batch) => batch.article),
    );
    const written = ids.filter((id) => (previous.get(id) ?? null) !== null);
    if (written.length > 0) throw new ArticleBatchConflictError(written);
    const entitiesCreated = countsPerArticle(await mergeEntities(tx, entities.rows), entities.first, batches.length);
    const factsCreated = countsPerArticle(await mergeFacts(tx, facts.rows), facts.first, batches.length);
    await mergeEvidence(
      tx,
      batches.flatMap((batch) => batch.evidence),
    );
    await replaceMentions(tx, mentionRows(batches));
    await recomputeTenures(tx, tenures);
    return batches.map((_, index) => ({
      outcome: 'created' as const,
      entitiesCreated: entitiesCreated[index] ?? 0,
      factsCreated: factsCreated[index] ?? 0,
      factsRemoved: 0,
    }));
  });
}
