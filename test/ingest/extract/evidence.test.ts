import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXTRACTOR_VERSION, extractArticle } from '../../../src/ingest/extract/index.js';
import { readArticle } from '../../../src/ingest/read/index.js';

const files = [
  ...readdirSync('seeds').map((f) => join('seeds', f)),
  ...readdirSync('test/fixtures/articles').map((f) => join('test/fixtures/articles', f)),
];

describe.each(files)('the extraction of %s', (file) => {
  it('quotes evidence exactly: body.slice(start, end) === quote, inside its sentence', async () => {
    const article = await readArticle(file);
    for (const r of extractArticle(article).relations) {
      expect(article.text.slice(r.evidence.start, r.evidence.end)).toBe(r.evidence.quote);
      expect(r.evidence.sentence).toContain(r.evidence.quote);
    }
  });

  it('relates only entities of the same extraction', async () => {
    const x = extractArticle(await readArticle(file));
    const ids = new Set(x.entities.map((e) => e.id));
    for (const r of x.relations) {
      expect(ids.has(r.from), `${r.type} from ${r.from}`).toBe(true);
      expect(ids.has(r.to), `${r.type} to ${r.to}`).toBe(true);
    }
    expect(x.extractorVersion).toBe(EXTRACTOR_VERSION);
  });

  it('is deterministic', async () => {
    const article = await readArticle(file);
    expect(JSON.stringify(extractArticle(article))).toBe(JSON.stringify(extractArticle(article)));
  });
});
