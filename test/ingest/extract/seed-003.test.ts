import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/ingest/extract/index.js';
import { entity, eventOf, extractFile, relation, roles } from './helpers.js';

let x: Extraction;
beforeAll(async () => {
  x = await extractFile('seeds/003_a59428b1b2b5708d.txt');
});

describe('seed 003: the French ambassador visits BNPT', () => {
  it('takes the publication date from the dateline', () => {
    expect(x.article.publishedAt).toBe('2020-09-03');
  });

  it('finds Kepala BNPT Boy Rafli Amar with Komjen Pol., Dr. and M.H. split off', () => {
    expect(entity(x, 'person:boy-rafli-amar').attributes.honorifics).toEqual(
      expect.arrayContaining(['Komjen Pol.', 'Dr.', 'M.H.']),
    );
    expect(
      relation(x, 'HOLDS_POSITION', 'person:boy-rafli-amar', 'position:kepala@org:bnpt')?.attributes,
    ).toMatchObject({ date: '2020-07-14', datePrecision: 'day' });
  });

  it('reads "Selasa (14/07)" as 2020-07-14 and the place as Kantor BNPT Jakarta', () => {
    expect(eventOf(x).attributes).toMatchObject({
      kind: 'courtesy_visit',
      date: '2020-07-14',
      datePrecision: 'day',
      place: 'Kantor BNPT Jakarta',
    });
  });

  it('finds that Boy Rafli Amar received a visit from Oliver Chambard', () => {
    const r = relation(x, 'RECEIVED_VISIT_FROM', 'person:boy-rafli-amar', 'person:oliver-chambard');
    expect(r?.attributes.event).toBe(eventOf(x).id);
    expect(roles(x, 'person:boy-rafli-amar', eventOf(x).id)).toContain('HOST');
  });

  it('makes Oliver, Olivier and "Bapak Olivier" Chambard one person', () => {
    const persons = x.entities.filter((e) => e.type === 'Person');
    expect(persons.filter((p) => p.id.includes('chambard') || p.id.includes('olivier'))).toHaveLength(1);
    expect(entity(x, 'person:oliver-chambard').attributes.surfaceForms).toContain('Olivier');
  });

  it('resolves "Pak Boy" to Boy Rafli Amar', () => {
    expect(entity(x, 'person:boy-rafli-amar').attributes.surfaceForms).toContain('Boy');
    expect(x.entities.some((e) => e.id === 'person:boy')).toBe(false);
  });

  it('gives the ambassador a post of France accredited to Indonesia and Timor-Leste', () => {
    expect(relation(x, 'HOLDS_POSITION', 'person:oliver-chambard', 'position:duta-besar@country:FR')).toBeDefined();
    expect(relation(x, 'ACCREDITED_TO', 'position:duta-besar@country:FR', 'country:ID')).toBeDefined();
    expect(relation(x, 'ACCREDITED_TO', 'position:duta-besar@country:FR', 'country:TL')).toBeDefined();
    expect(entity(x, 'position:duta-besar@country:FR').attributes.accreditedTo).toEqual(['country:ID', 'country:TL']);
  });

  it('finds the delegation members with their embassy posts', () => {
    const ev = eventOf(x).id;
    expect(roles(x, 'person:pierre-vincent', ev)).toContain('DELEGATION_MEMBER');
    expect(roles(x, 'person:yann-bernitzky', ev)).toContain('DELEGATION_MEMBER');
    expect(
      relation(x, 'HOLDS_POSITION', 'person:pierre-vincent', 'position:penasihat@org:kedubes-fr-id'),
    ).toBeDefined();
    expect(
      relation(x, 'HOLDS_POSITION', 'person:yann-bernitzky', 'position:atase-polisi@org:kedubes-fr-id'),
    ).toBeDefined();
    expect(entity(x, 'person:yann-bernitzky').attributes.honorifics).toEqual(['Superintendent']);
    expect(entity(x, 'org:kedubes-fr-id').attributes).toMatchObject({ kind: 'embassy', country: 'FR' });
  });

  it('resolves "Kepala BNPT didampingi oleh …" to Boy Rafli Amar and his two companions', () => {
    expect(relation(x, 'ACCOMPANIED_BY', 'person:boy-rafli-amar', 'person:andhika-chrisnayudhanto')).toBeDefined();
    expect(relation(x, 'ACCOMPANIED_BY', 'person:boy-rafli-amar', 'person:kris-erlangga')).toBeDefined();
    expect(
      relation(
        x,
        'HOLDS_POSITION',
        'person:andhika-chrisnayudhanto',
        'position:deputi-bidang-kerja-sama-internasional@org:bnpt',
      ),
    ).toBeDefined();
  });

  it('finds a planned Indonesia–France MoU on deradicalisation and CBRN training', () => {
    const mou = entity(x, 'agreement:mou-fr-id');
    expect(mou.attributes).toMatchObject({ kind: 'mou', status: 'planned' });
    expect(mou.attributes.topics).toEqual(expect.arrayContaining(['deradicalisation', 'cbrn', 'training']));
    expect(relation(x, 'PARTY_TO', 'country:FR', mou.id)).toBeDefined();
    expect(relation(x, 'PARTY_TO', 'country:ID', mou.id)).toBeDefined();
  });

  it('reads "beserta delegasi" as the delegation members accompanying the ambassador at the visit', () => {
    for (const member of ['person:pierre-vincent', 'person:yann-bernitzky']) {
      const r = relation(x, 'ACCOMPANIED_BY', 'person:oliver-chambard', member);
      expect(r?.attributes.event).toBe(eventOf(x).id);
      expect(r?.evidence.quote).toMatch(/beserta delegasi/);
    }
  });

  it('links the planned MoU to the visit that planned it', () => {
    const mou = x.entities.find((e) => e.type === 'Agreement' && e.attributes.status === 'planned');
    expect(mou).toBeDefined();
    expect(relation(x, 'FOLLOW_UP_OF', mou!.id, eventOf(x).id)).toBeDefined();
  });
});
