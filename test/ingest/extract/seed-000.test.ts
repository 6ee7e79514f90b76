import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/ingest/extract/index.js';
import { entity, eventOf, extractFile, relation, roles } from './helpers.js';

let x: Extraction;
beforeAll(async () => {
  x = await extractFile('seeds/000_c688c89108eefa01.txt');
});

describe('seed 000: ASEAN-Japan workshop', () => {
  it('has no publication date', () => {
    expect(x.article.publishedAt).toBeNull();
  });

  it('finds Kepala BNPT Suhardi Alius with Komjen Pol., Drs. and MH split off', () => {
    const p = entity(x, 'person:suhardi-alius');
    expect(p.name).toBe('Suhardi Alius');
    expect(p.attributes.honorifics).toEqual(expect.arrayContaining(['Komjen Pol.', 'Drs.', 'MH']));
    expect(relation(x, 'HOLDS_POSITION', 'person:suhardi-alius', 'position:kepala@org:bnpt')).toBeDefined();
    expect(relation(x, 'POSITION_OF', 'position:kepala@org:bnpt', 'org:bnpt')).toBeDefined();
  });

  it('reads the workshop: kind, "Rabu(19/9)" as 2018-09-19 by day, place, country', () => {
    const e = eventOf(x);
    expect(e.attributes).toMatchObject({
      kind: 'workshop',
      date: '2018-09-19',
      datePrecision: 'day',
      place: 'Ruang Semeru Hotel Sultan Jakarta',
    });
    expect(e.name).toBe('ASEAN-Japan workshop');
    expect(relation(x, 'LOCATED_IN', e.id, 'country:ID')).toBeDefined();
  });

  it('dates the posts held by the event date', () => {
    expect(relation(x, 'HOLDS_POSITION', 'person:suhardi-alius', 'position:kepala@org:bnpt')?.attributes).toMatchObject(
      { date: '2018-09-19', datePrecision: 'day' },
    );
  });

  it('finds Suhardi Alius accompanied by Andhika Krisnayudhanto and Kris Erlangga at the workshop', () => {
    const ev = eventOf(x).id;
    expect(
      relation(x, 'ACCOMPANIED_BY', 'person:suhardi-alius', 'person:andhika-krisnayudhanto')?.attributes.event,
    ).toBe(ev);
    expect(relation(x, 'ACCOMPANIED_BY', 'person:suhardi-alius', 'person:kris-erlangga')?.attributes.event).toBe(ev);
    expect(roles(x, 'person:andhika-krisnayudhanto', ev)).toContain('ACCOMPANYING');
  });

  it('gives the companions their BNPT posts', () => {
    expect(
      relation(
        x,
        'HOLDS_POSITION',
        'person:andhika-krisnayudhanto',
        'position:direktur-kerja-sama-regional-dan-multilateral@org:bnpt',
      ),
    ).toBeDefined();
    expect(
      relation(x, 'HOLDS_POSITION', 'person:kris-erlangga', 'position:direktur-kerja-sama-bilateral@org:bnpt'),
    ).toBeDefined();
    expect(entity(x, 'person:kris-erlangga').attributes.honorifics).toEqual(['Brigjen Pol.']);
  });

  it('finds the Japanese delegation led by ambassador Masafumi Ishii', () => {
    const p = entity(x, 'person:masafumi-ishii');
    expect(p.name).toBe('Masafumi Ishii');
    expect(p.attributes.honorifics).toEqual(['H.E.', 'MR.']);
    const led = relation(x, 'LED_BY', eventOf(x).id, 'person:masafumi-ishii');
    expect(led?.attributes.delegationOf).toBe('country:JP');
    expect(relation(x, 'HOLDS_POSITION', 'person:masafumi-ishii', 'position:duta-besar@country:JP')).toBeDefined();
    expect(relation(x, 'ACCREDITED_TO', 'position:duta-besar@country:JP', 'country:ID')).toBeDefined();
  });

  it('finds Polri and BNPT as facilitators of the workshop', () => {
    const ev = eventOf(x).id;
    expect(roles(x, 'org:polri', ev)).toContain('FACILITATOR');
    expect(roles(x, 'org:bnpt', ev)).toContain('FACILITATOR');
    expect(entity(x, 'org:polri').aliases).toContain('Kepolisian Republik Indonesia');
  });

  it('reads "Mantan Sestama Lemhanas tersebut" as a former post of Suhardi Alius', () => {
    const r = relation(x, 'HOLDS_POSITION', 'person:suhardi-alius', 'position:sekretaris-utama@org:lemhannas');
    expect(r?.attributes.former).toBe(true);
    expect(r?.evidence.quote).toBe('Mantan Sestama Lemhanas tersebut');
  });

  it('finds the workshop a follow-up of the SOMTC – Japan Workplan (2015-2017) with its parties', () => {
    const a = x.entities.find((e) => e.type === 'Agreement');
    expect(a?.name).toBe(
      'SOMTC – Japan Workplan for Cooperation to Combat Terrorism and Transnational Crime (2015-2017)',
    );
    expect(a?.attributes).toMatchObject({ kind: 'workplan', periodStart: '2015', periodEnd: '2017' });
    expect(relation(x, 'FOLLOW_UP_OF', eventOf(x).id, a?.id ?? '')).toBeDefined();
    for (const party of ['org:somtc', 'org:asean', 'country:JP'])
      expect(relation(x, 'PARTY_TO', party, a?.id ?? '')).toBeDefined();
  });

  it('finds Japan, Indonesia and ASEAN, and no person named after "Asian Games"', () => {
    expect(entity(x, 'country:JP').attributes.iso2).toBe('JP');
    expect(entity(x, 'country:ID').attributes.iso2).toBe('ID');
    expect(entity(x, 'org:asean').attributes.kind).toBe('international_organisation');
    expect(
      x.entities
        .filter((e) => e.type === 'Person')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Andhika Krisnayudhanto', 'Kris Erlangga', 'Masafumi Ishii', 'Suhardi Alius']);
  });
});
