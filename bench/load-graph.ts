/**
 * Bulk load of a synthetic graph into an empty database, with every constraint and index of the migrations in
 * place: the rows go through the model's writers (src/graph/writers), in batches of a few thousand rows per
 * transaction, two writers at once; the load decides only the batching. Reports nodes/s and relationships/s.
 * Refuses a database that already holds entities.
 */
import type { Database } from '../src/graph/database.js';
import { Label } from '../src/graph/model.js';
import { mergeArticles, mergeEntities, mergeEvidence, mergeFacts } from '../src/graph/writers/index.js';
import type { SyntheticGraph } from './synthetic-graph.js';

export interface LoadReport {
  nodes: number;
  relationships: number;
  seconds: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
}

/** Rows per transaction; from 2,000 to 20,000 the rate hardly changes, and smaller batches balance the writers. */
const BATCH = 5_000;

type Task = () => Promise<void>;

function batchesOf<T>(items: readonly T[]): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) batches.push(items.slice(i, i + BATCH));
  return batches;
}

/** Entities of every label, a batch per transaction, all stamped with the time the load began. */
function entityTasks(options: { db: Database; graph: SyntheticGraph; now: string }): Task[] {
  const { db, graph, now } = options;
  const rows = graph.entities.map((entity) => ({ ...entity, notes: [], createdAt: now, updatedAt: now }));
  return batchesOf(rows).map((batch) => async () => void (await db.transaction((tx) => mergeEntities(tx, batch))));
}

/** Facts of every type; their ends are written by then (fact batches share ends, so they run one at a time). */
function factTasks(options: { db: Database; graph: SyntheticGraph; now: string }): Task[] {
  const { db, graph, now } = options;
  const rows = graph.facts.map((fact) => ({ ...fact, createdAt: now }));
  return batchesOf(rows).map((batch) => async () => void (await db.transaction((tx) => mergeFacts(tx, batch))));
}

/**
 * Articles with their evidence, about `BATCH` nodes per transaction: batches never share a node, so two writers
 * never wait for each other's locks.
 */
function articleTasks(options: { db: Database; graph: SyntheticGraph; now: string }): Task[] {
  const { db, graph, now } = options;
  const evidenceOf = new Map<string, SyntheticGraph['evidence']>();
  for (const evidence of graph.evidence) {
    const cited = evidenceOf.get(evidence.articleId);
    if (cited) cited.push(evidence);
    else evidenceOf.set(evidence.articleId, [evidence]);
  }
  const batches: { articles: SyntheticGraph['articles']; evidence: SyntheticGraph['evidence'] }[] = [];
  let batch: (typeof batches)[number] = { articles: [], evidence: [] };
  for (const article of graph.articles) {
    const evidence = evidenceOf.get(article.id) ?? [];
    evidenceOf.delete(article.id);
    batch.articles.push(article);
    batch.evidence.push(...evidence);
    if (batch.articles.length + batch.evidence.length >= BATCH) {
      batches.push(batch);
      batch = { articles: [], evidence: [] };
    }
  }
  if (batch.articles.length > 0) batches.push(batch);
  const [uncited] = evidenceOf.keys();
  if (uncited !== undefined)
    throw new Error(`expected every piece of evidence to cite an article of the graph, but ${uncited} is not one`);
  return batches.map(({ articles, evidence }) => async () => {
    await db.transaction(async (tx) => {
      await mergeArticles(
        tx,
        articles.map((article) => ({ ...article, ingestedAt: now })),
      );
      await mergeEvidence(tx, evidence);
    });
  });
}

/** Writes `graph` into `db`, which must hold no entity yet. */
export async function loadSyntheticGraph(db: Database, graph: SyntheticGraph): Promise<LoadReport> {
  const existing = await db.read<{ any: boolean }>(`RETURN EXISTS { MATCH (:${Label.Entity}) } AS any`);
  if (existing[0]?.any)
    throw new Error('The benchmark database already holds entities; the load only writes into an empty one.');
  const began = performance.now();
  const now = new Date().toISOString();
  const entities = entityTasks({ db, graph, now });
  const facts = factTasks({ db, graph, now });
  const articles = articleTasks({ db, graph, now });
  // Two writers, one per core: entities then facts (fact batches share ends, so they run one at a time), and
  // articles with their evidence, which share nothing with them. Whichever is done first helps with the articles.
  let failed = false;
  const drain = async (queue: Task[]): Promise<void> => {
    try {
      for (let task = queue.shift(); task && !failed; task = queue.shift()) await task();
    } catch (error) {
      failed = true;
      throw error;
    }
  };
  await Promise.all([
    (async () => {
      await drain(entities);
      await drain(facts);
      await drain(articles);
    })(),
    drain(articles),
  ]);
  await db.write('CALL db.awaitIndexes(600)');
  const seconds = (performance.now() - began) / 1000;
  return {
    nodes: graph.nodeCount,
    relationships: graph.relationshipCount,
    seconds,
    nodesPerSecond: graph.nodeCount / seconds,
    relationshipsPerSecond: graph.relationshipCount / seconds,
  };
}
