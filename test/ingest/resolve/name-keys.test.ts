/** The name keys of person resolution, and the corroboration a merge needs (pure). */
import { describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/ingest/extract/index.js';
import { personContexts } from '../../../src/ingest/resolve/batch-candidates.js';
import { nameKeyOf } from '../../../src/ingest/resolve/name-keys.js';
import { findPossibleDuplicates } from '../../../src/ingest/resolve/possible-duplicates.js';
import { resolvePersons } from '../../../src/ingest/resolve/resolve-persons.js';

describe('nameKeyOf', () => {
  it('keys a dropped middle initial as initials', () => {
    expect(nameKeyOf('Jonathan B. Miles', 'Jonathan Miles')).toBe('initials');
  });

  it('keys an initial standing for a given name, in the old spelling j for y, as initials', () => {
    expect(nameKeyOf('Johanes B. Wiryo', 'Yohanes Baskoro Wiryo')).toBe('initials');
    expect(nameKeyOf('A. Wiryo', 'Adang Wiryo')).toBe('initials');
  });

  it('keys the Indonesian spelling variants as spelling', () => {
    expect(nameKeyOf('Soekarno Djojo', 'Sukarno Joyo')).toBe('spelling');
    expect(nameKeyOf('Andhika Chrisnayudhanto', 'Andhika Krisnayudhanto')).toBe('spelling');
  });

  it('keys a given name alone as a short form of the full name', () => {
    expect(nameKeyOf('Budiono', 'Budiono Sandi')).toBe('short');
  });

  it('gives no key to two names that only share a surname, nor to a surname alone', () => {
    expect(nameKeyOf('Bagus Wiryo', 'Sandi Wiryo')).toBeNull();
    expect(nameKeyOf('Bagus Wiryo', 'Johanes B. Wiryo')).toBeNull();
    expect(nameKeyOf('Wiryo', 'Sandi Wiryo')).toBeNull();
  });

  it('keeps word order: "Sandi Budiono" is not "Budiono Sandi"', () => {
    expect(nameKeyOf('Sandi Budiono', 'Budiono Sandi')).toBeNull();
  });
});

/** An article naming one person who holds one post of an organisation. */
function article(person: { id: string; name: string }, post: string, org: string): Extraction {
  return {
    entities: [
      { id: person.id, type: 'Person', name: person.name, aliases: [], attributes: {} },
      { id: post, type: 'Position', name: post, aliases: [], attributes: { organization: org } },
    ],
    relations: [
      {
        type: 'HOLDS_POSITION',
        from: person.id,
        to: post,
        attributes: {},
        evidence: { quote: '', sentence: '', start: 0, end: 0, confidence: 0.9, rule: 'post' },
      },
    ],
  } as unknown as Extraction;
}

describe('resolvePersons', () => {
  const known = [
    {
      id: 'person:jonathan-b-miles',
      name: 'Jonathan B. Miles',
      aliases: [],
      context: ['position:duta-besar@country:AU'],
    },
  ];

  it('merges a key corroborated by the same post, and notes both', () => {
    const x = article({ id: 'person:jonathan-miles', name: 'Jonathan Miles' }, 'position:duta-besar@country:AU', 'x');
    const resolution = resolvePersons(x, known, { articleLabel: 'a.txt' });
    expect(resolution.renamed.get('person:jonathan-miles')).toBe('person:jonathan-b-miles');
    expect(resolution.notes.get('person:jonathan-b-miles')).toMatch(/initials.*the same post/);
  });

  it('does not merge the same key with nothing to corroborate it', () => {
    const x = article({ id: 'person:jonathan-miles', name: 'Jonathan Miles' }, 'position:konsul@country:NZ', 'x');
    expect(resolvePersons(x, known, { articleLabel: 'a.txt' }).renamed.size).toBe(0);
  });

  it('does not merge a one-word name on a shared organisation alone', () => {
    const x = article({ id: 'person:budiono', name: 'Budiono' }, 'position:direktur@org:bnpt', 'org:bnpt');
    const sandi = { id: 'person:budiono-sandi', name: 'Budiono Sandi', aliases: [], context: ['org:bnpt'] };
    expect(resolvePersons(x, [sandi], { articleLabel: 'a.txt' }).renamed.size).toBe(0);
  });
});

describe('personContexts', () => {
  it("gives a person its posts and each post's organisation, from the facts a batch writes", () => {
    const contexts = personContexts(new Set(['person:a']), [
      { type: 'HOLDS_POSITION', from: 'person:a', to: 'position:kepala@org:bnpt' },
      { type: 'POSITION_OF', from: 'position:kepala@org:bnpt', to: 'org:bnpt' },
      { type: 'ACCOMPANIED_BY', from: 'person:a', to: 'person:b' },
    ]);
    expect([...(contexts.get('person:a') ?? [])].sort()).toEqual(['org:bnpt', 'position:kepala@org:bnpt']);
  });
});

describe('findPossibleDuplicates', () => {
  it('pairs persons sharing a key without corroboration, and leaves out a pair decided different', () => {
    const persons = [
      { id: 'person:a', name: 'Yohanes Baskoro Wiryo', aliases: [], context: ['org:bnpt'] },
      { id: 'person:b', name: 'Johanes B. Wiryo', aliases: [], context: ['org:kemlu'] },
      { id: 'person:c', name: 'Sandi Wiryo', aliases: [], context: ['org:bnpt'] },
    ];
    const pairs = findPossibleDuplicates(persons);
    expect(pairs.map((p) => [p.a.id, p.b.id, p.kind])).toEqual([['person:a', 'person:b', 'initials']]);
    expect(findPossibleDuplicates(persons, { decided: new Set(['person:a|person:b']) })).toEqual([]);
  });
});
