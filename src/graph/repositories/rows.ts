/**
 * Row shapes shared by the repositories, and the Cypher fragments that project them: one map projection per row,
 * converted to plain values at the boundary by `Database` (Integer → number, temporal → ISO string).
 */
import {
  ENTITY_LABELS,
  FactType,
  Label,
  LinkType,
  type AgreementKind,
  type AgreementStatus,
  type DatePrecision,
  type EntityLabel,
  type EventKind,
  type OrganizationKind,
  type ParticipantRole,
} from '../model.js';

/** An entity node of any type; the fields of other types are absent. Dates are ISO strings (YYYY-MM-DD). */
export interface EntityRow {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
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

export interface ArticleRow {
  id: string;
  title: string | null;
  url: string | null;
  source: string | null;
  publishedAt: string | null;
}

export interface EvidenceRow {
  id: string;
  quote: string;
  sentence: string | null;
  start: number | null;
  end: number | null;
  confidence: number | null;
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

/** One fact seen from one of its ends (`key`): the other end, the fact's properties and its evidence. */
export interface NeighbourRow {
  key: string;
  factId: string;
  role: ParticipantRole | null;
  eventId: string | null;
  delegationOf: string | null;
  other: EntityRow;
  /** The event named by `eventId` (ACCOMPANIED_BY, RECEIVED_VISIT_FROM), when there is one. */
  event: EntityRow | null;
  evidence: EvidenceRow[];
}

const ENTITY_LABEL_LIST = ENTITY_LABELS.map((label) => `'${label}'`).join(', ');

/** Cypher map projection of the entity bound to `variable` into an `EntityRow`. */
export function entityProjection(variable: string): string {
  return `${variable} { .*, searchText: null, label: head([l IN labels(${variable}) WHERE l IN [${ENTITY_LABEL_LIST}]]), aliases: coalesce(${variable}.aliases, []) }`;
}

/** Cypher expression collecting the `EvidenceRow`s of the fact relationship bound to `variable`, oldest first. */
export function evidenceOf(variable: string): string {
  return `COLLECT {
    MATCH (ev:${Label.Evidence} {factId: ${variable}.id})
    OPTIONAL MATCH (ev)-[:${LinkType.FROM_ARTICLE}]->(a:${Label.Article})
    RETURN ev { .id, .quote, .sentence, .start, .end, .confidence, .date, .datePrecision,
                extractorVersion: coalesce(ev.extractorVersion, 'unknown'),
                article: a { .id, .title, .url, .source, .publishedAt } } AS evidence
    ORDER BY ev.date, ev.id
  }`;
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
