import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/ingest/extract/index.js';
import { LexiconError, loadLexicon } from '../../../src/ingest/lexicon/index.js';
import { parseArticle } from '../../../src/ingest/read/index.js';

const article = parseArticle(
  new TextEncoder().encode(
    'Jakarta – Kepala BNPT menerima kunjungan Kepala ZXA, Jenderal Budi Hartanto, di Kantor BNPT Jakarta, Senin (3/6/2024).',
  ),
  { path: 'a.txt' },
);

describe('the lexicon', () => {
  it('is extended by data files in another folder, without touching code', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lex-'));
    writeFileSync(
      join(dir, 'organisations.json'),
      JSON.stringify({
        organisations: [
          { id: 'zxa', name: 'Zeta Xenon Agency', acronym: 'ZXA', aliases: [], kind: 'agency', country: 'SG' },
        ],
      }),
    );
    const before = extractArticle(article);
    const after = extractArticle(article, { lexicon: loadLexicon({ extensionDirs: [dir] }) });
    expect(before.entities.some((e) => e.id === 'org:zxa')).toBe(false);
    expect(after.entities.find((e) => e.id === 'org:zxa')?.attributes).toMatchObject({ kind: 'agency', country: 'SG' });
    expect(after.relations.some((r) => r.type === 'POSITION_OF' && r.to === 'org:zxa')).toBe(true);
  });

  it('rejects an invalid extension with a sentence naming the file and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lex-'));
    writeFileSync(join(dir, 'organisations.json'), JSON.stringify({ organisations: [{ id: 'Bad Id' }] }));
    expect(() => loadLexicon({ extensionDirs: [dir] })).toThrow(LexiconError);
    expect(() => loadLexicon({ extensionDirs: [dir] })).toThrow(
      /organisations\.json is invalid at organisations\.\d+\./,
    );
  });
});
