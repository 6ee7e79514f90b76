/** Extracts the entities and relations of one article: pure, deterministic, no I/O beyond the cached lexicon. */
import type { Article } from '../read/index.js';
import { loadLexicon, type Lexicon } from '../lexicon/index.js';
import { findAgreements } from './agreements.js';
import { compileLexicon } from './compiled-lexicon.js';
import { yearsInText, type DateContext } from './dates.js';
import { buildDoc, type Doc } from './document.js';
import { EntityBook } from './entity-book.js';
import { findMainEvent, firstDate } from './events.js';
import { findPersonMentions } from './mentions.js';
import { slugify } from './names.js';
import { resolvePeople } from './people.js';
import { applyCues, Confidence, makeRelation, type Actor } from './relations.js';
import { EXTRACTOR_VERSION, type Attributes, type Extraction, type ExtractedRelation, type RelationType } from './types.js';

/** Options of {@link extractArticle}. */
export interface ExtractOptions {
  /** Lexicon to use. Default: the bundled one ({@link loadLexicon}). */
  readonly lexicon?: Lexicon;
  /** The publishing agency: internal posts with no organisation written ("Direktur Kerja Sama Bilateral") are its posts. Default "bnpt". */
  readonly homeOrganization?: string;
  /** The publishing agency's country. Default "ID". */
  readonly homeCountry?: string;
}

/** Extracts one article. The same article and options always give the same result. */
export function extractArticle(article: Article, options: ExtractOptions = {}): Extraction {
  const lex = compileLexicon(options.lexicon ?? loadLexicon());
  const doc = buildDoc(article.text, lex, { country: options.homeCountry ?? 'ID', organization: options.homeOrganization ?? 'bnpt' });
  const publishedAt = article.header.publishedAt ?? null;
  const dateCtx: DateContext = { publishedAt, textYears: yearsInText(article.text) };
  const book = new EntityBook(doc);
  const relations = new Map<string, ExtractedRelation>();
  const add = (type: RelationType, from: string, to: string, attributes: Attributes, span: { first: number; end: number }, confidence: number): void => {
    if (from === to) return;
    const key = `${type}|${from}|${to}|${String(attributes.role ?? '')}`;
    const existing = relations.get(key);
    if (existing && existing.evidence.confidence >= confidence) return;
    relations.set(key, makeRelation(doc, type, from, to, attributes, span, confidence));
  };

  const actors: Actor[] = [];
  for (const org of doc.orgAt.values()) actors.push({ first: org.first, end: org.end, id: book.addOrganisation(org), kind: 'org' });
  for (const c of doc.countryAt.values()) actors.push({ first: c.first, end: c.end, id: book.addCountry(c.iso2, c.surface), kind: 'country' });

  const people = resolvePeople(doc, findPersonMentions(doc), book);
  for (const r of people.refs) actors.push({ first: r.first, end: r.end, id: r.personId, kind: 'person' });
  // A person mention covers its posts' organisations; the person is the actor there, not the organisation.
  const personSpans = people.refs;
  const visible = actors.filter((a) => a.kind === 'person' || !personSpans.some((p) => a.first >= p.first && a.end <= p.end));
  visible.sort((a, b) => a.first - b.first || b.end - a.end);

  const event = findMainEvent(doc, dateCtx);
  const hash8 = article.contentHash.slice(0, 8);
  let eventId: string | null = null;
  if (event) {
    eventId = `event:${hash8}:1`;
    const kindLabel = event.kind.replace(/_/g, ' ');
    book.addEntity(eventId, 'Event', event.name ?? `${kindLabel.charAt(0).toUpperCase()}${kindLabel.slice(1)}${event.date ? ` ${event.date.date}` : ''}`, {
      kind: event.kind,
      name: event.name,
      date: event.date?.date ?? null,
      datePrecision: event.date?.precision ?? null,
      ...(event.date?.endDate ? { endDate: event.date.endDate } : {}),
      ...(event.date?.weekdayConsistent === false ? { weekdayConsistent: false } : {}),
      place: event.place,
      country: event.country ? `country:${event.country}` : null,
    });
    if (event.country) {
      const countryId = book.addCountry(event.country);
      add('LOCATED_IN', eventId, countryId, {}, { first: event.cueFirst, end: event.cueEnd }, 0.7);
    }
  }
  const when = event?.date ?? (publishedAt ? { date: publishedAt, precision: 'day' as const } : firstDate(doc, dateCtx));

  for (const h of people.holdings) {
    const span = { first: h.mentionFirst, end: h.mentionEnd };
    add('HOLDS_POSITION', h.personId, h.positionId, {
      ...(when ? { date: when.date, datePrecision: when.precision } : {}),
      ...(h.former ? { former: true } : {}),
    }, span, 0.85);
    if (h.orgId) add('POSITION_OF', h.positionId, h.orgId, {}, { first: h.phrase.first, end: h.phrase.end }, 0.85);
    for (const c of h.phrase.accreditedTo) add('ACCREDITED_TO', h.positionId, book.addCountry(c), {}, { first: h.phrase.first, end: h.phrase.end }, 0.85);
  }

  const principalRole = !event?.country || event.country === doc.homeCountry ? 'HOST' : 'DELEGATION_LEAD';
  applyCues({ doc, actors: visible, refs: people.refs, eventId, principalRole, sink: { add } });
  addAgreements(doc, dateCtx, book, eventId, add, hash8);

  for (const org of doc.orgAt.values()) {
    const place = org.locatedIn;
    if (place) add('LOCATED_IN', `org:${org.key}`, book.addCountry(place), {}, { first: org.first, end: org.end }, 0.6);
  }

  return {
    article: {
      title: article.header.title ?? null,
      url: article.header.url ?? null,
      publishedAt,
      source: article.header.source ?? sourceFromUrl(article.header.url),
      contentHash: article.contentHash,
    },
    entities: book.all(),
    relations: [...relations.values()].sort((a, b) => a.evidence.start - b.evidence.start || a.type.localeCompare(b.type)),
    extractorVersion: EXTRACTOR_VERSION,
  };
}

type Add = (type: RelationType, from: string, to: string, attributes: Attributes, span: { first: number; end: number }, confidence: number) => void;

/** Agreements, their parties, and what follows them up ("sebagai tindak lanjut …"). */
function addAgreements(doc: Doc, ctx: DateContext, book: EntityBook, eventId: string | null, add: Add, hash8: string): void {
  const agreements = findAgreements(doc, ctx);
  for (const a of agreements) {
    book.addEntity(a.id, 'Agreement', a.name, {
      kind: a.kind,
      status: a.status,
      periodStart: a.periodStart,
      periodEnd: a.periodEnd,
      ...(a.signedAt ? { signedAt: a.signedAt, signedPrecision: a.signedPrecision } : {}),
      topics: a.topics,
      parties: a.parties,
    });
    const first = a.mentions[0];
    if (!first) continue;
    for (const p of a.parties) {
      if (p.startsWith('country:')) book.addCountry(p.slice(8));
      else if (!book.has(p)) book.addKnownOrganisation(p.slice(4));
      add('PARTY_TO', p, a.id, {}, first, 0.7);
    }
    // An agreement still to be negotiated is the outcome of the meeting that planned it, when the sentence that
    // plans it speaks of that meeting ("Pertemuan yang berlangsung … akan melakukan pembahasan MoU").
    const atMeeting = a.status === 'planned' && eventId ? a.mentions.find((m) => sentenceNamesEvent(doc, m.sentence)) : undefined;
    if (atMeeting && eventId) add('FOLLOW_UP_OF', a.id, eventId, {}, atMeeting, Confidence.structure);
  }
  let earlier = 1;
  doc.sentences.forEach((s, k) => {
    const cue = doc.lex.cueLists.get('followUp')?.findAll(doc.tokens, s.first, s.last)[0];
    if (!cue || !eventId) return;
    const target = agreements.flatMap((a) => a.mentions.map((m) => ({ a, m }))).find(({ m }) => m.sentence === k && m.first >= cue.end);
    if (target) {
      add('FOLLOW_UP_OF', eventId, target.a.id, {}, { first: cue.first, end: target.m.end }, 0.8);
      return;
    }
    const prior = doc.lex.eventKinds.findAll(doc.tokens, cue.end, s.last)[0];
    if (!prior) return;
    const startChar = doc.tokens[prior.first]?.start ?? s.start;
    const date = doc.lex.dates.find(doc.text, startChar, s.end)[0];
    const resolved = date ? firstDate(doc, ctx, { ...s, start: date.start, end: date.end }) ?? resolveMonth(date.year, date.month) : null;
    const id = `event:${hash8}:${++earlier}`;
    const name = doc.text.slice(startChar, date ? date.end : (doc.tokens[prior.end - 1]?.end ?? startChar)).replace(/\s+/g, ' ');
    book.addEntity(id, 'Event', name, { kind: prior.value.kind, name, date: resolved?.date ?? null, datePrecision: resolved?.precision ?? null, place: null });
    add('FOLLOW_UP_OF', eventId, id, {}, { first: cue.first, end: prior.end }, 0.65);
  });
}

function sentenceNamesEvent(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  return !!s && doc.lex.eventKinds.findAll(doc.tokens, s.first, s.last).length > 0;
}

function resolveMonth(year: number | undefined, month: number | undefined): { date: string; precision: 'month' | 'year' } | null {
  if (!year) return null;
  if (!month) return { date: `${year}-01-01`, precision: 'year' };
  return { date: `${year}-${String(month).padStart(2, '0')}-01`, precision: 'month' };
}

function sourceFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return null;
  }
}

