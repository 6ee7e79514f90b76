/**
 * The ingest reports a failure of the database in our words: a write that breaks a uniqueness constraint fails its
 * article with CONFLICT and our sentence, never with Neo4j's "Node(53) already exists with label …". (An id an
 * analyst merged into another no longer breaks anything: the ingest writes the kept entity, test/ingest/decisions.)
 * A database that is not there stops the ingest with the graph layer's own DatabaseUnavailableError, which knows
 * nothing of GraphQL, and nothing in src/ingest imports the API's errors.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { GraphQLError } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { DatabaseUnavailableError } from '../../src/graph/database-error.js';
import { ingestFile, ingestPaths } from '../../src/ingest/pipeline.js';
import { clearDatabase, openTestDatabase, openUnreachableDatabase } from '../helpers/database.js';

const SEED_2018 = 'seeds/000_c688c89108eefa01.txt';
/** A person the 2018 seed names, here taken by a stray Person node that is neither an entity nor a merged one. */
const TAKEN = 'person:suhardi-alius';

describe('the ingest and a broken constraint', () => {
  let db: Database;
  beforeAll(async () => {
    db = openTestDatabase();
    await clearDatabase(db);
    await db.write(`CREATE (:Person {id: $id, name: 'Suhardi Alius'})`, { id: TAKEN });
  });
  afterAll(async () => {
    await clearDatabase(db);
    await db.close();
  });

  it('fails the article with CONFLICT and a sentence of ours naming the repeated id', async () => {
    const report = await ingestFile(db, SEED_2018);
    expect(report.outcome).toBe('failed');
    expect(report.error?.code).toBe('CONFLICT');
    expect(report.error?.message).toBe(
      `Article file ${SEED_2018} could not be ingested: The graph already holds the Person '${TAKEN}' (its id must be unique); the write that would have repeated it was refused.`,
    );
    expect(report.error?.message).not.toMatch(/Node\(\d+\)|already exists|`/);
  });
});

describe('the ingest and a database that is not there', () => {
  const dead = openUnreachableDatabase();
  afterAll(() => dead.close());

  it("stops with the graph layer's DatabaseUnavailableError, not a failed report and not a GraphQL error", async () => {
    for (const ingest of [() => ingestFile(dead, SEED_2018), () => ingestPaths({ db: dead, paths: ['seeds'] })]) {
      const error = await ingest().catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseUnavailableError);
      expect(error).not.toBeInstanceOf(GraphQLError);
      expect(error).toMatchObject({ kind: 'UNAVAILABLE' });
    }
  });

  it("is told so by the graph layer only: no module of src/ingest imports the API's errors or GraphQL", async () => {
    const files = (await readdir('src/ingest', { recursive: true })).filter((file) => file.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    for (const file of files) {
      const text = await readFile(path.join('src/ingest', file), 'utf8');
      expect([file, /from '(\.\.\/)+errors\.js'|from 'graphql'/.test(text)]).toEqual([file, false]);
    }
  });
});
