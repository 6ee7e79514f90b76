/**
 * The extractor reads the grammar of a release, not the words of one: each test names a pattern and checks what it
 * yields on articles written for it (invented names, in the style of the releases), with direction, role, event and
 * evidence span.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/ingest/extract/index.js';
import { entity, eventOf, extractFile, relation, roles } from './helpers.js';

const dir = 'test/fixtures/articles';
const load = (name: string): Promise<Extraction> => extractFile(`${dir}/${name}`);
const ids = (x: Extraction, type: string): string[] => x.entities.filter((e) => e.type === type).map((e) => e.id);

describe('organisations by grammar (courtesy-visit-fronted-clause.txt, passive-visit-follow-up.txt)', () => {
  let visit: Extraction;
  let abroad: Extraction;
  beforeAll(async () => {
    visit = await load('courtesy-visit-fronted-clause.txt');
    abroad = await load('passive-visit-follow-up.txt');
  });

  it('reads an Indonesian head noun with its modifiers and a trailing state as that state’s body', () => {
    expect(entity(visit, 'org:dinas-keamanan-negara@pl')).toMatchObject({
      name: 'Dinas Keamanan Negara (Poland)',
      aliases: ['Dinas Keamanan Negara Polandia'],
      attributes: { kind: 'agency', country: 'PL' },
    });
    expect(entity(abroad, 'org:dewan-keamanan-nasional@ca').attributes).toMatchObject({
      kind: 'government',
      country: 'CA',
    });
  });

  it('reads "Long Form (ACR)" and finds the acronym alone later in the article as the same organisation', () => {
    const bif = entity(visit, 'org:badan-intelijen-federal');
    expect(bif.attributes.acronym).toBe('BIF');
    expect(bif.aliases).toEqual(expect.arrayContaining(['Badan Intelijen Federal (BIF)', 'BIF']));
    // "BNPT dan BIF juga sepakat …": the acronym alone is a party.
    const agreed = visit.entities.find((e) => e.type === 'Agreement' && e.attributes.kind === 'agreement');
    expect(relation(visit, 'PARTY_TO', 'org:badan-intelijen-federal', agreed?.id ?? '')).toBeDefined();
  });

  it('reads a home mission by the city it sits in, known or not, keeping what the article wrote as an alias', () => {
    expect(entity(abroad, 'org:kedubes-id-ca')).toMatchObject({
      name: 'Embassy of Indonesia in Canada',
      aliases: ['KBRI Ottawa'],
    });
  });

  it('never reads the corps of a rank as the armed forces or the police', () => {
    expect(ids(visit, 'Organization')).not.toContain('org:tni');
    expect(ids(visit, 'Organization')).not.toContain('org:polri');
    expect(entity(visit, 'person:budi-santoso').attributes.honorifics).toEqual(['Brigjen TNI', '(Mar)']);
  });

  it('gives a minister’s post to the ministry the article names', () => {
    const post = 'position:menteri-keamanan-publik@org:kementerian-keamanan-publik@ca';
    expect(relation(abroad, 'HOLDS_POSITION', 'person:claire-fontaine', post)).toBeDefined();
  });
});

describe('persons are names (courtesy-visit-fronted-clause.txt, courtesy-call-to-host.txt)', () => {
  let visit: Extraction;
  let call: Extraction;
  beforeAll(async () => {
    visit = await load('courtesy-visit-fronted-clause.txt');
    call = await load('courtesy-call-to-host.txt');
  });

  it('reads no person from the title-case words of a related headline', () => {
    expect(ids(visit, 'Person').sort()).toEqual([
      'person:agus-wirawan',
      'person:budi-santoso',
      'person:hadi-kusnandar',
      'person:jan-kowalczyk',
      'person:piotr-zielinski',
    ]);
  });

  it('reads "Jan" before a surname as a name, not as January', () => {
    expect(entity(visit, 'person:jan-kowalczyk').aliases).toEqual(['Jan']);
  });

  it('splits a form of address off a name and keeps a roman numeral as it is written', () => {
    expect(entity(call, 'person:grant-whitaker')).toMatchObject({
      aliases: ['Whitaker'],
      attributes: { honorifics: ['Ambassador'] },
    });
    expect(entity(call, 'person:faisal-ii')).toMatchObject({ name: 'Faisal II', attributes: { honorifics: ['Raja'] } });
    expect(ids(call, 'Person')).not.toContain('person:ambassador-whitaker');
  });

  it('reads no person from a form of address before a post ("Bapak Presiden")', () => {
    expect(ids(call, 'Person')).not.toContain('person:presiden');
    expect(ids(call, 'Person').sort()).toEqual([
      'person:faisal-ii',
      'person:grant-whitaker',
      'person:hadi-kusnandar',
      'person:lestari-wulandari',
      'person:rudi-hartanto',
    ]);
  });

  it('drops a unit acronym standing before a name', () => {
    expect(ids(call, 'Person')).toContain('person:lestari-wulandari');
    expect(ids(call, 'Person').some((id) => id.includes('ppid'))).toBe(false);
  });
});

describe('roles from clause structure', () => {
  it('reads a fronted "Didampingi oleh A dan B, X menerima …" as X accompanied by A and B', async () => {
    const x = await load('courtesy-visit-fronted-clause.txt');
    const ev = eventOf(x).id;
    for (const companion of ['person:agus-wirawan', 'person:budi-santoso']) {
      const r = relation(x, 'ACCOMPANIED_BY', 'person:hadi-kusnandar', companion);
      expect(r?.attributes.event).toBe(ev);
      expect(r?.evidence.quote).toMatch(/^Didampingi oleh .* Kepala BNPT Komjen Pol\. Dr\. Hadi Kusnandar, M\.Si\.$/);
      expect(roles(x, companion, ev)).toContain('ACCOMPANYING');
    }
    expect(relation(x, 'ACCOMPANIED_BY', 'person:agus-wirawan', 'person:budi-santoso')).toBeUndefined();
  });

  it('reads "A dan B hadir mendampingi X" with X as the one accompanied', async () => {
    const x = await load('passive-visit-follow-up.txt');
    expect(relation(x, 'ACCOMPANIED_BY', 'person:hadi-kusnandar', 'person:sari-dewanti')).toBeDefined();
    expect(relation(x, 'ACCOMPANIED_BY', 'person:hadi-kusnandar', 'person:dimas-prakoso')?.evidence.quote).toMatch(
      /hadir mendampingi Kepala BNPT$/,
    );
    expect(relation(x, 'ACCOMPANIED_BY', 'person:sari-dewanti', 'person:hadi-kusnandar')).toBeUndefined();
  });

  it('does not give a companion the post that opens the next clause ("…, Brigjen Pol. B, Kepala BNPT menyambut …")', async () => {
    const x = await load('delegation-led-fronted-post.txt');
    expect(
      relation(x, 'HOLDS_POSITION', 'person:yudi-pratama', 'position:direktur-kerja-sama-bilateral@org:bnpt'),
    ).toBeDefined();
    expect(relation(x, 'HOLDS_POSITION', 'person:yudi-pratama', 'position:kepala@org:bnpt')).toBeUndefined();
    expect(relation(x, 'ACCOMPANIED_BY', 'person:hadi-kusnandar', 'person:yudi-pratama')).toBeDefined();
  });

  it('binds a post named alone ("Kepala BNPT") to the one person the article names for it', async () => {
    const x = await load('delegation-led-fronted-post.txt');
    expect(ids(x, 'Person')).not.toContain('person:kepala-bnpt');
    expect(relation(x, 'RECEIVED_VISIT_FROM', 'person:hadi-kusnandar', 'person:linda-crawford')).toBeDefined();
  });
});

describe('visits: the host and the visitor come from the verb and its voice', () => {
  it('active, host first: "X menerima kunjungan kehormatan Y"', async () => {
    const x = await load('courtesy-visit-fronted-clause.txt');
    const r = relation(x, 'RECEIVED_VISIT_FROM', 'person:hadi-kusnandar', 'person:jan-kowalczyk');
    expect(r?.attributes.event).toBe(eventOf(x).id);
    expect(r?.evidence.confidence).toBe(0.9);
    expect(eventOf(x)).toMatchObject({
      name: 'Courtesy visit of Jan Kowalczyk to Hadi Kusnandar',
      attributes: { kind: 'courtesy_visit', date: '2024-03-06' },
    });
  });

  it('passive: "X diterima oleh Y" makes Y the host', async () => {
    const x = await load('passive-visit-follow-up.txt');
    expect(relation(x, 'RECEIVED_VISIT_FROM', 'person:claire-fontaine', 'person:hadi-kusnandar')).toBeDefined();
    expect(relation(x, 'RECEIVED_VISIT_FROM', 'person:hadi-kusnandar', 'person:claire-fontaine')).toBeUndefined();
    expect(eventOf(x).attributes).toMatchObject({ date: '2024-05-16', country: 'country:CA' });
  });

  it('visitor first: "Y melakukan kunjungan kehormatan (courtesy call) kepada X"', async () => {
    const x = await load('courtesy-call-to-host.txt');
    expect(relation(x, 'RECEIVED_VISIT_FROM', 'person:hadi-kusnandar', 'person:grant-whitaker')).toBeDefined();
    expect(roles(x, 'person:hadi-kusnandar', eventOf(x).id)).toContain('HOST');
    expect(roles(x, 'person:grant-whitaker', eventOf(x).id)).toContain('GUEST');
  });

  it('after a fronted subordinate clause: "Sebelum bertemu X, kedatangan Dubes … disambut oleh Y"', async () => {
    const x = await load('courtesy-call-to-host.txt');
    expect(relation(x, 'RECEIVED_VISIT_FROM', 'person:rudi-hartanto', 'person:grant-whitaker')?.evidence.quote).toMatch(
      /^Dubes Selandia Baru disambut oleh/,
    );
    expect(relation(x, 'RECEIVED_VISIT_FROM', 'person:rudi-hartanto', 'person:hadi-kusnandar')).toBeUndefined();
  });

  it('a delegation "yang dipimpin oleh Y" is received in the person of Y', async () => {
    const x = await load('delegation-led-fronted-post.txt');
    expect(relation(x, 'LED_BY', eventOf(x).id, 'person:linda-crawford')?.attributes.delegationOf).toBe('org:afp');
    expect(eventOf(x).attributes.kind).toBe('courtesy_visit');
  });
});

describe('events and follow-ups', () => {
  it('reports an earlier meeting with its own date and place, named by who met', async () => {
    const x = await load('passive-visit-follow-up.txt');
    const earlier = x.entities.find((e) => e.type === 'Event' && e.attributes.date === '2024-05-14');
    expect(earlier).toMatchObject({
      name: 'Meeting of Hadi Kusnandar with Marc Tremblay',
      attributes: { kind: 'meeting', place: 'Toronto', datePrecision: 'day' },
    });
    expect(roles(x, 'person:marc-tremblay', earlier?.id ?? '')).toEqual(['PARTICIPANT']);
  });

  it('links an event to the agreement its cue names ("merupakan implementasi Nota Kesepahaman …")', async () => {
    const x = await load('passive-visit-follow-up.txt');
    const mou = x.entities.find((e) => e.type === 'Agreement' && e.attributes.kind === 'mou');
    const r = relation(x, 'FOLLOW_UP_OF', eventOf(x).id, mou?.id ?? '');
    expect(r?.evidence.quote).toBe('merupakan implementasi Nota Kesepahaman');
    expect(mou?.attributes).toMatchObject({
      status: 'signed',
      parties: ['org:bnpt', 'org:kementerian-keamanan-publik@ca'],
    });
  });

  it('links an event to an earlier meeting it follows up, dated by month', async () => {
    const x = await load('courtesy-call-to-host.txt');
    const follows = x.relations.filter((r) => r.type === 'FOLLOW_UP_OF');
    expect(follows).toHaveLength(1);
    expect(entity(x, follows[0]?.to ?? '').attributes).toMatchObject({
      kind: 'meeting',
      date: '2023-01-01',
      datePrecision: 'month',
      place: 'Istana Merdeka',
    });
  });

  it('invents no follow-up where no cue is', async () => {
    const x = await load('courtesy-visit-fronted-clause.txt');
    expect(x.relations.filter((r) => r.type === 'FOLLOW_UP_OF')).toEqual([]);
  });

  it('reads the parties of an informal agreement from the subject of "sepakat"', async () => {
    const x = await load('passive-visit-follow-up.txt');
    const agreed = x.entities.find((e) => e.type === 'Agreement' && e.attributes.kind === 'agreement');
    expect(agreed?.attributes.parties).toEqual(['org:bnpt', 'org:kementerian-keamanan-publik@ca']);
    expect(relation(x, 'PARTY_TO', 'org:bnpt', agreed?.id ?? '')?.evidence.quote).toBe('sepakat');
  });
});

describe('confidence that means something', () => {
  it('rates a cue in a clean clause above one whose end came from the clause structure around it', async () => {
    const x = await load('courtesy-visit-fronted-clause.txt');
    const clean = relation(x, 'RECEIVED_VISIT_FROM', 'person:hadi-kusnandar', 'person:jan-kowalczyk');
    const fronted = relation(x, 'ACCOMPANIED_BY', 'person:hadi-kusnandar', 'person:agus-wirawan');
    expect(clean?.evidence.confidence).toBeGreaterThan(fronted?.evidence.confidence ?? 1);
    expect(clean?.evidence.rule).toBe('receivedVisit');
    expect(fronted?.evidence.rule).toBe('accompaniedBy/fronted');
  });
});

describe('lists (delegation-list.txt)', () => {
  it('reads a numbered list of members, each with the post in parentheses, and no headline in it', async () => {
    const x = await load('delegation-list.txt');
    expect(
      relation(x, 'HOLDS_POSITION', 'person:budi-santoso', 'position:direktur-kerja-sama-bilateral@org:bnpt')?.evidence
        .quote,
    ).toBe('Brigjen Pol. Budi Santoso (Direktur Kerja Sama Bilateral)');
    expect(
      relation(
        x,
        'HOLDS_POSITION',
        'person:rina-marlina',
        'position:kepala-subdirektorat-kerja-sama-kawasan-asia@org:bnpt',
      ),
    ).toBeDefined();
    expect(relation(x, 'LED_BY', eventOf(x).id, 'person:agus-wirawan')?.attributes.delegationOf).toBe('org:bnpt');
  });

  it('reads the members listed after "terdiri dari:" as companions of the delegation’s leader', async () => {
    const x = await load('delegation-list.txt');
    for (const member of ['person:budi-santoso', 'person:rina-marlina']) {
      const r = relation(x, 'ACCOMPANIED_BY', 'person:agus-wirawan', member);
      expect(r?.evidence.rule).toBe('delegationMembers/list');
      expect(roles(x, member, eventOf(x).id)).toContain('DELEGATION_MEMBER');
    }
  });
});
