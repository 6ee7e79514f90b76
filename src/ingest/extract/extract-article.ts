/** Extracts the entities and relations of one article: pure, deterministic, no I/O beyond the cached lexicon. */

import { type Lexicon, loadLexicon } from '../lexicon/index.js';
import type { Article } from '../read/index.js';
import { findAgreements } from './agreements.js';
import { compileLexicon } from './compiled-lexicon.js';
import { type DateContext, yearsInText } from './dates.js';
import { buildDoc, type Doc, datesIn, spanText } from './document.js';
import { EntityBook } from './entity-book.js';
import { entityMentions, type TokenMention } from './entity-mentions.js';
import { type EventFinding, findMainEvent, firstDate } from './events.js';
import { findPersonMentions } from './mentions.js';
import { resolvePeople } from './people.js';
import { findReferredEvents, participantsOf, type ReferredEvent } from './referred-events.js';
import { type Actor, applyCues, Confidence, makeRelation, type RelationSink } from './relations.js';
import { EXTRACTOR_VERSION, type ExtractedRelation, type Extraction } from './types.js';

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
  const doc = buildDoc(article.text, lex, {
    country: options.homeCountry ?? 'ID',
    organization: options.homeOrganization ?? 'bnpt',
  });
  const publishedAt = article.header.publishedAt ?? null;
  const dateCtx: DateContext = { publishedAt, textYears: yearsInText(article.text) };
  const book = new EntityBook(doc);
  const relations = new Map<string, ExtractedRelation>();
  const add: Add = (type, from, to, attributes, span, confidence, rule) => {
    if (from === to) return;
    const key = `${type}|${from}|${to}|${String(attributes.role ?? '')}`;
    const existing = relations.get(key);
    if (existing && existing.evidence.confidence >= confidence) return;
    relations.set(key, makeRelation(doc, type, from, to, attributes, span, confidence, rule));
  };

  const actors: Actor[] = [];
  for (const org of doc.orgAt.values())
    actors.push({ first: org.first, end: org.end, id: book.addOrganisation(org), kind: 'org' });
  for (const c of doc.countryAt.values())
    actors.push({ first: c.first, end: c.end, id: book.addCountry(c.iso2, c.surface), kind: 'country' });

  const personMentions = findPersonMentions(doc);
  const people = resolvePeople(doc, personMentions, book);
  for (const r of people.refs) actors.push({ first: r.first, end: r.end, id: r.personId, kind: 'person' });
  // A person mention covers its posts' organisations; the person is the actor there, not the organisation.
  const personSpans = people.refs;
  const visible = actors.filter(
    (a) => a.kind === 'person' || !personSpans.some((p) => a.first >= p.first && a.end <= p.end),
  );
  visible.sort((a, b) => a.first - b.first || b.end - a.end);

  const event = findMainEvent(doc, dateCtx);
  const hash8 = article.contentHash.slice(0, 8);
  const eventId: string | null = event ? addEvent(book, add, `event:${hash8}:1`, event) : null;
  const when =
    event?.date ?? (publishedAt ? { date: publishedAt, precision: 'day' as const } : firstDate(doc, dateCtx));

  for (const h of people.holdings) {
    const span = { first: h.mentionFirst, end: h.mentionEnd };
    add(
      'HOLDS_POSITION',
      h.personId,
      h.positionId,
      {
        ...(when ? { date: when.date, datePrecision: when.precision } : {}),
        ...(h.former ? { former: true } : {}),
      },
      span,
      Confidence.clause,
      // An acting holder's reading, so that the tenure can say so.
      h.phrase.acting ? 'post/acting' : 'post',
    );
    if (h.orgId)
      add(
        'POSITION_OF',
        h.positionId,
        h.orgId,
        {},
        { first: h.phrase.first, end: h.phrase.end },
        Confidence.clause,
        'post',
      );
    for (const c of h.phrase.accreditedTo)
      add(
        'ACCREDITED_TO',
        h.positionId,
        book.addCountry(c),
        {},
        { first: h.phrase.first, end: h.phrase.end },
        Confidence.clause,
        'post',
      );
  }

  const principalRole = !event?.country || event.country === doc.homeCountry ? 'HOST' : 'DELEGATION_LEAD';
  applyCues({ doc, actors: visible, refs: people.refs, eventId, principalRole, sink: { add } });
  // Referred events in the order of time (undated last), so that ids follow the timeline.
  const referred = sortByDate(findReferredEvents(doc, dateCtx, event, visible)).map((e, k) => {
    const id = addEvent(book, add, `event:${hash8}:${k + 2}`, e);
    for (const p of e.participants)
      add(
        'PARTICIPATED_IN',
        p.id,
        id,
        { role: 'PARTICIPANT' },
        { first: Math.min(p.first, e.cueFirst), end: Math.max(p.end, e.cueEnd) },
        Confidence.structure,
        'eventClause',
      );
    return { ...e, id };
  });
  const agreementsAndEarlier = addAgreements(doc, dateCtx, book, eventId, add, { hash8, referred });
  if (event && eventId) {
    // Whoever the main event's own clause names takes part, whatever the cues said ("X membicarakan … dengan Y").
    const s = doc.sentences[event.sentence];
    const { subject, met } = participantsOf(doc, visible, {
      first: event.cueFirst,
      end: event.cueEnd,
      clauseStart: s?.first ?? 0,
      clauseEnd: s?.last ?? 0,
      visit: event.kind.endsWith('visit'),
    });
    const lead =
      subject ??
      visible.find((a) => a.kind === 'person' && s !== undefined && a.first >= s.first && a.end <= event.cueFirst);
    for (const p of [lead, ...met]) {
      if (
        !p ||
        p.kind === 'country' ||
        [...relations.values()].some((r) => r.type === 'PARTICIPATED_IN' && r.from === p.id && r.to === eventId)
      )
        continue;
      add(
        'PARTICIPATED_IN',
        p.id,
        eventId,
        { role: p === lead ? principalRole : 'PARTICIPANT' },
        { first: Math.min(p.first, event.cueFirst), end: Math.max(p.end, event.cueEnd) },
        Confidence.structure,
        'eventClause',
      );
    }
  }
  const roles = [...relations.values()].filter((r) => r.type === 'PARTICIPATED_IN' || r.type === 'RECEIVED_VISIT_FROM');
  if (event && eventId && !event.name)
    book.rename(eventId, describeEvent(book, event, eventId, roles, doc.homeCountry));
  for (const e of referred) if (!e.name) book.rename(e.id, describeReferredEvent(book, doc, e));

  for (const org of doc.orgAt.values()) {
    const place = org.locatedIn;
    if (place)
      add(
        'LOCATED_IN',
        `org:${org.key}`,
        book.addCountry(place),
        {},
        { first: org.first, end: org.end },
        Confidence.structure,
        'organisationPlace',
      );
  }

  const entities = book.all();
  const named: TokenMention[] = [
    ...actors.filter((a) => a.kind !== 'person').map((a) => ({ entity: a.id, first: a.first, end: a.end })),
    ...agreementsAndEarlier,
    ...(event && eventId ? [{ entity: eventId, first: event.cueFirst, end: event.cueEnd }] : []),
    ...referred.map((e) => ({ entity: e.id, first: e.cueFirst, end: e.cueEnd })),
  ];
  const mentions = entityMentions(doc, {
    people,
    personMentions,
    others: named,
    kept: new Set(entities.map((e) => e.id)),
  });

  return {
    article: {
      title: article.header.title ?? null,
      url: article.header.url ?? null,
      publishedAt,
      source: article.header.source ?? sourceFromUrl(article.header.url),
      contentHash: article.contentHash,
    },
    entities,
    relations: [...relations.values()].sort(
      (a, b) => a.evidence.start - b.evidence.start || a.type.localeCompare(b.type),
    ),
    mentions,
    extractorVersion: EXTRACTOR_VERSION,
  };
}

/** How many tokens may stand between a follow-up cue and what it follows ("tindak lanjut dari hasil pertemuan"). */
const FOLLOW_UP_REACH = 3;

/** What the rules call to add a relation: the sink of ./relations.ts as a function. */
type Add = RelationSink['add'];

/** Agreements, their parties, and what follows them up ("sebagai tindak lanjut …"). */
function addAgreements(
  doc: Doc,
  ctx: DateContext,
  book: EntityBook,
  eventId: string | null,
  add: Add,
  events: { hash8: string; referred: readonly (ReferredEvent & { id: string })[] },
): TokenMention[] {
  const agreements = findAgreements(doc, ctx);
  const mentioned: TokenMention[] = agreements.flatMap((a) =>
    a.mentions.map((m) => ({ entity: a.id, first: m.first, end: m.end })),
  );
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
    // Every form the article wrote is an alias, so that search finds "Nota Kesepahaman" as well as "MoU".
    // A verb ("sepakat") states an agreement but does not name it.
    for (const m of a.mentions)
      if (!doc.lex.agreeingVerbs.matchAt(doc.tokens, m.first, m.end)) book.alias(a.id, spanText(doc, m.first, m.end));
    const first = a.mentions[0];
    if (!first) continue;
    for (const p of a.parties) {
      if (p.startsWith('country:')) book.addCountry(p.slice(8));
      else if (!book.has(p)) book.addKnownOrganisation(p.slice(4));
      // Parties the text states are read; parties of an unnamed agreement taken from the states around it are guessed.
      if (a.partiesStated) add('PARTY_TO', p, a.id, {}, first, Confidence.clause, 'agreementParties');
      else add('PARTY_TO', p, a.id, {}, first, Confidence.guess, 'agreementParties/statesAround');
    }
    // An agreement still to be negotiated is the outcome of the meeting that planned it, when the sentence that
    // plans it speaks of that meeting ("Pertemuan yang berlangsung … akan melakukan pembahasan MoU").
    const atMeeting =
      a.status === 'planned' && eventId ? a.mentions.find((m) => sentenceNamesEvent(doc, m.sentence)) : undefined;
    if (atMeeting && eventId)
      add('FOLLOW_UP_OF', a.id, eventId, {}, atMeeting, Confidence.structure, 'plannedAtMeeting');
  }
  let earlier = events.referred.length + 1;
  doc.sentences.forEach((s, k) => {
    const cue = doc.lex.cueLists.get('followUp')?.findAll(doc.tokens, s.first, s.last)[0];
    if (!cue || !eventId) return;
    // What is followed up is the complement of the cue: the agreement or meeting named right after it ("tindak
    // lanjut (dari) pertemuan JWG …", "sebagaimana disepakati dalam Nota Kesepahaman …"), not any later in the sentence.
    const complementEnd = cue.end + FOLLOW_UP_REACH;
    const target = agreements
      .flatMap((a) => a.mentions.map((m) => ({ a, m })))
      .find(({ m }) => m.sentence === k && m.first >= cue.end && m.first <= complementEnd);
    if (target) {
      add(
        'FOLLOW_UP_OF',
        eventId,
        target.a.id,
        {},
        { first: cue.first, end: target.m.end },
        Confidence.clause,
        'followUp',
      );
      return;
    }
    const prior = doc.lex.eventKinds.findAll(doc.tokens, cue.end, Math.min(s.last, complementEnd + 1))[0];
    if (!prior) return;
    // The earlier meeting may already be one of the article's events.
    const known = events.referred.find((e) => e.sentence === k && e.cueFirst >= cue.end);
    if (known) {
      add('FOLLOW_UP_OF', eventId, known.id, {}, { first: cue.first, end: prior.end }, Confidence.clause, 'followUp');
      return;
    }
    const startChar = doc.tokens[prior.first]?.start ?? s.start;
    const date = datesIn(doc, startChar, s.end)[0];
    const resolved = date
      ? (firstDate(doc, ctx, { ...s, start: date.start, end: date.end }) ?? resolveMonth(date.year, date.month))
      : null;
    const id = `event:${events.hash8}:${++earlier}`;
    const name = doc.text
      .slice(startChar, date ? date.end : (doc.tokens[prior.end - 1]?.end ?? startChar))
      .replace(/\s+/g, ' ');
    book.addEntity(id, 'Event', name, {
      kind: prior.value.kind,
      name,
      date: resolved?.date ?? null,
      datePrecision: resolved?.precision ?? null,
      place: null,
    });
    add('FOLLOW_UP_OF', eventId, id, {}, { first: cue.first, end: prior.end }, Confidence.clause, 'followUp');
    mentioned.push({ entity: id, first: prior.first, end: prior.end });
  });
  return mentioned;
}

/** Adds an event found in the text, and where it took place; returns its id. */
function addEvent(book: EntityBook, add: Add, id: string, event: EventFinding): string {
  const kindLabel = event.kind.replace(/_/g, ' ');
  book.addEntity(
    id,
    'Event',
    event.name ?? `${kindLabel.charAt(0).toUpperCase()}${kindLabel.slice(1)}${event.date ? ` ${event.date.date}` : ''}`,
    {
      kind: event.kind,
      name: event.name,
      date: event.date?.date ?? null,
      datePrecision: event.date?.precision ?? null,
      ...(event.date?.endDate ? { endDate: event.date.endDate } : {}),
      ...(event.date?.weekdayConsistent === false ? { weekdayConsistent: false } : {}),
      place: event.place,
      country: event.country ? `country:${event.country}` : null,
    },
  );
  if (event.country)
    add(
      'LOCATED_IN',
      id,
      book.addCountry(event.country),
      {},
      { first: event.cueFirst, end: event.cueEnd },
      Confidence.structure,
      'eventPlace',
    );
  return id;
}

const GUEST_ROLES = new Set(['GUEST', 'DELEGATION_MEMBER']);
const PRINCIPAL_ROLES = new Set(['HOST', 'DELEGATION_LEAD']);

/**
 * A name for an event the text does not name, from who took part: "Courtesy visit of Ali Rashid Alnuaimi to Eddy
 * Hartono", "Working visit of Suhardi Alius to Germany", "Meeting of Suhardi Alius and Osman Bin Yaser Almahriji".
 */
function describeEvent(
  book: EntityBook,
  event: EventFinding,
  id: string,
  roles: readonly ExtractedRelation[],
  homeCountry: string,
): string {
  const nameOf = (entityId: string): string => book.get(entityId)?.name ?? entityId;
  // A visit is named by who received whom, as its RECEIVED_VISIT_FROM says, before any role.
  const visit = roles.find(
    (r) => r.type === 'RECEIVED_VISIT_FROM' && r.attributes.event === id && r.to.startsWith('person:'),
  );
  if (visit && event.kind.endsWith('visit')) {
    const kind = event.kind.replace(/_/g, ' ');
    return `${kind.charAt(0).toUpperCase()}${kind.slice(1)} of ${nameOf(visit.to)} to ${nameOf(visit.from)}`;
  }
  const mine = roles.filter((r) => r.type === 'PARTICIPATED_IN' && r.to === id && !r.from.startsWith('country:'));
  const byRole = (set: ReadonlySet<string>): string[] => [
    ...new Set(mine.filter((r) => set.has(String(r.attributes.role))).map((r) => r.from)),
  ];
  const principal = byRole(PRINCIPAL_ROLES)[0];
  const guest = byRole(GUEST_ROLES).find((g) => g !== principal);
  const other = guest ?? mine.map((r) => r.from).find((p) => p !== principal && p.startsWith('person:'));
  const kind = event.kind.replace(/_/g, ' ');
  const Kind = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
  const where = event.country && event.country !== homeCountry ? nameOf(`country:${event.country}`) : event.place;
  if (event.kind === 'courtesy_visit' && principal && guest)
    return `${Kind} of ${nameOf(guest)} to ${nameOf(principal)}`;
  if (event.kind === 'working_visit' && principal && where) return `${Kind} of ${nameOf(principal)} to ${where}`;
  if (principal && other) return `${Kind} of ${nameOf(principal)} and ${nameOf(other)}`;
  const anyone = principal ?? other;
  if (anyone) return `${Kind} of ${nameOf(anyone)}${where ? `, ${where}` : ''}`;
  return where ? `${Kind}, ${where}` : (book.get(id)?.name ?? Kind);
}

/**
 * A name for an event the release refers to: "Meeting of Boy Rafli Amar with Elizabeth Truss", "Meeting with Daniel
 * Whitfield", else the words that name it ("pertemuan JWG ke-5 pada Maret 2022").
 */
function describeReferredEvent(book: EntityBook, doc: Doc, e: ReferredEvent): string {
  const nameOf = (id: string): string => book.get(id)?.name ?? id;
  const kind = e.kind.replace(/_/g, ' ');
  const Kind = `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
  const names = [...new Set(e.met.filter((a) => a.id !== e.subject?.id).map((a) => nameOf(a.id)))]
    .slice(0, 3)
    .join(' and ');
  const link = e.kind.endsWith('visit') ? 'to' : 'with';
  if (e.subject && names) return `${Kind} of ${nameOf(e.subject.id)} ${link} ${names}`;
  if (names) return `${Kind} ${link} ${names}`;
  const s = doc.sentences[e.sentence];
  const date = s ? datesIn(doc, doc.tokens[e.cueFirst]?.start ?? s.start, s.end)[0] : undefined;
  const from = doc.tokens[e.cueFirst]?.start ?? 0;
  // Else the words from the cue to its date, or to the end of the noun phrase (a comma, a verb, six words).
  let last = e.cueEnd;
  while (
    s &&
    last < s.last &&
    last - e.cueFirst < 8 &&
    doc.tokens[last]?.word &&
    !doc.lex.activeVerb.test(doc.tokens[last]?.text ?? '')
  )
    last++;
  const to = date && date.end - from < 80 ? date.end : (doc.tokens[last - 1]?.end ?? from);
  const phrase = doc.text.slice(from, to).replace(/\s+/g, ' ').trim();
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

function sortByDate<T extends EventFinding>(events: readonly T[]): T[] {
  return [...events].sort(
    (a, b) => (a.date?.date ?? '9999').localeCompare(b.date?.date ?? '9999') || a.cueFirst - b.cueFirst,
  );
}

function sentenceNamesEvent(doc: Doc, sentence: number): boolean {
  const s = doc.sentences[sentence];
  return !!s && doc.lex.eventKinds.findAll(doc.tokens, s.first, s.last).length > 0;
}

function resolveMonth(
  year: number | undefined,
  month: number | undefined,
): { date: string; precision: 'month' | 'year' } | null {
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
