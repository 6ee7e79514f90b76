/**
 * Row shapes shared by the repositories, and the Cypher fragments that project them: one map projection per row,
 * converted to plain values at the boundary by `Database` (Integer → number, temporal → ISO string).
 */
import {
  type AgreementKind,
  type AgreementStatus,
  type DatePrecision,
  ENTITY_LABELS,
  type EntityLabel,
  type EventKind,
  FactType,
  Label,
  LinkType,
  type OrganizationKind,
  type ParticipantRole,
} from '../model.js';

/**
 * An entity node of any type; the fields of other types are absent, and so are the fields a relation's query did
 * not select (`ENTITY_FIELDS`). Dates are ISO strings (YYYY-MM-DD).
 */
export interface EntityRow {
  id: string;
  label: EntityLabel;
  name: string;
  aliases?: string[];
  honorifics?: string[] | null;
  acronym?: string | null;
  kind?: OrganizationKind | EventKind | AgreementKind | null;
  iso2?: string | null;
  title?: string | null;
  date?: string | null;
  datePrecision?: DatePrecision | null;
  endDate?: string | null;
  place?: string | null;
  status?: AgreementStatus | null;
  periodStart?: string | null;
  periodEnd?: string | null;
  topics?: string[] | null;
}

/** An article's metadata; an evidence's article carries only the fields the query selects of it besides the id. */
export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
}

/** A piece of evidence; in the API's relations, only the fields the query asked for (`EVIDENCE_FIELDS`). */
export interface EvidenceRow {
  id: string;
  quote: string;
  sentence: string | null;
  start: number | null;
  end: number | null;
  confidence: number | null;
  rule: string | null;
  extractorVersion: string;
  date: string | null;
  datePrecision: DatePrecision | null;
  article: ArticleRow | null;
}

/** One fact relationship with its ends and evidence. */
export interface FactRow {
  id: string;
  type: FactType;
  fromId: string;
  toId: string;
  role: ParticipantRole | null;
  eventId: string | null;
  evidence: EvidenceRow[];
}

/** One fact seen from one of its ends: the other end, the fact's properties and its evidence. */
export interface NeighbourRow {
  factId: string;
  role: ParticipantRole | null;
  eventId: string | null;
  delegationOf: string | null;
  other: EntityRow;
  /** The event named by `eventId` (ACCOMPANIED_BY, RECEIVED_VISIT_FROM), when there is one. */
  event: EntityRow | null;
  evidence: EvidenceRow[];
}

/** The fields of an `EntityRow` a query may ask for besides its id, name and label (all are GraphQL field names). */
export const ENTITY_FIELDS = [
  'aliases',
  'honorifics',
  'acronym',
  'kind',
  'iso2',
  'title',
  'date',
  'endDate',
  'place',
  'status',
  'topics',
  'periodStart',
  'periodEnd',
] as const;
export type EntityField = (typeof ENTITY_FIELDS)[number];

/** The projection of each field of `EntityRow` each entity type has (`%`: the variable), by the field asking for it. */
const FIELDS_OF_LABEL: Readonly<Record<EntityLabel, Partial<Record<EntityField, string>>>> = {
  Person: { honorifics: '.honorifics' },
  Organization: { acronym: '.acronym', kind: '.kind' },
  Country: { iso2: '.iso2' },
  Position: { title: '.title' },
  Event: {
    kind: '.kind',
    date: '.datePrecision, date: toString(%.date)',
    endDate: 'endDate: toString(%.endDate)',
    place: '.place',
  },
  Agreement: {
    kind: '.kind',
    status: '.status',
    topics: '.topics',
    periodStart: 'periodStart: toString(%.periodStart)',
    periodEnd: 'periodEnd: toString(%.periodEnd)',
  },
};

/** The fields every row of an entity carries whatever is asked: the answers filter and order events by date. */
const ALWAYS: readonly EntityField[] = ['date', 'endDate'];

/**
 * Cypher map projection of the entity bound to `variable` into an `EntityRow`: its id, name and label, and those
 * of `fields` (all by default) that the entity types it may have (all when not given) have, dates as ISO strings
 * made by Neo4j. Keeping answers small matters: decoding a large answer costs more than running the query.
 */
export function entityProjection(
  variable: string,
  labels: readonly EntityLabel[] = ENTITY_LABELS,
  fields: readonly EntityField[] = ENTITY_FIELDS,
): string {
  const wanted = new Set([...fields, ...ALWAYS]);
  const projected = [
    ...new Set(
      labels.flatMap((label) =>
        Object.entries(FIELDS_OF_LABEL[label])
          .filter(([field]) => wanted.has(field as EntityField))
          .map(([, projection]) => projection.replaceAll('%', variable)),
      ),
    ),
  ];
  const label =
    labels.length === 1
      ? `'${labels[0]}'`
      : `head([l IN labels(${variable}) WHERE l IN [${labels.map((l) => `'${l}'`).join(', ')}]])`;
  const aliases = wanted.has('aliases') ? `, aliases: coalesce(${variable}.aliases, [])` : '';
  return `${variable} { .id, .name, ${projected.map((field) => `${field}, `).join('')}label: ${label}${aliases} }`;
}

/**
 * The fields of an `EvidenceRow` a query may ask for. `article` loads the article's id; each `article.<field>` one
 * more of its fields, so that an answer carries what the query selects of the article and nothing else.
 */
export const EVIDENCE_FIELDS = [
  'id',
  'quote',
  'sentence',
  'start',
  'end',
  'confidence',
  'rule',
  'extractorVersion',
  'date',
  'article',
  'article.title',
  'article.url',
  'article.source',
  'article.publishedAt',
] as const;
export type EvidenceField = (typeof EVIDENCE_FIELDS)[number];

type ArticleField = Extract<EvidenceField, `article.${string}`>;

const ARTICLE_PROJECTION: Readonly<Record<ArticleField, string>> = {
  'article.title': '.title',
  'article.url': '.url',
  'article.source': '.source',
  'article.publishedAt': 'publishedAt: toString(a.publishedAt)',
};

const EVIDENCE_PROJECTION: Readonly<Record<Exclude<EvidenceField, 'article' | ArticleField>, string>> = {
  id: '.id',
  quote: '.quote',
  sentence: '.sentence',
  start: '.start',
  end: '.end',
  confidence: '.confidence',
  rule: '.rule',
  extractorVersion: "extractorVersion: coalesce(ev.extractorVersion, 'unknown')",
  date: '.datePrecision, date: toString(ev.date)',
};

function isArticleField(field: EvidenceField): field is ArticleField {
  return field.startsWith('article.');
}

/** The projection of one evidence field; `article` with the article's fields among `fields`. */
function projectionOf(field: EvidenceField, fields: readonly EvidenceField[]): string | null {
  if (isArticleField(field)) return null;
  if (field !== 'article') return EVIDENCE_PROJECTION[field];
  const article = fields.filter(isArticleField).map((name) => ARTICLE_PROJECTION[name]);
  return `article: a { ${['.id', ...article].join(', ')} }`;
}

/**
 * Which rows of a relation a field's arguments keep, decided in its statement: those whose event is dated within
 * [from, to] (both inclusive and optional; an undated row is left out once a bound is given), and those of `role`.
 * A null member keeps every row.
 */
export interface RowFilter {
  readonly from: string | null;
  readonly to: string | null;
  readonly role: string | null;
}

/** What a relation's rows carry: the fields of each fact's evidence, and of each entity at its ends. */
export interface RowShape {
  readonly evidence: readonly EvidenceField[];
  readonly entity: readonly EntityField[];
  /** The name the parameters of a `RowFilter` start with (`filterParameters`): only the rows it keeps. Absent: all. */
  readonly filter?: string;
}

/**
 * The parameters of `filter` for a statement whose rows are filtered under the name `name`: one scalar per member
 * (the planner keeps its index seeks with these, where with one map parameter it may scan an index instead).
 */
export function filterParameters(name: string, filter: RowFilter): Record<string, string | null> {
  return { [`${name}_from`]: filter.from, [`${name}_to`]: filter.to, [`${name}_role`]: filter.role };
}

/**
 * Cypher expression collecting the `EvidenceRow`s of the fact relationship bound to `variable`, oldest first,
 * with the given fields only (all by default); an empty list of fields loads no evidence at all.
 */
export function evidenceOf(variable: string, fields: readonly EvidenceField[] = EVIDENCE_FIELDS): string {
  if (fields.length === 0) return '[]';
  const article = fields.includes('article')
    ? `OPTIONAL MATCH (ev)-[:${LinkType.FROM_ARTICLE}]->(a:${Label.Article})`
    : '';
  const projection = fields.map((field) => projectionOf(field, fields)).filter((field) => field !== null);
  return `COLLECT {
    MATCH (ev:${Label.Evidence} {factId: ${variable}.id})
    ${article}
    RETURN ev { ${projection.join(', ')} } AS evidence
    ORDER BY ev.date, ev.id
  }`;
}

/**
 * The body of a `CALL (id, type) { … }` that binds the fact relationship `r` and its ends `from` and `to`, given
 * variables holding its id and its type (as Evidence.factType stores it): one seek of the type's id index per type,
 * where a pattern over every type at once may scan them.
 */
export function factById(idVariable: string, typeVariable: string): string {
  return Object.values(FactType)
    .map(
      (type) => `WITH ${idVariable}, ${typeVariable} WHERE ${typeVariable} = '${type}'
     MATCH (from)-[r:${type} {id: ${idVariable}}]->(to) RETURN r, from, to`,
    )
    .join('\n     UNION ALL\n     ');
}

/** Relationship type alternation of every fact type, for patterns over "any fact". */
export const ANY_FACT = Object.values(FactType).join('|');

/** Groups rows by `key` and answers them in the order of `keys`, an empty list for a key without rows. */
export function groupByKey<Row extends { key: string }>(keys: readonly string[], rows: readonly Row[]): Row[][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const group = groups.get(row.key);
    if (group) group.push(row);
    else groups.set(row.key, [row]);
  }
  return keys.map((key) => groups.get(key) ?? []);
}
