/**
 * Issue 16, part 4: an import after a merge. A file exported before an analyst merged two entities loads into the
 * graph after it: what the file says of the merged entity is written on the kept one, a fact the merge joined to
 * one of the kept entity is written under that one's id, and the graph is as it was (its export unchanged).
 */
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { mergeEntities } from '../../src/graph/corrections/index.js';
import { importJsonl } from '../../src/import/index.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { exportJsonlToFile, exportToString } from '../export/helpers.js';
import { useEmptyDatabase } from '../helpers/database.js';

const KEEP = 'person:laksmi-pratiwi';
const MERGED = 'person:laksmi-kurniawati';
const ARTICLES = ['merge-1', 'merge-2', 'merge-4'].map((name) => `test/fixtures/decisions/decisions-${name}.txt`);

/** The export without the times of writing, which an import may leave as they were or not. */
function stable(jsonl: string): string[] {
  return jsonl
    .trim()
    .split('\n')
    .map((line) => line.replace(/"(createdAt|updatedAt|ingestedAt)":"[^"]*"/g, '"$1":"*"'))
    .sort();
}

describe('the import of an export taken before a merge', () => {
  const graph = useEmptyDatabase({ name: 'import-decisions' });
  let before: string;
  beforeEach(async () => {
    await ingestPaths({ db: graph.db, paths: ARTICLES });
    before = path.join(graph.scratch, 'before-merge.jsonl');
    await exportJsonlToFile(graph.db, before);
    await mergeEntities(graph.db, { actor: 'rina', reason: 'one person, two names', keepId: KEEP, mergeId: MERGED });
  });

  it('loads, writing what it says of the merged entity on the kept one, and changes nothing', async () => {
    const merged = await exportToString(graph.db, 'jsonl');
    expect(merged).not.toContain(`"${MERGED}"`);
    const summary = await importJsonl({ db: graph.db, file: before });
    expect(summary.entities).toBeGreaterThan(0);
    const [state] = await graph.db.read<{ entity: boolean; posts: number }>(
      `RETURN EXISTS { MATCH (:Entity {id: $merged}) } AS entity,
              COUNT { MATCH (:Entity {id: $keep})-[:HOLDS_POSITION]->() } AS posts`,
      { merged: MERGED, keep: KEEP },
    );
    expect(state).toEqual({ entity: false, posts: 2 });
    expect(stable(await exportToString(graph.db, 'jsonl'))).toEqual(stable(merged));
  });

  it('finds the merged entity a statement names in the graph when the file does not hold it', async () => {
    const lines = (await readFile(before, 'utf8')).trim().split('\n');
    const statements = lines.filter((line) => line.includes(`"source":"${MERGED}"`));
    expect(statements.length).toBeGreaterThan(0);
    const file = path.join(graph.scratch, 'statements-only.jsonl');
    await writeFile(file, `${statements.join('\n')}\n`);
    await importJsonl({ db: graph.db, file });
    const [state] = await graph.db.read<{ posts: number }>(
      'RETURN COUNT { MATCH (:Entity {id: $keep})-[:HOLDS_POSITION]->() } AS posts',
      { keep: KEEP },
    );
    expect(state?.posts).toBe(2);
  });
});
