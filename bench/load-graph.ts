/**
 * Bulk load of a synthetic graph into an empty database, with every constraint and index of the migrations in
 * place: three `UNWIND $rows … CREATE` statements (entities, facts, articles with their evidence), rows sent as
 * lists, two writers at once. Reports nodes/s and relationships/s. Refuses a database that already holds entities.
 */
import type { Database } from '../src/graph/database.js';
import { ENTITY_LABELS, FACT_TYPES, Label, LinkType } from '../src/graph/model.js';
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

/** A row as a list of values in a fixed column order: a third cheaper to serialise than a map with its keys. */
type Tuple = unknown[];
type Task = () => Promise<void>;

const PROPERTY_KEY = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** The keys of `records` in first-seen order, without `except`; each becomes a column and a property name in Cypher. */
function columnsOf(records: readonly object[], except: readonly string[] = []): string[] {
  const keys = new Set<string>();
  for (const record of records) {
    for (const key of Object.keys(record)) {
      if (except.includes(key)) continue;
      if (!PROPERTY_KEY.test(key)) throw new Error(`expected property keys of letters, digits and underscores, but got "${key}"`);
      keys.add(key);
    }
  }
  return [...keys];
}

function valuesOf(record: object, keys: readonly string[]): unknown[] {
  return keys.map((key) => (record as Record<string, unknown>)[key] ?? null);
}

function batchesOf<T>(items: readonly T[]): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) batches.push(items.slice(i, i + BATCH));
  return batches;
}

/** `key: row[i]` for each property column from `offset` on, dates through `date()`; null values are not stored. */
function properties(options: { row: string; offset: number; props: readonly string[]; dates: readonly string[] }): string[] {
  const { row, offset, props, dates } = options;
  return [
    ...props.map((key, i) => `${key}: ${row}[${offset + i}]`),
    ...dates.map((key, i) => `${key}: date(${row}[${offset + props.length + i}])`),
  ];
}

/**
 * Entities of every label in one statement (a dynamic label checked against the model), so that a cold server
 * plans one statement instead of six. Returns each entity's element id for the facts.
 */
function entityTasks(options: { db: Database; graph: SyntheticGraph; now: string; nodeOf: Map<string, string> }): Task[] {
  const { db, graph, now, nodeOf } = options;
  const entities = graph.entities;
  for (const entity of entities) {
    if (!ENTITY_LABELS.includes(entity.label)) throw new Error(`expected an entity label of the model, but got "${entity.label}"`);
  }
  const fixed = ['id', 'name', 'aliases', 'searchText', 'createdAt', 'updatedAt'];
  const dates = columnsOf(entities.map((entity) => entity.dates), fixed);
  const props = columnsOf(entities.map((entity) => entity.props), [...fixed, ...dates]);
  const acronym = props.includes('acronym') ? ` + coalesce(' | ' + row[${4 + props.indexOf('acronym')}], '')` : '';
  const cypher = `WITH datetime($now) AS now
    UNWIND $rows AS row
    CREATE (n:${Label.Entity}:$(row[0]) {${[
      ...properties({ row: 'row', offset: 4, props, dates }),
      'id: row[1]',
      'name: row[2]',
      'aliases: row[3]',
      `searchText: reduce(acc = row[2], alias IN row[3] | acc + ' | ' + alias)${acronym}`,
      'createdAt: now',
      'updatedAt: now',
    ].join(', ')}})
    RETURN collect(row[1]) AS ids, collect(elementId(n)) AS nodes`;
  return batchesOf(entities).map((batch) => async () => {
    const rows = batch.map((entity) => [entity.label, entity.id, entity.name, entity.aliases, ...valuesOf(entity.props, props), ...valuesOf(entity.dates, dates)]);
    const [created] = await db.transaction((tx) => tx.run<{ ids: string[]; nodes: string[] }>(cypher, { rows, now }));
    created?.ids.forEach((id, i) => nodeOf.set(id, created.nodes[i] as string));
  });
}

/**
 * Facts of every type in one statement, both ends found by element id: a seek by id instead of two unique-index
 * seeks that also take index-entry locks. Rows are built when the batch runs, once the entities exist.
 */
function factTasks(options: { db: Database; graph: SyntheticGraph; now: string; nodeOf: ReadonlyMap<string, string> }): Task[] {
  const { db, graph, now, nodeOf } = options;
  const facts = graph.facts;
  for (const fact of facts) {
    if (!FACT_TYPES.includes(fact.type)) throw new Error(`expected a fact type of the model, but got "${fact.type}"`);
  }
  const fixed = ['id', 'createdAt'];
  const dates = columnsOf(facts.map((fact) => fact.dates), fixed);
  const props = columnsOf(facts.map((fact) => fact.props), [...fixed, ...dates]);
  const cypher = `WITH datetime($now) AS now
    UNWIND $rows AS row
    MATCH (a) WHERE elementId(a) = row[2]
    MATCH (b) WHERE elementId(b) = row[3]
    CREATE (a)-[:$(row[0]) {${[...properties({ row: 'row', offset: 4, props, dates }), 'id: row[1]', 'createdAt: now'].join(', ')}}]->(b)`;
  const node = (id: string): string => {
    const found = nodeOf.get(id);
    if (found === undefined) throw new Error(`expected both ends of every fact among the entities, but ${id} is not one`);
    return found;
  };
  return batchesOf(facts).map((batch) => async () => {
    const rows = batch.map((fact) => [fact.type, fact.id, node(fact.from), node(fact.to), ...valuesOf(fact.props, props), ...valuesOf(fact.dates, dates)]);
    await db.transaction((tx) => tx.run(cypher, { rows, now }));
  });
}

/**
 * Each article with its evidence in one row: no lookup of the article, and batches never share a node, so two
 * writers never wait for each other's locks.
 */
function articleTasks(options: { db: Database; graph: SyntheticGraph; now: string }): Task[] {
  const { db, graph, now } = options;
  const evidenceOf = new Map<string, SyntheticGraph['evidence']>();
  for (const evidence of graph.evidence) {
    const cited = evidenceOf.get(evidence.articleId);
    if (cited) cited.push(evidence);
    else evidenceOf.set(evidence.articleId, [evidence]);
  }
  const articleKeys = columnsOf(graph.articles, ['ingestedAt']);
  const evidenceKeys = columnsOf(graph.evidence);
  const column = (row: string, keys: readonly string[], dates: readonly string[]): string[] =>
    keys.map((key, i) => (dates.includes(key) ? `${key}: date(${row}[${i}])` : `${key}: ${row}[${i}]`));
  const cypher = `WITH datetime($now) AS now
    UNWIND $rows AS row
    CREATE (a:${Label.Article} {${[...column('row', articleKeys, ['publishedAt']), 'ingestedAt: now'].join(', ')}})
    WITH a, row
    UNWIND row[${articleKeys.length}] AS evidence
    CREATE (:${Label.Evidence} {${column('evidence', evidenceKeys, ['date']).join(', ')}})-[:${LinkType.FROM_ARTICLE}]->(a)`;
  const batches: Tuple[][] = [];
  let rows: Tuple[] = [];
  let size = 0;
  for (const article of graph.articles) {
    const evidence = evidenceOf.get(article.id) ?? [];
    evidenceOf.delete(article.id);
    rows.push([...valuesOf(article, articleKeys), evidence.map((piece) => valuesOf(piece, evidenceKeys))]);
    size += 1 + evidence.length;
    if (size >= BATCH) {
      batches.push(rows);
      rows = [];
      size = 0;
    }
  }
  if (rows.length > 0) batches.push(rows);
  const [uncited] = evidenceOf.keys();
  if (uncited !== undefined) throw new Error(`expected every piece of evidence to cite an article of the graph, but ${uncited} is not one`);
  return batches.map((batch) => async () => void (await db.transaction((tx) => tx.run(cypher, { rows: batch, now }))));
}

/** Writes `graph` into `db`, which must hold no entity yet. */
export async function loadSyntheticGraph(db: Database, graph: SyntheticGraph): Promise<LoadReport> {
  const existing = await db.read<{ any: boolean }>(`RETURN EXISTS { MATCH (:${Label.Entity}) } AS any`);
  if (existing[0]?.any) throw new Error('The benchmark database already holds entities; the load only writes into an empty one.');
  const began = performance.now();
  const now = new Date().toISOString();
  const nodeOf = new Map<string, string>();
  const entities = entityTasks({ db, graph, now, nodeOf });
  const facts = factTasks({ db, graph, now, nodeOf });
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
