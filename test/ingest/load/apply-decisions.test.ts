/** The analysts' decisions applied to an article before it is written (pure). */
import { describe, expect, it } from 'vitest';
import { type Decisions, NO_DECISIONS } from '../../../src/graph/corrections/index.js';
import type { GraphBatch } from '../../../src/graph/ingest-repository.js';
import type { Extraction } from '../../../src/ingest/extract/types.js';
import {
  factsToMatch,
  followSplits,
  liveCandidates,
  redirectMerged,
  respectSplits,
  withTwinIds,
} from '../../../src/ingest/load/apply-decisions.js';

function decisions(partial: Partial<Decisions>): Decisions {
  return { ...NO_DECISIONS, ...partial };
}

/** An extraction of two persons, one accompanying the other at an event. */
const EXTRACTION = {
  entities: [
    { id: 'person:b', type: 'Person', name: 'B', aliases: [], attributes: {} },
    { id: 'person:c', type: 'Person', name: 'C', aliases: [], attributes: {} },
    { id: 'event:e', type: 'Event', name: 'E', aliases: [], attributes: {} },
  ],
  relations: [{ type: 'ACCOMPANIED_BY', from: 'person:b', to: 'person:c', attributes: { event: 'event:e' } }],
  mentions: [],
} as unknown as Extraction;

describe('applying the decisions', () => {
  it('writes a merged id, in entities, relation ends and attributes, as the entity it was merged into', () => {
    const redirected = redirectMerged(
      EXTRACTION,
      decisions({
        redirects: new Map([
          ['person:b', 'person:a'],
          ['event:e', 'event:f'],
        ]),
      }),
    );
    expect(redirected.entities.map((entity) => entity.id)).toEqual(['person:a', 'person:c', 'event:f']);
    expect(redirected.relations[0]).toMatchObject({
      from: 'person:a',
      to: 'person:c',
      attributes: { event: 'event:f' },
    });
    expect(redirectMerged(EXTRACTION, NO_DECISIONS)).toBe(EXTRACTION);
  });

  it('offers no merged person to the resolution', () => {
    const known = [
      { id: 'person:a', name: 'A', aliases: ['B'] },
      { id: 'person:b', name: 'B', aliases: [] },
    ];
    expect(liveCandidates(known, decisions({ merged: new Set(['person:b']) }))).toEqual([known[0]]);
  });

  it('drops a resolution that would give a person the id of one it was split from, and its note', () => {
    const resolution = {
      renamed: new Map([
        ['person:y', 'person:x'],
        ['person:c', 'person:d'],
      ]),
      notes: new Map([
        ['person:x', 'a note on x'],
        ['person:d', 'a note on d'],
      ]),
    };
    const split = decisions({ different: new Map([['person:x', new Set(['person:y'])]]) });
    expect(respectSplits(resolution, split)).toEqual({
      renamed: new Map([['person:c', 'person:d']]),
      notes: new Map([['person:d', 'a note on d']]),
    });
    expect(respectSplits(resolution, NO_DECISIONS)).toBe(resolution);
  });

  it('writes on the split-off entity what a split article says of the entity it was split from, only there', () => {
    const split = decisions({ splits: new Map([['person:b', [{ id: 'person:b-2', articleIds: ['article:2'] }]]]) });
    const followed = followSplits(EXTRACTION, split, 'article:2');
    expect(followed.replaced).toEqual(new Set(['person:b']));
    expect(followed.extraction.relations[0]).toMatchObject({ from: 'person:b-2', to: 'person:c' });
    expect(followSplits(EXTRACTION, split, 'article:3').extraction.relations[0]).toMatchObject({ from: 'person:b' });
  });

  it('writes a fact a correction moved under the id it has, with its evidence', () => {
    const rows = {
      article: { id: 'article:1' },
      entities: [],
      facts: [
        { id: 'fact:new', type: 'PARTICIPATED_IN', from: 'person:a', to: 'event:e', props: { role: 'HOST' } },
        { id: 'fact:other', type: 'LOCATED_IN', from: 'event:e', to: 'country:ID', props: {} },
      ],
      evidence: [{ id: 'evidence:1', factId: 'fact:new' }],
    } as unknown as GraphBatch;
    const corrected = decisions({ corrected: new Set(['person:a']) });
    expect(factsToMatch(rows, corrected)).toEqual([
      { id: 'fact:new', type: 'PARTICIPATED_IN', from: 'person:a', to: 'event:e', role: 'HOST', eventId: null },
    ]);
    expect(factsToMatch(rows, NO_DECISIONS)).toEqual([]);
    const twinned = withTwinIds(rows, new Map([['fact:new', 'fact:moved']]));
    expect(twinned.facts.map((fact) => fact.id)).toEqual(['fact:moved', 'fact:other']);
    expect(twinned.evidence).toEqual([{ id: 'evidence:1', factId: 'fact:moved' }]);
  });
});
