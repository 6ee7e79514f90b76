/**
 * Bulk load of a synthetic graph into an empty database: batched `UNWIND $rows … CREATE`, entities and articles
 * first, then facts (both ends found through the id constraints), then evidence linked to its article. Reports
 * nodes/s and relationships/s. Refuses a database that already holds entities.
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

/** Rows per transaction: large enough to amortise a round trip, small enough for a 1 GB heap. */
const BATCH = 10_000;

function datesClause(variable: string, keys: readonly string[]): string {
  return keys.map((key) => `, ${variable}.${key} = date(row.dates.${key})`).join('');
}

/** Transactions in flight at once: one is serialised by the client while Neo4j writes the other. */
const WRITERS = Number(process.env.BENCH_WRITERS ?? 1);

async function inBatches<Row>(options: { db: Database; rows: readonly Row[]; cypher: string; params?: Record<string, unknown> }): Promise<void> {
  let next = 0;
  // Batches never share a node they create; ends they share are locked briefly, and a deadlock is retried by
  // the driver's transaction function.
  const writer = async (): Promise<void> => {
    while (next < options.rows.length) {
      const rows = options.rows.slice(next, next + BATCH);
      next += BATCH;
      await options.db.transaction((tx) => tx.run(options.cypher, { ...options.params, rows }));
    }
  };
  await Promise.all(Array.from({ length: WRITERS }, writer));
}

/** Writes `graph` into `db`, which must hold no entity yet. */
export async function loadSyntheticGraph(db: Database, graph: SyntheticGraph): Promise<LoadReport> {
  const existing = await db.read<{ any: boolean }>(`RETURN EXISTS { MATCH (:${Label.Entity}) } AS any`);
  if (existing[0]?.any) throw new Error('The benchmark database already holds entities; the load only writes into an empty one.');
  const began = performance.now();
  const now = new Date().toISOString();
  for (const label of ENTITY_LABELS) {
    const rows = graph.entities.filter((entity) => entity.label === label);
    if (rows.length === 0) continue;
    const dateKeys = Object.keys(rows[0]?.dates ?? {});
    await inBatches({
      db,
      rows,
      params: { now },
      cypher: `UNWIND $rows AS row
        CREATE (n:${Label.Entity}:${label})
        SET n = row.props, n.id = row.id, n.name = row.name, n.aliases = row.aliases,
            n.searchText = reduce(acc = row.name, alias IN row.aliases | acc + ' | ' + alias) + coalesce(' | ' + row.props.acronym, ''),
            n.createdAt = datetime($now), n.updatedAt = datetime($now)${datesClause('n', dateKeys)}`,
    });
  }
  await inBatches({
    db,
    rows: graph.articles,
    params: { now },
    cypher: `UNWIND $rows AS row
      CREATE (a:${Label.Article})
      SET a = row, a.publishedAt = date(row.publishedAt), a.ingestedAt = datetime($now)`,
  });
  for (const type of FACT_TYPES) {
    const rows = graph.facts.filter((fact) => fact.type === type);
    if (rows.length === 0) continue;
    const dateKeys = Object.keys(rows[0]?.dates ?? {});
    await inBatches({
      db,
      rows,
      params: { now },
      cypher: `UNWIND $rows AS row
        MATCH (a:${Label.Entity} {id: row.from})
        MATCH (b:${Label.Entity} {id: row.to})
        CREATE (a)-[r:${type}]->(b)
        SET r = row.props, r.id = row.id, r.createdAt = datetime($now)${datesClause('r', dateKeys)}`,
    });
  }
  await inBatches({
    db,
    rows: graph.evidence,
    cypher: `UNWIND $rows AS row
      MATCH (a:${Label.Article} {id: row.articleId})
      CREATE (e:${Label.Evidence})
      SET e = row, e.date = date(row.date)
      CREATE (e)-[:${LinkType.FROM_ARTICLE}]->(a)`,
  });
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
