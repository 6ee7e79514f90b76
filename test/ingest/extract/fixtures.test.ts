import { describe, expect, it } from 'vitest';
import { entity, eventOf, extractFile, relation, roles } from './helpers.js';

const dir = 'test/fixtures/articles';

describe('an ambassador visit (ambassador-visit-netherlands.txt)', () => {
  it('reads the header and resolves "Selasa (8/2)" to 2022-02-08', async () => {
    const x = await extractFile(`${dir}/ambassador-visit-netherlands.txt`);
    expect(x.article).toMatchObject({
      url: 'https://example.test/bnpt-terima-kunjungan-dubes-belanda',
      publishedAt: '2022-02-10',
      source: 'example.test',
    });
    expect(eventOf(x).attributes).toMatchObject({
      kind: 'courtesy_visit',
      date: '2022-02-08',
      place: 'Kantor BNPT Jakarta',
    });
  });

  it('finds host, visiting ambassador, delegation member and companion', async () => {
    const x = await extractFile(`${dir}/ambassador-visit-netherlands.txt`);
    const ev = eventOf(x).id;
    expect(relation(x, 'RECEIVED_VISIT_FROM', 'person:hendra-wirawan', 'person:marieke-van-dijk')).toBeDefined();
    expect(roles(x, 'person:joost-verhagen', ev)).toContain('DELEGATION_MEMBER');
    expect(
      relation(x, 'HOLDS_POSITION', 'person:joost-verhagen', 'position:sekretaris-pertama@org:kedubes-nl-id'),
    ).toBeDefined();
    expect(relation(x, 'ACCOMPANIED_BY', 'person:hendra-wirawan', 'person:teguh-santoso')).toBeDefined();
    expect(entity(x, 'person:marieke-van-dijk').name).toBe('Marieke van Dijk');
  });

  it('finds a planned Indonesia–Netherlands MoU', async () => {
    const x = await extractFile(`${dir}/ambassador-visit-netherlands.txt`);
    expect(entity(x, 'agreement:mou-id-nl').attributes).toMatchObject({
      status: 'planned',
      parties: ['country:ID', 'country:NL'],
    });
  });
});

describe('a delegation abroad (delegation-abroad-australia.txt)', () => {
  it('reads the range "2–6 Oktober 2023" and places the visit in Australia', async () => {
    const x = await extractFile(`${dir}/delegation-abroad-australia.txt`);
    expect(eventOf(x).attributes).toMatchObject({
      kind: 'working_visit',
      date: '2023-10-02',
      endDate: '2023-10-06',
      country: 'country:AU',
    });
  });

  it('finds the BNPT delegation led by the deputy, and his companions', async () => {
    const x = await extractFile(`${dir}/delegation-abroad-australia.txt`);
    expect(relation(x, 'LED_BY', eventOf(x).id, 'person:rahmat-hidayat')?.attributes.delegationOf).toBe('org:bnpt');
    expect(relation(x, 'ACCOMPANIED_BY', 'person:rahmat-hidayat', 'person:sari-kusumawati')).toBeDefined();
    expect(relation(x, 'ACCOMPANIED_BY', 'person:rahmat-hidayat', 'person:bambang-prasetyo')).toBeDefined();
    expect(roles(x, 'person:rahmat-hidayat', eventOf(x).id)).toContain('DELEGATION_LEAD');
  });

  it('records the follow-up of an earlier meeting dated by month', async () => {
    const x = await extractFile(`${dir}/delegation-abroad-australia.txt`);
    const follows = x.relations.filter((r) => r.type === 'FOLLOW_UP_OF' && r.from === eventOf(x).id);
    expect(follows).toHaveLength(1);
    const prior = entity(x, follows[0]?.to ?? '');
    expect(prior.attributes).toMatchObject({ kind: 'joint_working_group', date: '2022-03-01', datePrecision: 'month' });
    expect(prior.name).toBe('Pertemuan JWG ke-5 pada Maret 2022');
  });
});

describe('an MoU signing (mou-signing-vietnam.txt)', () => {
  it('reads "Kamis (14/9/2023)" and a signed MoU between Indonesia and Vietnam', async () => {
    const x = await extractFile(`${dir}/mou-signing-vietnam.txt`);
    expect(eventOf(x).attributes).toMatchObject({ kind: 'signing', date: '2023-09-14', country: 'country:VN' });
    const mou = entity(x, 'agreement:mou-id-vn-2023');
    expect(mou.attributes).toMatchObject({ status: 'signed', signedAt: '2023-09-14' });
    expect(relation(x, 'PARTY_TO', 'org:kementerian-keamanan-publik@vn', mou.id)).toBeDefined();
  });

  it('finds the witnessing Indonesian ambassador to Vietnam with a post told apart by where it serves', async () => {
    const x = await extractFile(`${dir}/mou-signing-vietnam.txt`);
    expect(roles(x, 'person:nurul-aini', eventOf(x).id)).toContain('WITNESS');
    expect(relation(x, 'HOLDS_POSITION', 'person:nurul-aini', 'position:duta-besar@country:ID~VN')).toBeDefined();
    // The deputy minister's post belongs to the ministry the article names, not only to the state.
    const post = 'position:wakil-menteri-keamanan-publik@org:kementerian-keamanan-publik@vn';
    expect(relation(x, 'HOLDS_POSITION', 'person:tran-van-minh', post)).toBeDefined();
    expect(entity(x, post)).toMatchObject({
      name: 'Wakil Menteri Keamanan Publik Vietnam',
      attributes: { organization: 'org:kementerian-keamanan-publik@vn', country: 'country:VN' },
    });
  });
});

describe('a workshop (workshop-bandung.txt)', () => {
  it('reads the workshop, its hosts and facilitators', async () => {
    const x = await extractFile(`${dir}/workshop-bandung.txt`);
    const ev = eventOf(x);
    expect(ev.attributes).toMatchObject({
      kind: 'workshop',
      date: '2024-05-20',
      place: 'Ruang Merapi Hotel Savoy Homann Bandung',
    });
    expect(roles(x, 'org:unodc', ev.id)).toEqual(expect.arrayContaining(['HOST', 'FACILITATOR']));
  });

  it('keeps a post whose name lists units with commas whole', async () => {
    const x = await extractFile(`${dir}/workshop-bandung.txt`);
    expect(
      relation(
        x,
        'HOLDS_POSITION',
        'person:wulan-andriani',
        'position:deputi-bidang-pencegahan-perlindungan-dan-deradikalisasi@org:bnpt',
      ),
    ).toBeDefined();
    expect(entity(x, 'person:wulan-andriani').attributes.honorifics).toEqual(['Irjen Pol.', 'Dra.']);
  });

  it('follows up a named plan with its period', async () => {
    const x = await extractFile(`${dir}/workshop-bandung.txt`);
    const plan = x.entities.find((e) => e.type === 'Agreement');
    expect(plan?.attributes).toMatchObject({ kind: 'workplan', periodStart: '2018', periodEnd: '2025' });
    expect(relation(x, 'FOLLOW_UP_OF', eventOf(x).id, plan?.id ?? '')).toBeDefined();
  });
});

describe('a joint working group chaired in the active voice (jwg-chaired-surabaya.txt)', () => {
  it('reads "X, yang memimpin pertemuan" as X leading the meeting', async () => {
    const x = await extractFile(`${dir}/jwg-chaired-surabaya.txt`);
    const ev = eventOf(x);
    expect(ev.attributes).toMatchObject({
      kind: 'joint_working_group',
      date: '2023-03-08',
      place: 'Ruang Majapahit Hotel Bumi Surabaya',
    });
    expect(relation(x, 'LED_BY', ev.id, 'person:ratna-kusumawardani')?.evidence.quote).toMatch(/yang memimpin$/);
    expect(relation(x, 'LED_BY', ev.id, 'person:kevin-harlowe')?.attributes).toEqual({ delegationOf: 'country:NZ' });
  });

  it('splits the police rank "Irjen Pol." off as one honorific', async () => {
    const x = await extractFile(`${dir}/jwg-chaired-surabaya.txt`);
    expect(entity(x, 'person:ratna-kusumawardani').attributes.honorifics).toEqual(['Irjen Pol.', 'Dr.', 'M.Si.']);
  });

  it('follows the MoU of 2018 between Indonesia and New Zealand', async () => {
    const x = await extractFile(`${dir}/jwg-chaired-surabaya.txt`);
    const mou = entity(x, 'agreement:mou-indonesia-selandia-baru');
    expect(mou.attributes).toMatchObject({ kind: 'mou', parties: ['country:ID', 'country:NZ'] });
    expect(relation(x, 'FOLLOW_UP_OF', eventOf(x).id, mou.id)).toBeDefined();
  });
});
