/**
 * A seeded synthetic graph in the model of docs/model.md, of about `nodes` nodes (entities, articles and evidence
 * together): officials who hold several posts in succession, events with 2–40 participants in several roles, who
 * accompanied whom, delegation leads and visits, chains of agreements that events follow up, and one piece of
 * evidence, from an article, for every fact. The same seed and size always give the same graph. Used by the query
 * benchmark (loaded with `loadSyntheticGraph`) and the export benchmark (written as JSON Lines).
 */
import { createHash } from 'node:crypto';
import { type DatePrecision, EntityLabel, FactType, ParticipantRole } from '../src/graph/model.js';
import type { EvidenceRow } from '../src/graph/writers/index.js';

/** A deterministic pseudo-random source (mulberry32): the same seed gives the same graph. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface SyntheticEntity {
  id: string;
  label: EntityLabel;
  name: string;
  aliases: string[];
  /** Label-specific properties stored as they are. */
  props: Record<string, unknown>;
  /** Label-specific dates (YYYY-MM-DD), stored as Neo4j `Date`s. */
  dates: Record<string, string>;
}

export interface SyntheticArticle {
  id: string;
  url: string;
  title: string;
  source: string;
  publishedAt: string;
  contentHash: string;
  path: string;
  extractorVersion: string;
}

export interface SyntheticFact {
  id: string;
  type: FactType;
  from: string;
  to: string;
  /** Fact properties; the dates among them are in `dates`. */
  props: Record<string, unknown>;
  dates: Record<string, string>;
}

/** Evidence as the ingest writes it, with a date always known. */
export interface SyntheticEvidence extends EvidenceRow {
  articleId: string;
  sentence: string;
  start: number;
  end: number;
  date: string;
  datePrecision: DatePrecision;
}

export interface SyntheticGraph {
  readonly entities: SyntheticEntity[];
  readonly articles: SyntheticArticle[];
  readonly facts: SyntheticFact[];
  readonly evidence: SyntheticEvidence[];
  /** Ids the benchmark queries pick their arguments from (all of ordinary degree, whatever the scale). */
  readonly samples: {
    persons: string[];
    events: string[];
    positions: string[];
    /** Pairs of persons that took part in one event with a third person: a path of 4 hops exists. */
    pairs: [string, string][];
    /** Countries other than Indonesia (which half of all events take place in), of about the same share of events. */
    countries: string[];
  };
  /** Node and relationship counts: entities + articles + evidence; facts + one FROM_ARTICLE per evidence. */
  readonly nodeCount: number;
  readonly relationshipCount: number;
}

export interface GenerateOptions {
  /** Approximate number of nodes, all labels together. */
  nodes: number;
  seed?: number;
}

const EXTRACTOR = 'bench-synthetic/1';
const COUNTRIES = [
  'ID',
  'JP',
  'FR',
  'AU',
  'NL',
  'VN',
  'MY',
  'SG',
  'TH',
  'PH',
  'US',
  'GB',
  'DE',
  'IT',
  'ES',
  'CN',
  'KR',
  'IN',
  'PK',
  'SA',
  'AE',
  'TR',
  'EG',
  'MA',
  'NZ',
  'CA',
  'RU',
  'BR',
  'MX',
  'AR',
  'BE',
  'SE',
  'NO',
  'DK',
  'FI',
  'PL',
  'CZ',
  'AT',
  'CH',
  'PT',
  'KH',
  'LA',
  'MM',
  'BN',
  'TL',
  'BD',
  'LK',
  'QA',
  'KW',
  'JO',
];
const GIVEN = [
  'Suhardi',
  'Boy',
  'Andhika',
  'Kris',
  'Masafumi',
  'Oliver',
  'Pierre',
  'Yann',
  'Hamli',
  'Ahmad',
  'Budi',
  'Dewi',
  'Siti',
  'Rudi',
  'Agus',
  'Wahyu',
  'Hendra',
  'Rina',
  'Taufik',
  'Yusuf',
  'Nguyen',
  'Tanaka',
  'Marie',
  'James',
  'Anna',
  'Lars',
  'Chen',
  'Kim',
  'Ravi',
  'Omar',
];
const FAMILY = [
  'Alius',
  'Amar',
  'Chrisnayudhanto',
  'Erlangga',
  'Ishii',
  'Chambard',
  'Vincent',
  'Bernitzky',
  'Santoso',
  'Wibowo',
  'Pratama',
  'Hidayat',
  'Saputra',
  'Nugroho',
  'Kusuma',
  'Setiawan',
  'Halim',
  'Van Thanh',
  'Suzuki',
  'Dubois',
  'Smith',
  'Jansen',
  'Andersen',
  'Wei',
  'Park',
  'Sharma',
  'Haddad',
  'Rahman',
  'Lim',
  'Tan',
];
const HONORIFICS = [
  ['Komjen Pol.', 'Drs.'],
  ['Brigjen Pol.'],
  ['Dr.', 'M.H.'],
  ['H.E.'],
  [],
  [],
  ['Irjen Pol.'],
  ['Ir.'],
];
const TITLES = [
  'Kepala',
  'Sekretaris Utama',
  'Deputi Bidang Kerja Sama Internasional',
  'Direktur Kerja Sama Bilateral',
  'Direktur Kerja Sama Regional',
  'Direktur Pencegahan',
  'Duta Besar',
  'Atase Polisi',
  'Menteri',
  'Wakil Menteri',
];
const ORG_KINDS = ['AGENCY', 'MINISTRY', 'EMBASSY', 'POLICE', 'MILITARY', 'INTERNATIONAL_ORGANISATION', 'GOVERNMENT'];
const EVENT_KINDS = [
  'WORKSHOP',
  'MEETING',
  'COURTESY_VISIT',
  'WORKING_VISIT',
  'SIGNING',
  'CONFERENCE',
  'JOINT_WORKING_GROUP',
];
const EVENT_NAMES = [
  'Workshop Biometrik',
  'Pertemuan Bilateral',
  'Kunjungan Kehormatan',
  'Kunjungan Kerja',
  'Penandatanganan MoU',
  'Konferensi Regional',
  'Joint Working Group',
];
const PERSON_ROLES = [
  ParticipantRole.GUEST,
  ParticipantRole.DELEGATION_MEMBER,
  ParticipantRole.SPEAKER,
  ParticipantRole.PARTICIPANT,
  ParticipantRole.WITNESS,
  ParticipantRole.FACILITATOR,
];
const AGREEMENT_KINDS = ['MOU', 'WORKPLAN', 'DECLARATION'];
const AGREEMENT_STATUS = ['PLANNED', 'SIGNED', 'IN_FORCE', 'ENDED'];
const TOPICS = ['deradicalisation', 'cbrn', 'training', 'capacity_building', 'information_exchange', 'law_enforcement'];
/** Dates span 2010-01-01 … 2024-12-31. */
const FIRST_DAY = Date.UTC(2010, 0, 1);
const DAYS = 15 * 365;

function sha(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function factId(type: FactType, from: string, to: string, discriminator: string): string {
  return `fact:${sha(`${type}|${from}|${to}|${discriminator}`).slice(0, 20)}`;
}

function isoDay(day: number): string {
  return new Date(FIRST_DAY + day * 86_400_000).toISOString().slice(0, 10);
}

/** Generates the graph in memory (about 1 KB per node). */
export function generateSyntheticGraph(options: GenerateOptions): SyntheticGraph {
  const random = seededRandom(options.seed ?? 42);
  const int = (n: number): number => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  // About twelve nodes per person (see docs/benchmarks.md, "The synthetic graph").
  const persons = Math.max(20, Math.round(options.nodes / 12));
  const events = Math.max(10, Math.round(persons / 2));
  const positions = Math.max(6, Math.round(persons / 3));
  const orgs = Math.max(3, Math.round(positions / 4));
  const agreements = Math.max(4, Math.round(events / 20));

  const entities: SyntheticEntity[] = [];
  const articles: SyntheticArticle[] = [];
  const facts: SyntheticFact[] = [];
  const evidence: SyntheticEvidence[] = [];
  const countryId = (iso2: string): string => `country:${iso2}`;

  for (const iso2 of COUNTRIES) {
    entities.push({
      id: countryId(iso2),
      label: EntityLabel.Country,
      name: `Negara ${iso2}`,
      aliases: [iso2],
      props: { iso2 },
      dates: {},
    });
  }
  const orgIds: string[] = [];
  for (let i = 0; i < orgs; i += 1) {
    const id = `org:bench-${i}`;
    orgIds.push(id);
    entities.push({
      id,
      label: EntityLabel.Organization,
      name: `Badan Sintetis ${i}`,
      aliases: [`BS${i}`],
      props: { acronym: `BS${i}`, kind: pick(ORG_KINDS) },
      dates: {},
    });
  }
  const personIds: string[] = [];
  for (let i = 0; i < persons; i += 1) {
    const id = `person:bench-${i}`;
    personIds.push(id);
    const name = `${pick(GIVEN)} ${pick(FAMILY)} ${i}`;
    entities.push({
      id,
      label: EntityLabel.Person,
      name,
      aliases: [name.toUpperCase()],
      props: { honorifics: pick(HONORIFICS) },
      dates: {},
    });
  }
  // One article reports each event; facts that are not about an event cite a random article.
  const eventDays: number[] = [];
  for (let i = 0; i < events; i += 1) {
    const day = int(DAYS);
    eventDays.push(day);
    const url = `https://bench.invalid/berita/${i}`;
    articles.push({
      id: `article:${sha(url)}`,
      url,
      title: `Berita sintetis ${i}`,
      source: 'BNPT',
      publishedAt: isoDay(day + 1),
      contentHash: sha(`content ${i}`),
      path: `bench/${i}.txt`,
      extractorVersion: EXTRACTOR,
    });
  }
  const articleOf = (event: number): SyntheticArticle => articles[event] as SyntheticArticle;
  let quoteOffset = 0;
  const factIds = new Set<string>();
  /**
   * Adds a fact with its evidence from `article`, dated `day`. A fact drawn twice (the same official holding the
   * same post again, the same country twice) stays one fact with two pieces of evidence, as in the model.
   */
  const fact = (options: {
    type: FactType;
    from: string;
    to: string;
    discriminator?: string;
    props?: Record<string, unknown>;
    dates?: Record<string, string>;
    article: SyntheticArticle;
    day: number;
    former?: boolean;
  }): void => {
    const id = factId(options.type, options.from, options.to, options.discriminator ?? '');
    if (!factIds.has(id)) {
      factIds.add(id);
      facts.push({
        id,
        type: options.type,
        from: options.from,
        to: options.to,
        props: options.props ?? {},
        dates: options.dates ?? {},
      });
    }
    quoteOffset = (quoteOffset + 137) % 4000;
    const quote = `${options.type.toLowerCase()} ${options.from} ${options.to}`;
    evidence.push({
      id: `evidence:${sha(`${id}|${options.article.id}|${quoteOffset}|${quote}`).slice(0, 24)}`,
      factId: id,
      factType: options.type,
      articleId: options.article.id,
      quote,
      sentence: `Dalam kegiatan tersebut, ${quote}, kata narasumber.`,
      start: quoteOffset,
      end: quoteOffset + quote.length,
      confidence: 0.8 + random() * 0.2,
      rule: 'post',
      extractorVersion: EXTRACTOR,
      date: isoDay(options.day),
      datePrecision: 'DAY',
      former: options.former ?? false,
    });
  };
  const randomArticle = (): { article: SyntheticArticle; day: number } => {
    const event = int(events);
    return { article: articleOf(event), day: eventDays[event] as number };
  };

  for (const [i, id] of orgIds.entries()) {
    fact({
      type: FactType.LOCATED_IN,
      from: id,
      to: countryId(i % 3 === 0 ? 'ID' : pick(COUNTRIES)),
      ...randomArticle(),
    });
  }
  // Posts: each has a succession of 2–5 holders, drawn from the officials (half of all persons).
  const officials = Math.max(2, Math.floor(persons / 2));
  const positionIds: string[] = [];
  for (let i = 0; i < positions; i += 1) {
    const title = pick(TITLES);
    const org = orgIds[i % orgs] as string;
    const id = `position:${title.toLowerCase().replace(/\s+/g, '-')}-${i}@${org}`;
    positionIds.push(id);
    entities.push({ id, label: EntityLabel.Position, name: `${title} ${i}`, aliases: [], props: { title }, dates: {} });
    fact({ type: FactType.POSITION_OF, from: id, to: org, ...randomArticle() });
    if (title === 'Duta Besar') {
      for (let c = 0; c < 1 + int(2); c += 1)
        fact({ type: FactType.ACCREDITED_TO, from: id, to: countryId(pick(COUNTRIES)), ...randomArticle() });
    }
    const holders = 2 + int(4);
    let day = int(365);
    for (let h = 0; h < holders && day < DAYS; h += 1) {
      const person = personIds[int(officials)] as string;
      const first = isoDay(day);
      const last = isoDay(Math.min(DAYS - 1, day + 30 + int(600)));
      const former = h < holders - 1 && random() < 0.1;
      fact({
        type: FactType.HOLDS_POSITION,
        from: person,
        to: id,
        props: { firstSeenPrecision: 'DAY', lastSeenPrecision: 'DAY', former },
        dates: { firstSeen: first, lastSeen: last },
        article: randomArticle().article,
        day,
        former,
      });
      day += 200 + int(1400);
    }
  }
  // Agreements in chains of 1–4: each one after the first follows up the one before.
  const agreementIds: string[] = [];
  for (let i = 0; i < agreements; i += 1) {
    const id = `agreement:bench-${i}`;
    agreementIds.push(id);
    const start = 2010 + int(14);
    entities.push({
      id,
      label: EntityLabel.Agreement,
      name: `Nota Kesepahaman Sintetis ${i}`,
      aliases: [`MoU ${i}`],
      props: { kind: pick(AGREEMENT_KINDS), status: pick(AGREEMENT_STATUS), topics: [pick(TOPICS), pick(TOPICS)] },
      dates: { periodStart: `${start}-01-01`, periodEnd: `${start + 2}-12-31` },
    });
    fact({ type: FactType.PARTY_TO, from: countryId('ID'), to: id, ...randomArticle() });
    fact({ type: FactType.PARTY_TO, from: countryId(pick(COUNTRIES.slice(1))), to: id, ...randomArticle() });
    if (random() < 0.3) fact({ type: FactType.PARTY_TO, from: pick(orgIds), to: id, ...randomArticle() });
    if (i % 4 !== 0 && random() < 0.75)
      fact({ type: FactType.FOLLOW_UP_OF, from: id, to: agreementIds[i - 1] as string, ...randomArticle() });
  }
  // Events: 2–40 participants (most events are small), a host, a delegation lead, companions and, for courtesy
  // visits, the visit received; a quarter follow up an agreement.
  const eventIds: string[] = [];
  for (let i = 0; i < events; i += 1) {
    const id = `event:${sha(`event ${i}`).slice(0, 8)}:1`;
    eventIds.push(id);
    const kindIndex = int(EVENT_KINDS.length);
    const kind = EVENT_KINDS[kindIndex] as string;
    const day = eventDays[i] as number;
    const article = articleOf(i);
    const country = i % 2 === 0 ? 'ID' : pick(COUNTRIES);
    entities.push({
      id,
      label: EntityLabel.Event,
      name: `${EVENT_NAMES[kindIndex]} ${i}`,
      aliases: [],
      props: { kind, datePrecision: 'DAY', place: `Ruang Rapat ${i % 50}, Jakarta` },
      dates: { date: isoDay(day) },
    });
    const at = { article, day };
    fact({ type: FactType.LOCATED_IN, from: id, to: countryId(country), ...at });
    const size = 2 + Math.floor(38 * random() ** 3);
    const people = new Set<string>();
    while (people.size < Math.min(size, persons)) people.add(personIds[int(persons)] as string);
    const [host, lead, ...others] = [...people] as [string, string, ...string[]];
    fact({
      type: FactType.PARTICIPATED_IN,
      from: host,
      to: id,
      discriminator: ParticipantRole.HOST,
      props: { role: ParticipantRole.HOST },
      ...at,
    });
    fact({
      type: FactType.PARTICIPATED_IN,
      from: lead,
      to: id,
      discriminator: ParticipantRole.DELEGATION_LEAD,
      props: { role: ParticipantRole.DELEGATION_LEAD },
      ...at,
    });
    fact({
      type: FactType.LED_BY,
      from: id,
      to: lead,
      props: { delegationOf: countryId(country === 'ID' ? pick(COUNTRIES) : country) },
      ...at,
    });
    const companions = others.slice(0, Math.min(others.length, 1 + int(3)));
    for (const companion of companions) {
      fact({
        type: FactType.PARTICIPATED_IN,
        from: companion,
        to: id,
        discriminator: ParticipantRole.ACCOMPANYING,
        props: { role: ParticipantRole.ACCOMPANYING },
        ...at,
      });
      fact({
        type: FactType.ACCOMPANIED_BY,
        from: host,
        to: companion,
        discriminator: id,
        props: { eventId: id },
        ...at,
      });
    }
    for (const other of others.slice(companions.length)) {
      const role = pick(PERSON_ROLES);
      fact({ type: FactType.PARTICIPATED_IN, from: other, to: id, discriminator: role, props: { role }, ...at });
    }
    fact({
      type: FactType.PARTICIPATED_IN,
      from: orgIds[i % orgs] as string,
      to: id,
      discriminator: ParticipantRole.HOST,
      props: { role: ParticipantRole.HOST },
      ...at,
    });
    if (country !== 'ID')
      fact({
        type: FactType.PARTICIPATED_IN,
        from: countryId(country),
        to: id,
        discriminator: ParticipantRole.GUEST,
        props: { role: ParticipantRole.GUEST },
        ...at,
      });
    if (kind === 'COURTESY_VISIT')
      fact({
        type: FactType.RECEIVED_VISIT_FROM,
        from: host,
        to: lead,
        discriminator: id,
        props: { eventId: id },
        ...at,
      });
    if (random() < 0.25)
      fact({ type: FactType.FOLLOW_UP_OF, from: id, to: agreementIds[int(agreements)] as string, ...at });
  }
  // Query arguments: persons and events of ordinary degree, posts with a succession, pairs two events apart.
  const degree = new Map<string, number>();
  for (const f of facts) {
    degree.set(f.from, (degree.get(f.from) ?? 0) + 1);
    degree.set(f.to, (degree.get(f.to) ?? 0) + 1);
  }
  const ordinary = (ids: string[], low: number, high: number): string[] =>
    ids.filter((id) => {
      const d = degree.get(id) ?? 0;
      return d >= low && d <= high;
    });
  const samplePersons = ordinary(personIds.slice(0, officials), 6, 12).slice(0, 200);
  const sampleEvents = ordinary(eventIds, 8, 16).slice(0, 200);
  // Pairs two events apart (A and B at one event, B and C at another): a path of at most 4 hops joins A and C.
  const eventsOf = new Map<string, string[]>();
  const peopleAt = new Map<string, string[]>();
  for (const f of facts) {
    if (f.type !== FactType.PARTICIPATED_IN || !f.from.startsWith('person:')) continue;
    eventsOf.set(f.from, [...(eventsOf.get(f.from) ?? []), f.to]);
    peopleAt.set(f.to, [...(peopleAt.get(f.to) ?? []), f.from]);
  }
  const pairs: [string, string][] = [];
  for (const a of samplePersons) {
    if (pairs.length >= 100) break;
    const e1 = eventsOf.get(a)?.[0];
    const b = (peopleAt.get(e1 ?? '') ?? []).find((id) => id !== a && (eventsOf.get(id)?.length ?? 0) > 1);
    const e2 = (eventsOf.get(b ?? '') ?? []).find((id) => id !== e1);
    const c = (peopleAt.get(e2 ?? '') ?? []).find((id) => id !== a && id !== b);
    if (c) pairs.push([a, c]);
  }
  return {
    entities,
    articles,
    facts,
    evidence,
    samples: {
      persons: samplePersons,
      events: sampleEvents,
      positions: positionIds.filter((_, i) => i % 7 === 0).slice(0, 200),
      pairs,
      countries: COUNTRIES.filter((iso2) => iso2 !== 'ID').map(countryId),
    },
    nodeCount: entities.length + articles.length + evidence.length,
    relationshipCount: facts.length + evidence.length,
  };
}
