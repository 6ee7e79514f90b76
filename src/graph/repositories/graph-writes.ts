/**
 * Idempotent writes of the model (`UNWIND $rows … MERGE` on stable ids): entities, facts, articles and evidence.
 * Used by the analyst corrections and by the fixture graph of the API tests.
 */
import neo4j from 'neo4j-driver';
import type { Database, Tx } from '../database.js';
import { Label, LinkType, type EntityLabel, type FactType } from '../model.js';

/** A value as written: ISO dates (YYYY-MM-DD) in `dates` become Neo4j `Date`s. */
type Scalar = string | number | boolean | null | string[];

export interface EntityWrite {
  id: string;
  name: string;
  aliases?: string[];
  acronym?: string | null;
  /** Other properties of the type: kind, honorifics, title, place, status, topics, iso2, datePrecision, … */
  props?: Record<string, Scalar>;
  /** Date properties: date, endDate, periodStart, periodEnd. */
  dates?: Record<string, string | null>;
}

export interface FactWrite {
  id: string;
  fromId: string;
  toId: string;
  props?: Record<string, Scalar>;
  /** firstSeen, lastSeen. */
  dates?: Record<string, string | null>;
}

export interface ArticleWrite {
  id: string;
  url: string | null;
  title: string | null;
  source: string | null;
  publishedAt: string | null;
  contentHash: string;
  path: string | null;
}

export interface EvidenceWrite {
  id: string;
  factId: string;
  articleId: string | null;
  quote: string;
  sentence: string | null;
  start: number | null;
  end: number | null;
  confidence: number;
  extractorVersion: string;
  date: string | null;
  datePrecision: string | null;
}

type Runner = Pick<Database, 'write'> | Tx;

function run(runner: Runner, cypher: string, params: Record<string, unknown>): Promise<unknown[]> {
  return 'write' in runner ? runner.write(cypher, params) : runner.run(cypher, params);
}

/** A Neo4j `Date` for an ISO date string (YYYY-MM-DD). */
export function toNeo4jDate(iso: string): InstanceType<typeof neo4j.types.Date> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new RangeError(`expected an ISO date such as 2018-09-19, but got "${iso}"`);
  return new neo4j.types.Date(Number(match[1]), Number(match[2]), Number(match[3]));
}

function withDates(props: Record<string, Scalar> | undefined, dates: Record<string, string | null> | undefined): Record<string, unknown> {
  const converted = Object.fromEntries(
    Object.entries(dates ?? {}).map(([key, value]) => [key, value === null ? null : toNeo4jDate(value)]),
  );
  return { ...(props ?? {}), ...converted };
}

/** The text the full-text index `entity_search` reads: name, aliases and acronym joined by ` | `. */
export function searchTextOf(entity: { name: string; aliases?: readonly string[]; acronym?: string | null }): string {
  return [entity.name, ...(entity.aliases ?? []), ...(entity.acronym ? [entity.acronym] : [])].join(' | ');
}

/** Creates or updates entities of one label. */
export async function upsertEntities(runner: Runner, label: EntityLabel, rows: readonly EntityWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await run(
    runner,
    `UNWIND $rows AS row
     MERGE (n:${Label.Entity}:${label} {id: row.id})
     ON CREATE SET n.createdAt = datetime()
     SET n += row.props, n.name = row.name, n.aliases = row.aliases, n.searchText = row.searchText,
         n.updatedAt = datetime()`,
    {
      rows: rows.map((row) => ({
        id: row.id,
        name: row.name,
        aliases: row.aliases ?? [],
        searchText: searchTextOf(row),
        props: { ...withDates(row.props, row.dates), ...(row.acronym === undefined ? {} : { acronym: row.acronym }) },
      })),
    },
  );
}

/** Creates or updates facts of one type between existing entities. */
export async function upsertFacts(runner: Runner, type: FactType, rows: readonly FactWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await run(
    runner,
    `UNWIND $rows AS row
     MATCH (a:${Label.Entity} {id: row.fromId}), (b:${Label.Entity} {id: row.toId})
     MERGE (a)-[r:${type} {id: row.id}]->(b)
     SET r += row.props`,
    { rows: rows.map((row) => ({ id: row.id, fromId: row.fromId, toId: row.toId, props: withDates(row.props, row.dates) })) },
  );
}

export async function upsertArticles(runner: Runner, rows: readonly ArticleWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await run(
    runner,
    `UNWIND $rows AS row
     MERGE (a:${Label.Article} {id: row.id})
     SET a += row.props, a.ingestedAt = datetime()`,
    {
      rows: rows.map(({ id, publishedAt, ...rest }) => ({ id, props: withDates(rest, { publishedAt }) })),
    },
  );
}

/** Creates or updates evidence, linked to its article when it has one. */
export async function upsertEvidence(runner: Runner, rows: readonly EvidenceWrite[]): Promise<void> {
  if (rows.length === 0) return;
  await run(
    runner,
    `UNWIND $rows AS row
     MERGE (ev:${Label.Evidence} {id: row.id})
     SET ev += row.props
     WITH ev, row
     OPTIONAL MATCH (a:${Label.Article} {id: row.props.articleId})
     FOREACH (_ IN CASE WHEN a IS NULL THEN [] ELSE [1] END | MERGE (ev)-[:${LinkType.FROM_ARTICLE}]->(a))`,
    {
      rows: rows.map(({ id, date, start, end, ...rest }) => ({
        id,
        props: {
          ...withDates(rest, { date }),
          // Offsets are integers; a JavaScript number would be stored as a float.
          start: start === null ? null : neo4j.int(start),
          end: end === null ? null : neo4j.int(end),
        },
      })),
    },
  );
}

