import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { applyMigrations } from '../../src/graph/migrations.js';
import { ENTITY_SEARCH_INDEX } from '../../src/graph/model.js';
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
    await expect(db.write('CREATE (:Entity:Person {id: $id})', { id: 'person:unique-probe' })).rejects.toThrow(/already exists/);
    await db.write('MATCH (n {id: $id}) DETACH DELETE n', { id: 'person:unique-probe' });
  });
});
