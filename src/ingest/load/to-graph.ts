/**
 * Maps a resolved extraction onto the graph model (pure): entity rows per label, fact rows per relationship type
 * with stable ids, and one evidence row per relation. src/graph/ingest-repository.ts writes them.
 */

import { articleIdOf, discriminatorOf, evidenceIdOf, factIdOf } from '../../graph/ids.js';
import type { GraphBatch } from '../../graph/ingest-repository.js';
import { type EntityLabel, FACT_TYPES, FACTS_AT_EVENTS, FactType } from '../../graph/model.js';
import type { ArticleRow, EntityRow, EvidenceRow, FactRow } from '../../graph/writers/index.js';
import type { Attributes, AttributeValue, ExtractedEntity, ExtractedRelation, Extraction } from '../extract/types.js';

function text(value: AttributeValue | undefined): string | null {
  return typeof value === 'string' && value.trim() !== ''
    ? value.trim()
    : typeof value === 'number'
      ? String(value)
      : null;
}

function list(value: AttributeValue | undefined): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string' && item !== '');
  const single = text(value);
  return single === null ? [] : [single];
}

/** Enumerations travel lower-case in the extraction format and upper-case in the graph. */
function enumValue(value: AttributeValue | undefined): string | null {
  const raw = text(value);
  return raw === null ? null : raw.toUpperCase().replace(/[\s-]+/g, '_');
}

/** "2015" → 2015-01-01 (start) or 2015-12-31 (end); "2015-03" → its first or last day; a full date as is. */
export function boundOf(value: AttributeValue | undefined, side: 'start' | 'end'): string | null {
  const raw = text(value);
  if (raw === null) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(raw)) return raw;
  const month = /^(\d{4})-(\d{2})$/.exec(raw);
  if (month) {
    const [year, mm] = [Number(month[1]), Number(month[2])];
    const last = new Date(Date.UTC(year, mm, 0)).getUTCDate();
    return `${month[1]}-${month[2]}-${side === 'start' ? '01' : String(last).padStart(2, '0')}`;
  }
  if (/^\d{4}$/.test(raw)) return side === 'start' ? `${raw}-01-01` : `${raw}-12-31`;
  return null;
}

/** Label-specific properties and dates of an entity (docs/model.md). */
function propsOf(entity: ExtractedEntity): Pick<EntityRow, 'props' | 'dates'> {
  const a: Attributes = entity.attributes;
  switch (entity.type) {
    case 'Person':
      return { props: { honorifics: list(a.honorifics) }, dates: {} };
    case 'Organization':
      return { props: { acronym: text(a.acronym), kind: enumValue(a.kind) ?? 'OTHER' }, dates: {} };
    case 'Country':
      return { props: { iso2: text(a.iso2) }, dates: {} };
    case 'Position':
      return { props: { title: text(a.title) }, dates: {} };
    case 'Event':
      return {
        props: { kind: enumValue(a.kind) ?? 'OTHER', datePrecision: enumValue(a.datePrecision), place: text(a.place) },
        dates: { date: boundOf(a.date, 'start'), endDate: boundOf(a.endDate, 'end') },
      };
    case 'Agreement':
      return {
        props: { kind: enumValue(a.kind) ?? 'OTHER', status: enumValue(a.status), topics: list(a.topics) },
        dates: { periodStart: boundOf(a.periodStart, 'start'), periodEnd: boundOf(a.periodEnd, 'end') },
      };
  }
}

function entityRows(extraction: Extraction, notes: ReadonlyMap<string, string>): EntityRow[] {
  const byId = new Map<string, EntityRow>();
  for (const entity of extraction.entities) {
    const name = text(entity.attributes.displayName) ?? entity.name;
    const aliases = [entity.name, ...entity.aliases, ...list(entity.attributes.surfaceForms)].filter(
      (alias) => alias !== name,
    );
    const existing = byId.get(entity.id);
    if (existing) {
      existing.aliases = [...new Set([...existing.aliases, name, ...aliases])].filter(
        (alias) => alias !== existing.name,
      );
      continue;
    }
    const note = notes.get(entity.id);
    byId.set(entity.id, {
      id: entity.id,
      label: entity.type as EntityLabel,
      name,
      aliases: [...new Set(aliases)],
      ...propsOf(entity),
      notes: note ? [note] : [],
    });
  }
  return [...byId.values()];
}

function isFactType(type: string): type is FactType {
  return (FACT_TYPES as readonly string[]).includes(type);
}

function factProps(type: FactType, attributes: Attributes): Record<string, unknown> {
  // The facts that happened at an event name it, whatever their type: one table (model.ts) says which.
  if (FACTS_AT_EVENTS.includes(type)) return { eventId: text(attributes.event) };
  switch (type) {
    case FactType.PARTICIPATED_IN:
      return { role: enumValue(attributes.role) ?? 'PARTICIPANT' };
    case FactType.LED_BY:
      return { delegationOf: text(attributes.delegationOf) };
    default:
      return {};
  }
}

/** The date a relation speaks of: its own, else its event's, else the article's publication date. */
function dateOf(
  relation: ExtractedRelation,
  events: ReadonlyMap<string, ExtractedEntity>,
  publishedAt: string | null,
): [string | null, string | null] {
  const own = text(relation.attributes.date);
  if (own) return [boundOf(own, 'start'), enumValue(relation.attributes.datePrecision) ?? 'DAY'];
  const event =
    events.get(text(relation.attributes.event) ?? '') ?? events.get(relation.from) ?? events.get(relation.to);
  const eventDate = text(event?.attributes.date);
  if (event && eventDate) return [boundOf(eventDate, 'start'), enumValue(event.attributes.datePrecision) ?? 'DAY'];
  return publishedAt ? [publishedAt, 'DAY'] : [null, null];
}

export interface ToGraphOptions {
  /** Stable key of the article: its url, else its file name. */
  readonly articleKey: string;
  readonly path: string;
  /** The article's text, kept for the article reader; the offsets of evidence and mentions count characters in it. */
  readonly body?: string;
  /** Resolution notes per graph id (why a person took an existing id). */
  readonly notes?: ReadonlyMap<string, string>;
}

/** Builds the rows of one article. Relations whose type is not a fact of the model are ignored. */
export function toGraphBatch(extraction: Extraction, options: ToGraphOptions): GraphBatch {
  const id = articleIdOf(options.articleKey);
  const meta = extraction.article;
  const article: ArticleRow = {
    id,
    url: meta.url,
    title: meta.title,
    source: meta.source,
    publishedAt: meta.publishedAt,
    contentHash: meta.contentHash,
    path: options.path,
    extractorVersion: extraction.extractorVersion,
    ...(options.body === undefined ? {} : { body: options.body }),
  };
  const events = new Map(
    extraction.entities.filter((entity) => entity.type === 'Event').map((entity) => [entity.id, entity]),
  );
  const facts = new Map<string, FactRow>();
  const evidence: EvidenceRow[] = [];
  for (const relation of extraction.relations) {
    if (!isFactType(relation.type) || relation.from === relation.to) continue;
    const props = factProps(relation.type, relation.attributes);
    const fid = factIdOf({
      type: relation.type,
      fromId: relation.from,
      toId: relation.to,
      discriminator: discriminatorOf(relation.type, props),
    });
    if (!facts.has(fid)) facts.set(fid, { id: fid, type: relation.type, from: relation.from, to: relation.to, props });
    const [date, datePrecision] = dateOf(relation, events, meta.publishedAt);
    const { quote, sentence, start, end, confidence, rule } = relation.evidence;
    evidence.push({
      id: evidenceIdOf({ factId: fid, articleId: id, start, quote }),
      factId: fid,
      factType: relation.type,
      articleId: id,
      quote,
      sentence,
      start,
      end,
      confidence,
      rule,
      extractorVersion: extraction.extractorVersion,
      date,
      datePrecision,
      former: relation.attributes.former === true,
    });
  }
  const uniqueEvidence = [...new Map(evidence.map((row) => [row.id, row])).values()];
  return {
    article,
    entities: entityRows(extraction, options.notes ?? new Map()),
    facts: [...facts.values()],
    evidence: uniqueEvidence,
    mentions: extraction.mentions.map(({ entity, start, end, text }) => ({ entityId: entity, start, end, text })),
  };
}
