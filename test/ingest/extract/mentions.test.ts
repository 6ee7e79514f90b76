import { readdir } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Extraction } from '../../../src/ingest/extract/index.js';
import { readArticle } from '../../../src/ingest/read/index.js';
import { extractFile } from './helpers.js';

const mentionsOf = (x: Extraction, entity: string): string[] =>
  x.mentions.filter((m) => m.entity === entity).map((m) => m.text);

describe('mentions of seed 000', () => {
  let x: Extraction;
  beforeAll(async () => {
    x = await extractFile('seeds/000_c688c89108eefa01.txt');
  });

  it('names Suhardi Alius by his name without rank and degrees, and by the post standing for him', () => {
    const forms = mentionsOf(x, 'person:suhardi-alius');
    expect(forms).toContain('Suhardi Alius');
    expect(forms).toContain('Kepala BNPT');
    expect(forms.some((f) => /Komjen|Drs|MH/.test(f))).toBe(false);
  });

  it('names a post by its phrase and the organisation inside it as well', () => {
    const post = x.mentions.find((m) => m.entity === 'position:kepala@org:bnpt');
    expect(post?.text).toBe('Kepala BNPT');
    const org = x.mentions.find((m) => m.entity === 'org:bnpt' && post && m.start >= post.start && m.end <= post.end);
    expect(org?.text).toBe('BNPT');
  });

  it('names the event by its cue', () => {
    expect(mentionsOf(x, x.entities.find((e) => e.type === 'Event')?.id ?? '')).toContain('workshop');
  });
});

describe('mentions of every seed and fixture article', () => {
  const files: string[] = [];
  beforeAll(async () => {
    for (const folder of ['seeds', 'test/fixtures/articles'])
      for (const f of await readdir(folder)) if (f.endsWith('.txt')) files.push(`${folder}/${f}`);
  });

  it('quote the body exactly, in text order, each span once, only of the article’s own entities', async () => {
    expect(files.length).toBeGreaterThan(5);
    for (const file of files) {
      const article = await readArticle(file);
      const x = await extractFile(file);
      const ids = new Set(x.entities.map((e) => e.id));
      const keys = new Set<string>();
      let previous = -1;
      for (const m of x.mentions) {
        expect(article.text.slice(m.start, m.end), file).toBe(m.text);
        expect(ids.has(m.entity), `${file}: ${m.entity}`).toBe(true);
        expect(m.start, file).toBeGreaterThanOrEqual(previous);
        previous = m.start;
        const key = `${m.entity}|${m.start}|${m.end}`;
        expect(keys.has(key), `${file}: ${key} twice`).toBe(false);
        keys.add(key);
      }
    }
  });

  it('name every person, post and organisation the article holds at least once', async () => {
    for (const file of files) {
      const x = await extractFile(file);
      const mentioned = new Set(x.mentions.map((m) => m.entity));
      const unnamed = x.entities
        .filter((e) => ['Person', 'Position', 'Organization'].includes(e.type) && !mentioned.has(e.id))
        .map((e) => e.id);
      expect(unnamed, file).toEqual([]);
    }
  });
});
