/** One post under one title: the rules and equivalences of lexicon/data/posts.json. */
import { describe, expect, it } from 'vitest';
import { actingTitle, canonicalPost } from '../../../src/ingest/extract/canonical-posts.js';
import type { Lexicon } from '../../../src/ingest/lexicon/index.js';
import { loadLexicon, mergeData } from '../../../src/ingest/lexicon/index.js';

const lexicon = loadLexicon();

describe('canonicalPost', () => {
  it('leaves "Bidang" out after the head, so both written forms give one title', () => {
    expect(canonicalPost(lexicon, 'Direktur Bidang Perangkat Hukum Internasional', 'bnpt')).toEqual(
      canonicalPost(lexicon, 'Direktur Perangkat Hukum Internasional', 'bnpt'),
    );
  });

  it("gives BNPT's numbered deputy the full name the equivalences list", () => {
    expect(canonicalPost(lexicon, 'Deputi III', 'bnpt').title).toBe('Deputi Bidang Kerja Sama Internasional');
    expect(canonicalPost(lexicon, 'Deputi Kerja Sama Internasional', 'bnpt').title).toBe(
      'Deputi Bidang Kerja Sama Internasional',
    );
  });

  it("does not apply one organisation's equivalences to another's posts", () => {
    expect(canonicalPost(lexicon, 'Deputi III', 'polri').title).toBe('Deputi III');
  });

  it('drops a unit qualifier after a title that names more than its head', () => {
    expect(canonicalPost(lexicon, 'Direktur Kerja Sama Regional dan Multilateral Kedeputian III', 'bnpt').title).toBe(
      'Direktur Kerja Sama Regional dan Multilateral',
    );
  });

  it('keeps the qualifier of a bare head, which alone would not tell the post', () => {
    expect(canonicalPost(lexicon, 'Direktur Kedeputian III', 'bnpt').title).toBe('Direktur Kedeputian III');
  });

  it("reads the head of a national unit as a post of the unit's parent, acronym or expansion alike", () => {
    const byAcronym = canonicalPost(lexicon, 'Kepala', 'bareskrim');
    expect(byAcronym).toEqual({ title: 'Kepala Badan Reserse Kriminal', orgKey: 'polri' });
    expect(canonicalPost(lexicon, 'Kepala Badan Reserse Kriminal', 'polri')).toEqual(byAcronym);
    expect(canonicalPost(lexicon, 'Kepala Badan Reserse Kriminal', 'bareskrim')).toEqual(byAcronym);
  });

  it('reads a head followed by the full name of its own organisation as that head', () => {
    expect(canonicalPost(lexicon, 'Kepala Badan Nasional Penanggulangan Terorisme', null)).toEqual({
      title: 'Kepala',
      orgKey: 'bnpt',
    });
  });

  it('is unchanged when applied to its own result', () => {
    for (const [title, org] of [
      ['Deputi III', 'bnpt'],
      ['Kepala', 'bareskrim'],
      ['Direktur Bilateral', 'bnpt'],
    ] as const) {
      const once = canonicalPost(lexicon, title, org);
      expect(canonicalPost(lexicon, once.title, once.orgKey)).toEqual(once);
    }
  });

  it('takes equivalences added as data, without code', () => {
    const extended = mergeData(lexicon, {
      posts: { equivalences: [{ organization: 'bnpt', title: 'Direktur Penindakan', variants: ['Direktur II/1'] }] },
    }) as Lexicon;
    expect(canonicalPost(extended, 'Direktur II/1', 'bnpt').title).toBe('Direktur Penindakan');
  });
});

describe('actingTitle', () => {
  it('reads "Pelaksana Tugas" and "Plt." as how the post is held, not as part of it', () => {
    expect(actingTitle(lexicon, 'Pelaksana Tugas Deputi Kerja Sama Internasional')).toBe(
      'Deputi Kerja Sama Internasional',
    );
    expect(actingTitle(lexicon, 'Plt. Kepala')).toBe('Kepala');
    expect(actingTitle(lexicon, 'Deputi Kerja Sama Internasional')).toBeNull();
  });
});
