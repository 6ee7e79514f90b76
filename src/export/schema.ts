/**
 * The exchange schema shared by every export format and by the import: which properties each schema (entity label,
 * `Article`, fact type) carries and their types. docs/export.md documents the same tables; properties not listed
 * here (such as the derived `searchText`) are not exported.
 */
import { ENTITY_LABELS, type EntityLabel, FACT_TYPES, type FactType } from '../graph/model.js';

/** JSON types of the exchange format; `date` is YYYY-MM-DD, `datetime` an ISO 8601 instant as Neo4j prints it. */
export type PropertyType = 'string' | 'string[]' | 'integer' | 'float' | 'boolean' | 'date' | 'datetime';

export type PropertyTable = Readonly<Record<string, PropertyType>>;

export const ARTICLE_SCHEMA = 'Article';
export const EVIDENCE_SCHEMA = 'Evidence';

/** Every value of the `schema` field of a JSON line. */
export type LineSchema = EntityLabel | typeof ARTICLE_SCHEMA | FactType;

const ENTITY_COMMON: PropertyTable = {
  name: 'string',
  aliases: 'string[]',
  resolutionNotes: 'string[]',
  createdAt: 'datetime',
  updatedAt: 'datetime',
};

/** Properties of each entity schema, common ones first. */
export const ENTITY_PROPERTIES: Readonly<Record<EntityLabel, PropertyTable>> = {
  Person: { ...ENTITY_COMMON, honorifics: 'string[]' },
  Organization: { ...ENTITY_COMMON, acronym: 'string', kind: 'string' },
  Country: { ...ENTITY_COMMON, iso2: 'string' },
  Position: { ...ENTITY_COMMON, title: 'string' },
  Event: { ...ENTITY_COMMON, kind: 'string', date: 'date', datePrecision: 'string', endDate: 'date', place: 'string' },
  Agreement: {
    ...ENTITY_COMMON,
    kind: 'string',
    status: 'string',
    periodStart: 'date',
    periodEnd: 'date',
    topics: 'string[]',
  },
};

export const ARTICLE_PROPERTIES: PropertyTable = {
  url: 'string',
  title: 'string',
  source: 'string',
  publishedAt: 'date',
  contentHash: 'string',
  path: 'string',
  extractorVersion: 'string',
  ingestedAt: 'datetime',
  body: 'string',
};

/** Properties of each fact type (the statement's own; its evidence is listed apart). */
export const FACT_PROPERTIES: Readonly<Record<FactType, PropertyTable>> = {
  HOLDS_POSITION: {
    firstSeen: 'date',
    firstSeenPrecision: 'string',
    lastSeen: 'date',
    lastSeenPrecision: 'string',
    former: 'boolean',
    createdAt: 'datetime',
  },
  POSITION_OF: { createdAt: 'datetime' },
  ACCREDITED_TO: { createdAt: 'datetime' },
  PARTICIPATED_IN: { role: 'string', createdAt: 'datetime' },
  ACCOMPANIED_BY: { eventId: 'string', createdAt: 'datetime' },
  LED_BY: { delegationOf: 'string', createdAt: 'datetime' },
  RECEIVED_VISIT_FROM: { eventId: 'string', createdAt: 'datetime' },
  FOLLOW_UP_OF: { createdAt: 'datetime' },
  PARTY_TO: { createdAt: 'datetime' },
  LOCATED_IN: { createdAt: 'datetime' },
};

/**
 * Fields of one piece of evidence inside a statement. `article` is the Evidence node's `articleId` (null for
 * evidence entered by an analyst); the fact id and type are the statement's.
 */
export const EVIDENCE_PROPERTIES: PropertyTable = {
  article: 'string',
  quote: 'string',
  sentence: 'string',
  start: 'integer',
  end: 'integer',
  extractorVersion: 'string',
  confidence: 'float',
  rule: 'string',
  date: 'date',
  datePrecision: 'string',
  former: 'boolean',
};

export function isEntitySchema(value: string): value is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(value);
}

export function isFactSchema(value: string): value is FactType {
  return (FACT_TYPES as readonly string[]).includes(value);
}

/** Names of every property of every entity schema, in table order and without repeats (for one projection). */
export function allEntityProperties(): string[] {
  return [...new Set(ENTITY_LABELS.flatMap((label) => Object.keys(ENTITY_PROPERTIES[label])))];
}

export function allFactProperties(): string[] {
  return [...new Set(FACT_TYPES.flatMap((type) => Object.keys(FACT_PROPERTIES[type])))];
}

/** The type of a property wherever it appears among entities (the same name has one type in every schema). */
export function entityPropertyType(name: string): PropertyType {
  for (const label of ENTITY_LABELS) {
    const type = ENTITY_PROPERTIES[label][name];
    if (type) return type;
  }
  return 'string';
}

export function factPropertyType(name: string): PropertyType {
  for (const type of FACT_TYPES) {
    const found = FACT_PROPERTIES[type][name];
    if (found) return found;
  }
  return 'string';
}

/** A JSON value of the exchange format. */
export type ExchangeValue = string | number | boolean | string[];
export type ExchangeProperties = Record<string, ExchangeValue>;

/** A line of the JSON Lines export for an entity or an article. */
export interface EntityRecord {
  id: string;
  schema: EntityLabel | typeof ARTICLE_SCHEMA;
  properties: ExchangeProperties;
}

/** One piece of evidence of a statement: its id, then the fields of EVIDENCE_PROPERTIES. */
export type EvidenceRecord = { id: string } & ExchangeProperties;

/** A line of the JSON Lines export for a fact. */
export interface StatementRecord {
  id: string;
  schema: FactType;
  source: string;
  target: string;
  properties: ExchangeProperties;
  evidence: EvidenceRecord[];
}

/**
 * Keeps the properties of `table`, in table order, converted to exchange values; null and missing values are left
 * out so that a property is either present with a value or absent.
 */
export function pickProperties(table: PropertyTable, raw: Readonly<Record<string, unknown>>): ExchangeProperties {
  const out: ExchangeProperties = {};
  for (const [name, type] of Object.entries(table)) {
    const value = raw[name];
    if (value === null || value === undefined) continue;
    out[name] = toExchangeValue(type, value);
  }
  return out;
}

function toExchangeValue(type: PropertyType, value: unknown): ExchangeValue {
  switch (type) {
    case 'string[]':
      return Array.isArray(value) ? value.map(String) : [String(value)];
    case 'integer':
    case 'float':
      return typeof value === 'number' ? value : Number(value);
    case 'boolean':
      return value === true;
    case 'date':
      // A datetime stored where a date is expected still exports as its day.
      return String(value).slice(0, 10);
    case 'string':
    case 'datetime':
      return String(value);
  }
}
