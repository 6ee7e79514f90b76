import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { applyMigrations } from '../../src/graph/migrations.js';
import { ENTITY_SEARCH_INDEX, FACT_TYPES } from '../../src/graph/model.js';
import { openTestDatabase } from '../helpers/database.js';

describe('migrations', () => {
  let db: Database;
  beforeAll(() => {
    db = openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('are idempotent: applying them again changes no constraint or index', async () => {
    const schema = async () =>
      (await db.read<{ name: string }>('SHOW INDEXES YIELD name RETURN name ORDER BY name')).map((row) => row.name);
    const before = await schema();
    await applyMigrations(db);
    expect(await schema()).toEqual(before);
  });

  it('create the full-text index with the accent-folding analyzer', async () => {
    const rows = await db.read<{ analyzer: string; state: string }>(
      'SHOW FULLTEXT INDEXES YIELD name, options, state WHERE name = $name RETURN options.indexConfig.`fulltext.analyzer` AS analyzer, state',
      { name: ENTITY_SEARCH_INDEX },
    );
    expect(rows).toEqual([{ analyzer: 'standard-folding', state: 'ONLINE' }]);
  });

  it('enforce unique entity ids', async () => {
    await db.write('MERGE (:Entity:Person {id: $id})', { id: 'person:unique-probe' });
    await expect(db.write('CREATE (:Entity:Person {id: $id})', { id: 'person:unique-probe' })).rejects.toThrow(
      /already holds the (Entity|Person) 'person:unique-probe' \(its id must be unique\)/,
    );
    await db.write('MATCH (n {id: $id}) DETACH DELETE n', { id: 'person:unique-probe' });
  });

  it('make the id of every fact type unique, in place of the plain index on it', async () => {
    const rows = await db.read<{ name: string; type: string }>(
      "SHOW CONSTRAINTS YIELD name, type, entityType WHERE entityType = 'RELATIONSHIP' RETURN name, type ORDER BY name",
    );
    expect(rows).toEqual(
      FACT_TYPES.map((type) => ({
        name: `fact_${type.toLowerCase()}_id_unique`,
        type: 'RELATIONSHIP_UNIQUENESS',
      })).sort((a, b) => a.name.localeCompare(b.name)),
    );
    const oldNames = FACT_TYPES.map((type) => `fact_${type.toLowerCase()}_id`);
    expect(await db.read('SHOW INDEXES YIELD name WHERE name IN $oldNames RETURN name', { oldNames })).toEqual([]);
  });
});
