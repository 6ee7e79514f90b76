/**
 * Guardrails: a document that asks for too much is refused before it runs, with its own code and HTTP 400; the
 * limits come from the configuration; `first` is at most 100; a database query is stopped at QUERY_TIMEOUT_MS.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';
import { codes, post, type Served, serve } from './helpers.js';

/** `levels` nested accompaniedBy pages of one, under node(): depth 1 + 3 × levels + 1. */
function nested(levels: number): string {
  let inner = 'name';
  for (let level = 0; level < levels; level += 1) inner = `accompaniedBy(first: 1) { edges { node { ${inner} } } }`;
  return `{ node(id: "person:nobody") { ... on Person { ${inner} } } }`;
}

const THREE_PAGES = `search(query: "a", first: $n) { edges { node { ... on Person {
  accompaniedBy(first: $n) { edges { node { positions(first: $n) { edges { node { position { name } } } } } } } } } } }`;

describe('guardrails with the default limits', () => {
  let db: Database;
  let server: Served;
  beforeAll(async () => {
    db = openTestDatabase();
    server = await serve(db);
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('refuses fields nested deeper than MAX_DEPTH (15) with QUERY_TOO_DEEP and 400, and accepts 15', async () => {
    const tooDeep = await post(server.url, nested(5)); // 1 + 15 + 1 = 17 levels
    expect(tooDeep.status).toBe(400);
    expect(codes(tooDeep)).toEqual(['QUERY_TOO_DEEP']);
    expect(tooDeep.body.errors?.[0]?.extensions?.max).toBe(15);
    const deepest = await post(
      server.url,
      `{ node(id: "x") { ... on Person { ${'accompaniedBy(first: 1) { edges { node { '.repeat(4)} accompaniedBy(first: 1) { totalCount } ${'} } }'.repeat(4)} } } }`,
    );
    expect(codes(deepest)).toEqual([]);
  });

  it('refuses more than MAX_ALIASES (15) aliases with TOO_MANY_ALIASES, and accepts 15', async () => {
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: __typename`).join(' ')} }`;
    const tooMany = await post(server.url, aliases(16));
    expect(tooMany.status).toBe(400);
    expect(codes(tooMany)).toEqual(['TOO_MANY_ALIASES']);
    expect(codes(await post(server.url, aliases(15)))).toEqual([]);
  });

  it('refuses more than MAX_DIRECTIVES (10) directives with TOO_MANY_DIRECTIVES', async () => {
    const answer = await post(server.url, `{ ${'__typename @include(if: true) '.repeat(11)}}`);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['TOO_MANY_DIRECTIVES']);
  });

  it('refuses a document of more than MAX_TOKENS (2000) tokens with TOO_MANY_TOKENS, before parsing it', async () => {
    const answer = await post(server.url, `{ ${'__typename '.repeat(2000)}}`);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['TOO_MANY_TOKENS']);
    expect(answer.body.errors?.[0]?.message).toBe('expected at most 2000 tokens in a document, but got more.');
  });

  it('counts page sizes × nesting: three nested pages of 100 cost more than MAX_COST, as literals', async () => {
    const answer = await post(server.url, `{ ${THREE_PAGES.replaceAll('$n', '100')} }`);
    expect(answer.status).toBe(400);
    expect(codes(answer)).toEqual(['QUERY_TOO_COSTLY']);
    expect(answer.body.errors?.[0]?.extensions).toMatchObject({ max: 200_000, found: 4_030_301 });
  });

  it('counts page sizes given by variables', async () => {
    const answer = await post(server.url, `query Costly($n: Int) { ${THREE_PAGES} }`, { variables: { n: 100 } });
    expect(codes(answer)).toEqual(['QUERY_TOO_COSTLY']);
    const small = await post(server.url, `query Cheap($n: Int) { ${THREE_PAGES} }`, { variables: { n: 5 } });
    expect(codes(small)).toEqual([]);
  });

  it("counts the schema's default page size (20) when none is given", async () => {
    const fourPages = `{ search(query: "a") { edges { node { ... on Person { accompaniedBy { edges { node {
      accompaniedBy { edges { node { positions { edges { node { position { name } } } } } } } } } } } } } } }`;
    const answer = await post(server.url, fourPages);
    expect(codes(answer)).toEqual(['QUERY_TOO_COSTLY']);
    expect(answer.body.errors?.[0]?.extensions?.found).toBeGreaterThan(20 ** 4);
  });

  it('refuses first above 100 with BAD_USER_INPUT, and accepts 100', async () => {
    const over = await post(server.url, '{ search(query: "a", first: 101) { totalCount } }');
    expect(codes(over)).toEqual(['BAD_USER_INPUT']);
    expect(over.body.errors?.[0]?.message).toBe('expected "first" to be between 0 and 100, but got 101.');
    expect(codes(await post(server.url, '{ search(query: "a", first: 100) { totalCount } }'))).toEqual([]);
  });
});

describe('guardrails set by the configuration', () => {
  let db: Database;
  let server: Served;
  beforeAll(async () => {
    db = openTestDatabase();
    server = await serve(db, {
      MAX_DEPTH: '3',
      MAX_ALIASES: '1',
      MAX_DIRECTIVES: '1',
      MAX_TOKENS: '40',
      MAX_COST: '50',
    });
  });
  afterAll(async () => {
    await server.close();
    await db.close();
  });

  it('applies MAX_DEPTH, MAX_ALIASES, MAX_DIRECTIVES, MAX_TOKENS and MAX_COST from the environment', async () => {
    expect(codes(await post(server.url, nested(1)))).toEqual(['QUERY_TOO_DEEP']);
    expect(codes(await post(server.url, '{ a: __typename b: __typename }'))).toEqual(['TOO_MANY_ALIASES']);
    expect(codes(await post(server.url, '{ __typename @include(if: true) __typename @skip(if: false) }'))).toEqual([
      'TOO_MANY_DIRECTIVES',
    ]);
    expect(codes(await post(server.url, `{ ${'__typename '.repeat(40)}}`))).toEqual(['TOO_MANY_TOKENS']);
    expect(codes(await post(server.url, '{ search(query: "a", first: 30) { totalCount edges { cursor } } }'))).toEqual([
      'QUERY_TOO_COSTLY',
    ]);
  });
});

describe('query timeout', () => {
  const TIMEOUT_MS = 1000;
  let db: Database;
  let server: Served;
  beforeAll(async () => {
    db = openTestDatabase({ queryTimeoutMs: TIMEOUT_MS });
    await clearDatabase(db);
    // An event following 8 agreements, each following the next 8, ten layers deep: 8^10 follow-up paths for
    // followUpChain to walk, far more than it can in a second.
    await db.write(
      `CREATE (:Entity:Event {id: 'event:slow', name: 'Slow event'})
       WITH 1 AS one
       UNWIND range(1, 10) AS layer
       UNWIND range(1, 8) AS i
       CREATE (:Entity:Agreement {id: 'agreement:slow-' + layer + '-' + i, name: 'Agreement ' + layer + '.' + i, layer: layer})
       WITH count(*) AS created
       MATCH (e:Event {id: 'event:slow'}), (a:Agreement {layer: 1})
       CREATE (e)-[:FOLLOW_UP_OF {id: 'fact:slow-e-' + a.id}]->(a)
       WITH count(*) AS linked
       MATCH (a:Agreement), (b:Agreement) WHERE b.layer = a.layer + 1
       CREATE (a)-[:FOLLOW_UP_OF {id: 'fact:slow-' + a.id + '-' + b.id}]->(b)`,
    );
    server = await serve(db, { QUERY_TIMEOUT_MS: String(TIMEOUT_MS) });
  });
  afterAll(async () => {
    await server.close();
    await clearDatabase(db);
    await db.close();
  });

  it('stops a slow database query at QUERY_TIMEOUT_MS and answers QUERY_TIMEOUT', async () => {
    const began = performance.now();
    const answer = await post(
      server.url,
      '{ node(id: "event:slow") { ... on Event { followUpChain(first: 1) { totalCount } } } }',
    );
    const elapsed = performance.now() - began;
    expect(codes(answer)).toEqual(['QUERY_TIMEOUT']);
    expect(answer.body.errors?.[0]?.message).toBe(
      `The query took longer than ${TIMEOUT_MS} ms in the database and was stopped; ask for less (smaller pages, fewer hops).`,
    );
    expect(elapsed).toBeLessThan(TIMEOUT_MS + 4000);
    console.log(`QUERY_TIMEOUT after ${Math.round(elapsed)} ms (timeout ${TIMEOUT_MS} ms)`);
  });
});
