/**
 * The ingest's write strategy on the tests' Neo4j: which way an article goes, the typed outcome of writing new
 * articles together (halved down to the one the database refuses, the ones before it kept), an article another
 * ingest wrote meanwhile, and the one failure that is thrown — the database not being there.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../src/graph/database.js';
import { DatabaseError, DatabaseUnavailableError } from '../../../src/graph/database-error.js';
import type { GraphBatch } from '../../../src/graph/ingest-repository.js';
import { EntityLabel } from '../../../src/graph/model.js';
import { wayOf, writeAlone, writeTogether } from '../../../src/ingest/load/write-strategy.js';
import { openUnreachableDatabase, useEmptyDatabase } from '../../helpers/database.js';

/** A person id that a stray node outside the model takes, so that writing it breaks the Entity id constraint. */
const TAKEN = 'person:taken-by-a-stray-node';

/** An article naming one person; `stray` names the taken one, which the database refuses. */
function article(id: string, options: { stray?: boolean } = {}): GraphBatch {
  const person = options.stray ? TAKEN : `person:${id.slice('article:'.length)}-official`;
  return {
    article: {
      id,
      url: null,
      title: `Release ${id}`,
      source: 'BNPT',
      publishedAt: '2024-05-20',
      contentHash: `hash-${id}`,
      path: null,
      extractorVersion: 'test/1',
    },
    entities: [
      { id: person, label: EntityLabel.Person, name: `Official ${id}`, aliases: [], props: {}, dates: {}, notes: [] },
    ],
    facts: [],
    evidence: [],
  };
}

async function articleIds(db: Database): Promise<string[]> {
  const rows = await db.read<{ id: string }>('MATCH (a:Article) RETURN a.id AS id ORDER BY id');
  return rows.map((row) => row.id);
}

describe('the write strategy', () => {
  const graph = useEmptyDatabase({ name: 'write-strategy-test' });

  it('skips an unchanged article, writes a changed one alone and a new one with the other new ones', () => {
    const stored = { contentHash: 'hash', extractorVersion: 'v1' };
    expect(wayOf({ contentHash: 'hash', extractorVersion: 'v1' }, stored)).toBe('skip');
    expect(wayOf({ contentHash: 'hash', extractorVersion: 'v0' }, stored)).toBe('alone');
    expect(wayOf(undefined, stored)).toBe('together');
  });

  it('writes new articles in one transaction, each created', async () => {
    const { db } = graph;
    const before = db.queryCount;
    const outcome = await writeTogether(
      db,
      ['a', 'b', 'c'].map((k) => article(`article:${k}`)),
    );
    expect(outcome.kind).toBe('written');
    expect(outcome.results.map((result) => result.outcome)).toEqual(['created', 'created', 'created']);
    expect(await articleIds(db)).toEqual(['article:a', 'article:b', 'article:c']);
    expect(db.queryCount - before).toBeLessThan(10);
  });

  it('halves a refused batch down to the article that breaks it, keeping those before it', async () => {
    const { db } = graph;
    await db.write(`CREATE (:Person {id: $id, name: 'A stray node'})`, { id: TAKEN });
    const batch = [
      article('article:a'),
      article('article:b'),
      article('article:c', { stray: true }),
      article('article:d'),
    ];
    const outcome = await writeTogether(db, batch);
    expect(outcome.kind).toBe('broken');
    expect(outcome.results.map((result) => result.outcome)).toEqual(['created', 'created']);
    // The articles before the broken one are written; it and the ones after are the caller's to write alone.
    expect(await articleIds(db)).toEqual(['article:a', 'article:b']);
  });

  it('says when another ingest wrote an article of the batch meanwhile, and writes none of them', async () => {
    const { db } = graph;
    await writeAlone(db, article('article:b'));
    const outcome = await writeTogether(db, [article('article:a'), article('article:b'), article('article:c')]);
    expect(outcome).toEqual({ kind: 'taken', results: [] });
    expect(await articleIds(db)).toEqual(['article:b']);
  });

  it('answers a refused article written alone as failed, with the database error, and writes nothing of it', async () => {
    const { db } = graph;
    await db.write(`CREATE (:Person {id: $id, name: 'A stray node'})`, { id: TAKEN });
    const outcome = await writeAlone(db, article('article:a', { stray: true }));
    expect(outcome).toMatchObject({ kind: 'failed', error: expect.any(DatabaseError) });
    expect(await articleIds(db)).toEqual([]);
  });
});

describe('the write strategy and a database that is not there', () => {
  const dead = openUnreachableDatabase();
  afterAll(() => dead.close());

  it('throws DatabaseUnavailableError, written together or alone', async () => {
    await expect(writeTogether(dead, [article('article:a')])).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(writeAlone(dead, article('article:a'))).rejects.toBeInstanceOf(DatabaseUnavailableError);
  });
});
