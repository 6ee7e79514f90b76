import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, toPlain, type Database } from '../../src/graph/database.js';
import { ErrorCode, AppError } from '../../src/errors.js';
import { openTestDatabase } from '../helpers/database.js';

describe('toPlain', () => {
  it('converts Integers to numbers and temporals to ISO strings, deeply', () => {
    const value = { n: neo4j.int(42), list: [neo4j.int(1)], date: new neo4j.types.Date(2018, 9, 19) };
    expect(toPlain(value)).toEqual({ n: 42, list: [1], date: '2018-09-19' });
  });
});

describe('Database on the real Neo4j', () => {
  let db: Database;
  beforeAll(() => {
    db = openTestDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  it('runs a parameterised read and returns plain rows', async () => {
    const rows = await db.read<{ x: number; d: string }>('RETURN $x + 1 AS x, date($d) AS d', { x: 1, d: '2020-07-14' });
    expect(rows).toEqual([{ x: 2, d: '2020-07-14' }]);
  });

  it('counts one round trip per query', async () => {
    const before = db.queryCount;
    await db.read('RETURN 1');
    await db.read('RETURN 2');
    expect(db.queryCount - before).toBe(2);
  });

  it('rolls back every statement of a failed transaction', async () => {
    await expect(
      db.transaction(async (tx) => {
        await tx.run('CREATE (:RollbackProbe {id: $id})', { id: 'probe' });
        await tx.run('RETURN 1 / 0');
      }),
    ).rejects.toThrow();
    const rows = await db.read<{ count: number }>('MATCH (n:RollbackProbe) RETURN count(n) AS count');
    expect(rows[0]?.count).toBe(0);
  });

  it('reports its version and edition', async () => {
    const info = await db.ping();
    expect(info.version).toMatch(/^5\.26\./);
    expect(info.edition).toBe('community');
  });

  it('answers DATABASE_UNAVAILABLE when no server listens', async () => {
    const dead = createDatabase({ uri: 'bolt://127.0.0.1:1', user: 'neo4j', password: null, database: 'neo4j', queryTimeoutMs: 1000 });
    try {
      const error = await dead.read('RETURN 1').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).code).toBe(ErrorCode.DATABASE_UNAVAILABLE);
    } finally {
      await dead.close();
    }
  });
});
