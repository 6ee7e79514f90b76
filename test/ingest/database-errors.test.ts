/**
 * The ingest reports a failure of the database in our words: a write that breaks a uniqueness constraint fails its
 * article with CONFLICT and our sentence, never with Neo4j's "Node(53) already exists with label …".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { ingestFile } from '../../src/ingest/pipeline.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';

const SEED_2018 = 'seeds/000_c688c89108eefa01.txt';
/** A person the 2018 seed names, here already merged into another by an analyst (so no longer an Entity). */
const MERGED = 'person:suhardi-alius';

describe('the ingest and a broken constraint', () => {
  let db: Database;
  beforeAll(async () => {
    db = openTestDatabase();
    await clearDatabase(db);
    await db.write(`CREATE (:Merged:Person {id: $id, name: 'Suhardi Alius', mergedInto: 'person:somebody-else'})`, {
      id: MERGED,
    });
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
      `Article file ${SEED_2018} could not be ingested: The graph already holds the Person '${MERGED}' (its id must be unique); the write that would have repeated it was refused.`,
    );
    expect(report.error?.message).not.toMatch(/Node\(\d+\)|already exists|`/);
  });
});
