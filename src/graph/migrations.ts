/**
 * Constraints and indexes of docs/model.md, applied at every start. Each statement is `IF NOT EXISTS`, so applying
 * them again changes nothing; `awaitIndexes` waits until they are online before the service takes traffic.
 */
import type { Database } from './database.js';
import {
  ARTICLE_SEARCH_INDEX,
  ENTITY_LABELS,
  ENTITY_SEARCH_INDEX,
  EntityLabel,
  FACT_TYPES,
  FACTS_AT_EVENTS,
  Label,
} from './model.js';

function uniqueId(label: string): string {
  return `CREATE CONSTRAINT ${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`;
}

function nodeIndex(label: string, property: string): string {
  return `CREATE INDEX ${label.toLowerCase()}_${property.toLowerCase()} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`;
}

/** A text index, for `CONTAINS` on a property (the event list's place filter). */
function textIndex(label: string, property: string): string {
  return `CREATE TEXT INDEX ${label.toLowerCase()}_${property.toLowerCase()}_text IF NOT EXISTS FOR (n:${label}) ON (n.${property})`;
}

/** The plain index that earlier versions kept on a fact type's `id`; the uniqueness constraint replaces it. */
function oldFactIdIndex(type: string): string {
  return `DROP INDEX fact_${type.toLowerCase()}_id IF EXISTS`;
}

/** A fact id names one relationship in the whole graph (its type is part of the id, so unique per type suffices). */
function uniqueFactId(type: string): string {
  return `CREATE CONSTRAINT fact_${type.toLowerCase()}_id_unique IF NOT EXISTS FOR ()-[r:${type}]-() REQUIRE r.id IS UNIQUE`;
}

/** Facts that happened at an event are found by `eventId` (who accompanied whom at an event, visits received). */
function factEventIndex(type: string): string {
  return `CREATE INDEX fact_${type.toLowerCase()}_event_id IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.eventId)`;
}

/** The schema statements, in order. Labels and types come from model.ts constants, never from input. */
export function migrationStatements(): string[] {
  return [
    ...[Label.Entity, ...ENTITY_LABELS, Label.Article, Label.Evidence, Label.Change, Label.Merged].map(uniqueId),
    'CREATE CONSTRAINT country_iso2 IF NOT EXISTS FOR (n:Country) REQUIRE n.iso2 IS UNIQUE',
    nodeIndex(Label.Evidence, 'factId'),
    nodeIndex(Label.Evidence, 'articleId'),
    nodeIndex(Label.Article, 'contentHash'),
    nodeIndex('Event', 'date'),
    nodeIndex(Label.Change, 'factId'),
    // The filters of the list roots (src/graph/repositories/lists.ts) that a list starts from.
    nodeIndex(EntityLabel.Person, 'name'),
    nodeIndex(EntityLabel.Country, 'name'),
    nodeIndex(EntityLabel.Organization, 'kind'),
    nodeIndex(EntityLabel.Event, 'kind'),
    nodeIndex(EntityLabel.Agreement, 'kind'),
    nodeIndex(EntityLabel.Agreement, 'status'),
    nodeIndex(EntityLabel.Agreement, 'periodStart'),
    textIndex(EntityLabel.Event, 'place'),
    ...FACT_TYPES.map(oldFactIdIndex),
    ...FACT_TYPES.map(uniqueFactId),
    ...FACTS_AT_EVENTS.map(factEventIndex),
    `CREATE FULLTEXT INDEX ${ENTITY_SEARCH_INDEX} IF NOT EXISTS FOR (n:${ENTITY_LABELS.join('|')}) ON EACH [n.searchText]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
    nodeIndex(Label.Article, 'publishedAt'),
    nodeIndex(Label.Evidence, 'confidence'),
    `CREATE CONSTRAINT review_item_id IF NOT EXISTS FOR (n:${Label.Review}) REQUIRE n.itemId IS UNIQUE`,
    `CREATE FULLTEXT INDEX ${ARTICLE_SEARCH_INDEX} IF NOT EXISTS FOR (n:${Label.Article}) ON EACH [n.title, n.body]
     OPTIONS { indexConfig: { \`fulltext.analyzer\`: 'standard-folding', \`fulltext.eventually_consistent\`: false } }`,
  ];
}

/** Applies every schema statement and waits for the indexes to come online. */
export async function applyMigrations(db: Database): Promise<{ statements: number }> {
  const statements = migrationStatements();
  for (const statement of statements) {
    await db.write(statement);
  }
  await db.write('CALL db.awaitIndexes(300)');
  return { statements: statements.length };
}
