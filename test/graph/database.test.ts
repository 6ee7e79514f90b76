import neo4j from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, toPlain } from '../../src/graph/database.js';
import { DatabaseError } from '../../src/graph/database-error.js';
import { openTestDatabase, openUnreachableDatabase } from '../helpers/database.js';

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
    const rows = await db.read<{ x: number; d: string }>('RETURN $x + 1 AS x, date($d) AS d', {
      x: 1,
      d: '2020-07-14',
    });
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

  it('fails with a DatabaseError of kind UNAVAILABLE, in our words, when no server listens', async () => {
    const dead = openUnreachableDatabase();
    try {
      const error = await dead.read('RETURN 1').catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseError);
      expect(error).toMatchObject({
        kind: 'UNAVAILABLE',
        message: 'The graph database is not reachable at the moment; try again shortly.',
      });
    } finally {
      await dead.close();
    }
  });

  it('fails with a DatabaseError of kind CONFLICT naming the repeated value when a write breaks a uniqueness constraint', async () => {
    const id = 'person:database-constraint-probe';
    await db.write('MERGE (:Entity:Person {id: $id})', { id });
    try {
      const error = await db
        .transaction((tx) => tx.run('CREATE (:Entity:Person {id: $id})', { id }))
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DatabaseError);
      expect((error as DatabaseError).kind).toBe('CONFLICT');
      expect((error as DatabaseError).neo4jCode).toBe('Neo.ClientError.Schema.ConstraintValidationFailed');
      expect((error as DatabaseError).message).toMatch(
        new RegExp(`^The graph already holds the (Entity|Person) '${id}' \\(its id must be unique\\)`),
      );
    } finally {
      await db.write('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id });
    }
  });

  it('fails with a DatabaseError of kind CONFLICT when a fact id is written twice', async () => {
    const ids = { a: 'person:fact-unique-probe-a', b: 'person:fact-unique-probe-b' };
    await db.write(
      'MERGE (a:Entity:Person {id: $a}) MERGE (b:Entity:Person {id: $b}) MERGE (a)-[:ACCOMPANIED_BY {id: $fact}]->(b)',
      { ...ids, fact: 'fact:unique-probe' },
    );
    try {
      const error = await db
        .write('MATCH (a:Entity {id: $a}), (b:Entity {id: $b}) CREATE (b)-[:ACCOMPANIED_BY {id: $fact}]->(a)', {
          ...ids,
          fact: 'fact:unique-probe',
        })
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({
        kind: 'CONFLICT',
        message: expect.stringMatching(/^The graph already holds the ACCOMPANIED_BY fact 'fact:unique-probe'/),
      });
    } finally {
      await db.write('MATCH (n:Entity) WHERE n.id IN [$a, $b] DETACH DELETE n', ids);
    }
  });

  it('fails with a DatabaseError of kind TIMEOUT naming the limit when a query outlives its transaction timeout', async () => {
    const slow = openTestDatabase({ queryTimeoutMs: 300 });
    try {
      const error = await slow
        .read('UNWIND range(1, 100000000) AS x WITH x WHERE x % 7 = 99 RETURN count(x) AS n')
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({
        kind: 'TIMEOUT',
        message: expect.stringMatching(/^The query took longer than 300 ms in the database and was stopped/),
      });
    } finally {
      await slow.close();
    }
  });
});
