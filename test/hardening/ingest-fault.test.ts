/**
 * The ingest killed midway: `src/ingest/cli.ts` runs as a child process on the tests' Neo4j and is SIGKILLed after
 * its first article; run again, it leaves the graph equal to that of a clean run (counts and a content checksum),
 * because each article is written in one transaction and every write is idempotent. (Two ingests of one folder at
 * once writing no duplicates is test/ingest/pipeline.test.ts, "writes no duplicates when the same folder is
 * ingested twice at once".)
 */
import { spawn } from 'node:child_process';
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { clearDatabase, openTestDatabase, testNeo4jUri } from '../helpers/database.js';
import { fingerprint } from './helpers.js';

const SOURCES = ['seeds', 'test/fixtures/articles'];

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/** Runs the ingest CLI on `folder`; with `killAfter`, SIGKILLs it once its progress shows that many articles. */
function ingest(folder: string, killAfter?: number): Promise<Run> {
  const password = inject('neo4jPassword');
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/ingest/cli.ts', folder], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      NEO4J_URI: testNeo4jUri(),
      NEO4J_USER: inject('neo4jUser'),
      ...(password ? { NEO4J_PASSWORD: password } : {}),
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
    if (killAfter !== undefined && stderr.includes(`[${killAfter}/`)) child.kill('SIGKILL');
  });
  return new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal, stderr })));
}

async function articleCount(db: Database): Promise<number> {
  const [row] = await db.read<{ count: number }>('MATCH (a:Article) RETURN count(a) AS count');
  return row?.count ?? 0;
}

describe('ingest killed midway', () => {
  let db: Database;
  let folder: string;
  let total = 0;
  beforeAll(async () => {
    db = openTestDatabase();
    folder = await mkdtemp(path.join(tmpdir(), 'ingest-kill-'));
    for (const source of SOURCES) {
      for (const file of (await readdir(source)).filter((name) => name.endsWith('.txt'))) {
        await copyFile(path.join(source, file), path.join(folder, file));
        total += 1;
      }
    }
  });
  afterAll(async () => {
    await clearDatabase(db);
    await db.close();
    await rm(folder, { recursive: true, force: true });
  });

  it('leaves, once run again, the graph of a clean run', async () => {
    await clearDatabase(db);
    const clean = await ingest(folder);
    expect(clean.code, clean.stderr).toBe(0);
    const expected = await fingerprint(db);
    expect(await articleCount(db)).toBe(total);

    await clearDatabase(db);
    const killed = await ingest(folder, 1);
    expect(killed.signal).toBe('SIGKILL');
    const partial = await articleCount(db);
    const partialFingerprint = await fingerprint(db);
    expect(partial).toBeGreaterThanOrEqual(1);
    expect(partial).toBeLessThan(total);

    const again = await ingest(folder);
    expect(again.code, again.stderr).toBe(0);
    const actual = await fingerprint(db);
    console.log(
      `ingest fault: ${total} articles, killed after ${partial} (${partialFingerprint.nodes} nodes); clean and resumed: ` +
        `${expected.nodes} nodes, ${expected.relationships} relationships, checksum ${expected.checksum.slice(0, 12)}…`,
    );
    expect(actual).toEqual(expected);
  }, 120_000);
});
