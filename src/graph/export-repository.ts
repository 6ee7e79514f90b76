/**
 * Cypher of the export and import. Reads page through entities, articles and facts by id (`WHERE id > $after
 * ORDER BY id LIMIT $batch`, served by the id indexes in index order), so memory stays constant however large the
 * graph. The import writes through ./writers (MERGE on stable ids): importing a file twice changes nothing.
 */
import neo4j from 'neo4j-driver';
import type { Database } from './database.js';
import { ENTITY_LABELS, type EntityLabel, type FactType, Label, LinkType } from './model.js';
import {
  type ArticleRow,
  type EntityRow,
  type EvidenceRow,
  mergeArticles,
  mergeEntities,
  mergeEvidence,
  mergeFacts,
} from './writers/index.js';

/** Filter of a page query; label and type names come from model.ts constants only. */
export interface PageFilter {
  readonly entityLabels: readonly EntityLabel[];
  /** ISO date: entities updated, articles ingested on or after it. */
  readonly since: string | null;
  readonly ids: readonly string[] | null;
}

export interface EntityPageRow {
  id: string;
  schema: EntityLabel;
  props: Record<string, unknown>;
}

export interface ArticlePageRow {
  id: string;
  props: Record<string, unknown>;
}

export interface FactPageRow {
  id: string;
  source: string;
  target: string;
  props: Record<string, unknown>;
  evidence: Record<string, unknown>[];
}

/** `n { .a, .b }`: a map projection of the given properties, missing ones null. */
function projection(variable: string, properties: readonly string[]): string {
  return `${variable} { ${properties.map((name) => `.\`${name.replace(/`/g, '')}\``).join(', ')} }`;
}

/** The conditions an entity `variable` must meet to be exported, as Cypher with `$since` and `$ids`. */
function entityConditions(variable: string, filter: PageFilter): string[] {
  const conditions: string[] = [];
  if (filter.entityLabels.length < ENTITY_LABELS.length) {
    conditions.push(filter.entityLabels.length === 0 ? 'false' : `${variable}:${filter.entityLabels.join('|')}`);
  }
  if (filter.since !== null) conditions.push(`${variable}.updatedAt >= datetime($since)`);
  if (filter.ids !== null) conditions.push(`${variable}.id IN $ids`);
  return conditions;
}

function where(conditions: readonly string[]): string {
  return conditions.length === 0 ? '' : `WHERE ${conditions.join(' AND ')}`;
}

/** The next page of entities after id `after` (exclusive), in id order. */
export async function entityPage(
  db: Database,
  options: { filter: PageFilter; properties: readonly string[]; after: string; batch: number },
): Promise<EntityPageRow[]> {
  const { filter, properties, after, batch } = options;
  return db.read<EntityPageRow>(
    `MATCH (n:${Label.Entity})
     ${where(['n.id > $after', ...entityConditions('n', filter)])}
     WITH n ORDER BY n.id LIMIT $batch
     RETURN n.id AS id, [label IN labels(n) WHERE label IN $labels][0] AS schema, ${projection('n', properties)} AS props`,
    { after, batch: neo4j.int(batch), since: filter.since, ids: filter.ids, labels: ENTITY_LABELS },
  );
}

/**
 * The next page of articles. With an id selection, only the articles that back a fact between two selected
 * entities; otherwise every article (ingested on or after `since`).
 */
export async function articlePage(
  db: Database,
  options: {
    filter: PageFilter;
    factTypes: readonly FactType[];
    properties: readonly string[];
    after: string;
    batch: number;
  },
): Promise<ArticlePageRow[]> {
  const { filter, factTypes, properties, after, batch } = options;
  const params = { after, batch: neo4j.int(batch), since: filter.since, ids: filter.ids, types: factTypes };
  const since = filter.since === null ? '' : 'AND a.ingestedAt >= datetime($since)';
  if (filter.ids === null) {
    return db.read<ArticlePageRow>(
      `MATCH (a:${Label.Article}) WHERE a.id > $after ${since}
       WITH a ORDER BY a.id LIMIT $batch
       RETURN a.id AS id, ${projection('a', properties)} AS props`,
      params,
    );
  }
  return db.read<ArticlePageRow>(
    `CALL () {
       MATCH (x:${Label.Entity})-[r]->(y:${Label.Entity})
       ${where(['x.id IN $ids', 'type(r) IN $types', ...entityConditions('x', filter), ...entityConditions('y', filter)])}
       MATCH (:${Label.Evidence} {factId: r.id})-[:${LinkType.FROM_ARTICLE}]->(a:${Label.Article})
       WHERE a.id > $after ${since}
       RETURN DISTINCT a
     }
     WITH a ORDER BY a.id LIMIT $batch
     RETURN a.id AS id, ${projection('a', properties)} AS props`,
    params,
  );
}

/** The next page of facts of one type whose two ends are exported entities, each with its evidence in id order. */
export async function factPage(
  db: Database,
  options: {
    filter: PageFilter;
    type: FactType;
    properties: readonly string[];
    evidenceProperties: readonly string[];
    after: string;
    batch: number;
  },
): Promise<FactPageRow[]> {
  const { filter, type, properties, evidenceProperties, after, batch } = options;
  return db.read<FactPageRow>(
    `MATCH (a:${Label.Entity})-[r:${type}]->(b:${Label.Entity})
     ${where(['r.id > $after', ...entityConditions('a', filter), ...entityConditions('b', filter)])}
     WITH a, r, b ORDER BY r.id LIMIT $batch
     RETURN r.id AS id, a.id AS source, b.id AS target, ${projection('r', properties)} AS props,
            COLLECT { MATCH (e:${Label.Evidence} {factId: r.id}) RETURN ${projection('e', ['id', ...evidenceProperties])} AS ev ORDER BY e.id } AS evidence`,
    { after, batch: neo4j.int(batch), since: filter.since, ids: filter.ids },
  );
}

/** How many entities, articles and facts of the selection there are: the total of a progress bar. */
export async function countSelection(
  db: Database,
  options: { filter: PageFilter; factTypes: readonly FactType[] },
): Promise<number> {
  const { filter, factTypes } = options;
  const params = { since: filter.since, ids: filter.ids };
  const [entities] = await db.read<{ count: number }>(
    `MATCH (n:${Label.Entity}) ${where(entityConditions('n', filter))} RETURN count(n) AS count`,
    params,
  );
  const [articles] = await db.read<{ count: number }>(
    `MATCH (a:${Label.Article}) ${filter.since === null ? '' : 'WHERE a.ingestedAt >= datetime($since)'} RETURN count(a) AS count`,
    params,
  );
  let facts = 0;
  for (const type of factTypes) {
    const [row] = await db.read<{ count: number }>(
      `MATCH (a:${Label.Entity})-[r:${type}]->(b:${Label.Entity})
       ${where([...entityConditions('a', filter), ...entityConditions('b', filter)])}
       RETURN count(r) AS count`,
      params,
    );
    facts += row?.count ?? 0;
  }
  return (entities?.count ?? 0) + (filter.ids === null ? (articles?.count ?? 0) : 0) + facts;
}

/** Values to write, split by how Cypher must convert them. */
export interface TypedProps {
  /** Strings, numbers, booleans, lists, and `neo4j.int` integers: set as they are (null removes). */
  plain: Record<string, unknown>;
  /** ISO dates, converted with `date()`. */
  dates: Record<string, string>;
  /** ISO instants, converted with `datetime()`. */
  datetimes: Record<string, string>;
}

export interface EntityImportRow extends TypedProps {
  id: string;
}

export interface ArticleImportRow extends TypedProps {
  id: string;
}

export interface EvidenceImportRow extends TypedProps {
  id: string;
  articleId: string | null;
}

export interface FactImportRow extends TypedProps {
  id: string;
  source: string;
  target: string;
  evidence: EvidenceImportRow[];
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function texts(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function integer(value: unknown): number | null {
  if (neo4j.isInt(value)) return value.toNumber();
  return typeof value === 'number' ? value : null;
}

function entityRow(label: EntityLabel, row: EntityImportRow): EntityRow {
  const { name, aliases, resolutionNotes, ...props } = row.plain;
  if (typeof name !== 'string')
    throw new Error(`expected the entity "${row.id}" to have a name, but got ${JSON.stringify(name)}`);
  return {
    id: row.id,
    label,
    name,
    aliases: texts(aliases),
    notes: texts(resolutionNotes),
    props,
    dates: row.dates,
    createdAt: row.datetimes.createdAt ?? null,
    updatedAt: row.datetimes.updatedAt ?? null,
  };
}

function articleRow(row: ArticleImportRow): ArticleRow {
  const { plain } = row;
  return {
    id: row.id,
    url: text(plain.url),
    title: text(plain.title),
    source: text(plain.source),
    publishedAt: row.dates.publishedAt ?? null,
    contentHash: text(plain.contentHash),
    path: text(plain.path),
    extractorVersion: text(plain.extractorVersion),
    body: text(plain.body),
    ingestedAt: row.datetimes.ingestedAt ?? null,
  };
}

function evidenceRow(type: FactType, factId: string, row: EvidenceImportRow): EvidenceRow {
  const { plain } = row;
  return {
    id: row.id,
    factId,
    factType: type,
    articleId: row.articleId,
    quote: text(plain.quote) ?? '',
    sentence: text(plain.sentence),
    start: integer(plain.start),
    end: integer(plain.end),
    confidence: typeof plain.confidence === 'number' ? plain.confidence : 0,
    rule: text(plain.rule),
    extractorVersion: text(plain.extractorVersion) ?? '',
    date: row.dates.date ?? null,
    datePrecision: text(plain.datePrecision),
    former: typeof plain.former === 'boolean' ? plain.former : null,
  };
}

/** Writes entities of one label through the entity writer, keeping the file's timestamps. */
export async function importEntities(
  db: Database,
  label: EntityLabel,
  rows: readonly EntityImportRow[],
): Promise<void> {
  await mergeEntities(
    db,
    rows.map((row) => entityRow(label, row)),
  );
}

export async function importArticles(db: Database, rows: readonly ArticleImportRow[]): Promise<void> {
  await mergeArticles(db, rows.map(articleRow));
}

/**
 * Writes facts of one type between existing entities, and their evidence, linked to its article when the article
 * is in the graph. Facts and evidence of one batch are written in one transaction.
 */
export async function importFacts(db: Database, type: FactType, rows: readonly FactImportRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db.transaction(async (tx) => {
    await mergeFacts(
      tx,
      rows.map((row) => ({
        id: row.id,
        type,
        from: row.source,
        to: row.target,
        props: row.plain,
        dates: row.dates,
        createdAt: row.datetimes.createdAt ?? null,
      })),
    );
    await mergeEvidence(
      tx,
      rows.flatMap((row) => row.evidence.map((ev) => evidenceRow(type, row.id, ev))),
    );
  });
}

/** Which of `ids` name an entity (or, with `articles`, an article) in the graph: the import checks references. */
export async function existingIds(
  db: Database,
  options: { ids: readonly string[]; articles: boolean },
): Promise<Set<string>> {
  if (options.ids.length === 0) return new Set();
  const label = options.articles ? Label.Article : Label.Entity;
  const rows = await db.read<{ id: string }>(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n.id AS id`, {
    ids: options.ids,
  });
  return new Set(rows.map((row) => row.id));
}
