import { describe, expect, it } from 'vitest';
import { dryRun } from '../../../src/ingest/dry-run.js';

async function lines(paths: string[]): Promise<string[]> {
  const out: string[] = [];
  for await (const line of dryRun(paths)) out.push(line);
  return out;
}

describe('dryRun', () => {
  it('yields one JSON line per article of a folder, in file order', async () => {
    const out = await lines(['seeds']);
    expect(out).toHaveLength(2);
    for (const line of out) expect(line).not.toContain('\n');
    const first = JSON.parse(out[0] ?? '{}') as { path: string; entities: unknown[]; extractorVersion: string };
    expect(first.path).toBe('seeds/000_c688c89108eefa01.txt');
    expect(first.entities.length).toBeGreaterThan(0);
    expect(first.extractorVersion).toMatch(/^bnpt-rules\//);
  });

  it('reports a rejected file as an error line and goes on', async () => {
    const out = await lines(['/nonexistent.txt', 'seeds/003_a59428b1b2b5708d.txt']);
    expect(JSON.parse(out[0] ?? '{}')).toMatchObject({
      path: '/nonexistent.txt',
      error: { code: 'ARTICLE_UNREADABLE' },
    });
    expect(JSON.parse(out[1] ?? '{}')).toHaveProperty('relations');
  });
});

describe('dryRun overrides', () => {
  it("uses a given publication date and source instead of the file's own", async () => {
    const out: string[] = [];
    for await (const line of dryRun(['seeds/000_c688c89108eefa01.txt'], {
      published: '2018-09-20',
      source: 'bnpt.go.id',
    }))
      out.push(line);
    expect(JSON.parse(out[0] ?? '{}').article).toMatchObject({ publishedAt: '2018-09-20', source: 'bnpt.go.id' });
  });
});
