/**
 * Validation of one line of a JSON Lines file against the exchange schema (docs/export.md): the schema is known,
 * the id has that schema's prefix, every property is one of the schema's with the right type and, where the model
 * has an enumeration, one of its values. Pure: references to other records are checked by the importer.
 */

import {
  ARTICLE_PROPERTIES,
  ARTICLE_SCHEMA,
  ENTITY_PROPERTIES,
  EVIDENCE_PROPERTIES,
  FACT_PROPERTIES,
  isEntitySchema,
  isFactSchema,
  type PropertyTable,
  type PropertyType,
} from '../export/schema.js';
import {
  AgreementKind,
  AgreementStatus,
  DatePrecision,
  ENTITY_LABELS,
  type EntityLabel,
  EventKind,
  FACT_ENDPOINTS,
  FACT_TYPES,
  type FactType,
  labelOfId,
  OrganizationKind,
  ParticipantRole,
} from '../graph/model.js';

/** A property value as read: null removes the property from the graph. */
export type ImportValue = string | number | boolean | string[] | null;
export type ImportProperties = Record<string, ImportValue>;

export interface ImportEvidence {
  id: string;
  properties: ImportProperties;
}

export type ImportRecord =
  | { kind: 'entity'; id: string; schema: EntityLabel; properties: ImportProperties }
  | { kind: 'article'; id: string; properties: ImportProperties }
  | {
      kind: 'statement';
      id: string;
      schema: FactType;
      source: string;
      target: string;
      properties: ImportProperties;
      evidence: ImportEvidence[];
    };

/** A line that does not follow the schema; the message is one sentence without the line number. */
export class LineError extends Error {
  override readonly name = 'LineError';
}

const SCHEMAS = [...ENTITY_LABELS, ARTICLE_SCHEMA, ...FACT_TYPES].join(', ');

/** Allowed values of enumerated properties, by `<schema>.<property>` (`*` for any schema). */
const ENUMS: Readonly<Record<string, readonly string[]>> = {
  'Organization.kind': Object.values(OrganizationKind),
  'Event.kind': Object.values(EventKind),
  'Agreement.kind': Object.values(AgreementKind),
  'Agreement.status': Object.values(AgreementStatus),
  'PARTICIPATED_IN.role': Object.values(ParticipantRole),
  '*.datePrecision': Object.values(DatePrecision),
  '*.firstSeenPrecision': Object.values(DatePrecision),
  '*.lastSeenPrecision': Object.values(DatePrecision),
};

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const DATETIME =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}(:\d{2})?)(\[[A-Za-z0-9_/+-]+\])?$/;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  return typeof value === 'object' ? 'an object' : String(value);
}

function typeError(where: string, name: string, expected: string, value: unknown): LineError {
  return new LineError(`${where}.${name} expects ${expected}, but got ${describe(value)}.`);
}

/** Why `value` is not of `type`, or null when it is. */
function typeMismatch(type: PropertyType, value: unknown): string | null {
  switch (type) {
    case 'string':
      return typeof value === 'string' ? null : 'a string';
    case 'string[]':
      return Array.isArray(value) && value.every((item) => typeof item === 'string') ? null : 'a list of strings';
    case 'integer':
      return typeof value === 'number' && Number.isSafeInteger(value) ? null : 'a whole number';
    case 'float':
      return typeof value === 'number' && Number.isFinite(value) ? null : 'a number';
    case 'boolean':
      return typeof value === 'boolean' ? null : 'true or false';
    case 'date':
      return typeof value === 'string' && DATE.test(value) ? null : 'a date such as 2018-09-19';
    case 'datetime':
      return typeof value === 'string' && DATETIME.test(value)
        ? null
        : 'an ISO 8601 date and time such as 2024-05-01T10:20:30Z';
  }
}

/** One property of a schema as checked: its type and, for an enumeration, its values. */
interface PropertyRule {
  readonly type: PropertyType;
  readonly allowed: readonly string[] | null;
}

/** The rules of each table (a table belongs to one schema), built once: a file checks the same few on every line. */
const RULES = new WeakMap<PropertyTable, ReadonlyMap<string, PropertyRule>>();

function rulesOf(schema: string, table: PropertyTable): ReadonlyMap<string, PropertyRule> {
  let rules = RULES.get(table);
  if (!rules) {
    rules = new Map(
      Object.entries(table).map(([name, type]) => [
        name,
        { type, allowed: ENUMS[`${schema}.${name}`] ?? ENUMS[`*.${name}`] ?? null },
      ]),
    );
    RULES.set(table, rules);
  }
  return rules;
}

/** The properties of `raw` but `skip` (a field of the line itself), checked against the schema's table. */
function checkProperties(
  schema: string,
  table: PropertyTable,
  raw: unknown,
  where: string,
  skip?: string,
): ImportProperties {
  if (!isObject(raw)) throw new LineError(`${where} expects an object, but got ${describe(raw)}.`);
  const rules = rulesOf(schema, table);
  const out: ImportProperties = {};
  for (const name in raw) {
    if (name === skip || !Object.hasOwn(raw, name)) continue;
    const value = raw[name];
    const rule = rules.get(name);
    if (!rule) {
      throw new LineError(`${schema} has no property "${name}": expected one of ${Object.keys(table).join(', ')}.`);
    }
    if (value !== null) {
      const expected = typeMismatch(rule.type, value);
      if (expected !== null) throw typeError(where, name, expected, value);
      if (rule.allowed && !rule.allowed.includes(value as string)) {
        throw typeError(where, name, `one of ${rule.allowed.join(', ')}`, value);
      }
    }
    out[name] = value as ImportValue;
  }
  return out;
}

function checkKeys(record: Record<string, unknown>, allowed: readonly string[], what: string): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key))
      throw new LineError(`A ${what} line has no field "${key}": expected ${allowed.join(', ')}.`);
  }
}

function requireString(record: Record<string, unknown>, field: string, what: string): string {
  const value = record[field];
  if (typeof value !== 'string' || value.length === 0) {
    throw new LineError(`The field "${field}" of a ${what} expects a non-empty string, but got ${describe(value)}.`);
  }
  return value;
}

function checkEndpoint(type: FactType, end: 'source' | 'target', id: string): void {
  const label = labelOfId(id);
  const allowed = FACT_ENDPOINTS[type][end === 'source' ? 'from' : 'to'];
  if (!label || !allowed.includes(label)) {
    throw new LineError(
      `The ${end} of a ${type} statement must be a ${allowed.join(' or ')}, but "${id}" is ${label ? `a ${label}` : 'no entity id'}.`,
    );
  }
}

function parseEvidence(raw: unknown, index: number): ImportEvidence {
  const where = `evidence[${index}]`;
  if (!isObject(raw)) throw new LineError(`${where} expects an object, but got ${describe(raw)}.`);
  const id = requireString(raw, 'id', where);
  const properties = checkProperties('Evidence', EVIDENCE_PROPERTIES, raw, where, 'id');
  if (typeof properties.quote !== 'string') throw new LineError(`${where} needs its quote.`);
  return { id, properties };
}

/** Parses and checks one line; throws a LineError saying what is wrong. */
export function parseLine(text: string): ImportRecord {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new LineError(`It is not valid JSON (${(error as Error).message}).`);
  }
  if (!isObject(value)) throw new LineError(`Each line must be a JSON object, but got ${describe(value)}.`);
  const schema = value.schema;
  if (typeof schema !== 'string' || !(isEntitySchema(schema) || isFactSchema(schema) || schema === ARTICLE_SCHEMA)) {
    throw new LineError(`Unknown schema ${describe(schema)}: expected one of ${SCHEMAS}.`);
  }
  const id = requireString(value, 'id', `${schema} line`);
  if (isEntitySchema(schema)) {
    checkKeys(value, ['id', 'schema', 'properties'], 'entity');
    if (labelOfId(id) !== schema)
      throw new LineError(`The id "${id}" is not the id of a ${schema}: a ${schema} id starts with its type prefix.`);
    const properties = checkProperties(schema, ENTITY_PROPERTIES[schema], value.properties, 'properties');
    if (typeof properties.name !== 'string' || properties.name.length === 0)
      throw new LineError(`The ${schema} "${id}" needs a name.`);
    return { kind: 'entity', id, schema, properties };
  }
  if (schema === ARTICLE_SCHEMA) {
    checkKeys(value, ['id', 'schema', 'properties'], 'article');
    if (!id.startsWith('article:'))
      throw new LineError(`The id "${id}" is not the id of an Article: it starts with "article:".`);
    return {
      kind: 'article',
      id,
      properties: checkProperties(schema, ARTICLE_PROPERTIES, value.properties ?? {}, 'properties'),
    };
  }
  checkKeys(value, ['id', 'schema', 'source', 'target', 'properties', 'evidence'], 'statement');
  if (!id.startsWith('fact:')) throw new LineError(`The id "${id}" is not the id of a fact: it starts with "fact:".`);
  const source = requireString(value, 'source', `${schema} statement`);
  const target = requireString(value, 'target', `${schema} statement`);
  checkEndpoint(schema, 'source', source);
  checkEndpoint(schema, 'target', target);
  const properties = checkProperties(schema, FACT_PROPERTIES[schema], value.properties ?? {}, 'properties');
  if (!Array.isArray(value.evidence) || value.evidence.length === 0) {
    throw new LineError(`The ${schema} statement "${id}" has no evidence: every fact needs at least one piece.`);
  }
  const evidence = value.evidence.map(parseEvidence);
  return { kind: 'statement', id, schema, source, target, properties, evidence };
}
