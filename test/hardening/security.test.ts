/**
 * Security of the HTTP surface: the API key for mutations (hashed, then compared with timingSafeEqual), CSRF prevention, introspection
 * and GraphiQL switchable, masked errors, the body size limit, and CORS off unless configured.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/graph/database.js';
import { createLogger } from '../../src/logger.js';
import { authenticate } from '../../src/server/auth.js';
import { mountWeb } from '../../src/server/static.js';
import { openTestDatabase, openUnreachableDatabase } from '../helpers/database.js';
import { API_KEY, codes, post, type Served, serve } from './helpers.js';

const RETRACT = 'mutation { retractFact(factId: "fact:does-not-exist", reason: "security test") { change { id } } }';

/** Text that must never reach a client, in any mode but NODE_ENV=development with DEBUG_ERRORS=true. */
const LEAKS = [
  /MATCH|RETURN|DETACH/,
  /Neo\.ClientError|Neo4jError|neo4j/i,
  /stacktrace/,
  /\bat .+:\d+:\d+/,
  /\.ts\b/,
  /secret-internal/,
  /node_modules|file:\/\//,
];

function expectNoLeak(text: string): void {
  for (const leak of LEAKS) expect(text).not.toMatch(leak);
}

describe('security of the HTTP surface', () => {
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

  describe('mutations and the API key', () => {
    it('refuses a mutation without a key, and with a wrong key of any length, with UNAUTHENTICATED', async () => {
      const wrongKeys = [
        undefined,
        '',
        'x',
        API_KEY.slice(0, -1),
        `${API_KEY}x`,
        `${API_KEY.slice(0, -1)}X`,
        API_KEY.toUpperCase(),
      ];
      for (const key of wrongKeys) {
        const answer = await post(server.url, RETRACT, { headers: key === undefined ? {} : { 'x-api-key': key } });
        expect(codes(answer), `key ${JSON.stringify(key)}`).toEqual(['UNAUTHENTICATED']);
      }
    });

    it('lets the right key through to the mutation (which then finds no such fact)', async () => {
      const answer = await post(server.url, RETRACT, { headers: { 'x-api-key': API_KEY } });
      expect(codes(answer)).toEqual(['NOT_FOUND']);
    });

    it('refuses every mutation when no API_KEY is configured, whatever key is sent', async () => {
      const keyless = await serve(db, { API_KEY: '' });
      try {
        const answer = await post(keyless.url, RETRACT, { headers: { 'x-api-key': API_KEY } });
        expect(codes(answer)).toEqual(['UNAUTHENTICATED']);
      } finally {
        await keyless.close();
      }
    });

    // The comparison is constant-time by construction (both sides hashed to 32 bytes, then timingSafeEqual, see
    // src/server/auth.ts); timing it here would be a timed unit test, which fails on a busy machine and proves little.
    it('refuses a key wrong in its first character, in its last, or too short, and accepts the configured one', () => {
      const configured = 'k'.repeat(64);
      for (const presented of [`x${'k'.repeat(63)}`, `${'k'.repeat(63)}x`, 'k', '']) {
        expect(authenticate({ apiKey: configured, presentedKey: presented, actor: 'ada' })).toEqual({
          isAnalyst: false,
          actor: 'anonymous',
        });
      }
      expect(authenticate({ apiKey: configured, presentedKey: configured, actor: ' ada ' })).toEqual({
        isAnalyst: true,
        actor: 'ada',
      });
    });
  });

  describe('CSRF prevention', () => {
    it('refuses a GET without a preflight header and a POST as text/plain, both requests a page could forge', async () => {
      const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
      expect(get.status).toBe(400);
      const form = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'text/plain' },
        body: '{"query":"{ __typename }"}',
      });
      expect(form.status).toBe(400);
      expect(await form.text()).toMatch(/CSRF/);
    });

    it('accepts the same GET with the apollo-require-preflight header', async () => {
      const get = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
        headers: { 'apollo-require-preflight': 'true' },
      });
      expect(get.status).toBe(200);
    });
  });

  describe('introspection and GraphiQL', () => {
    it('refuses introspection in production by default, and suggests no field names', async () => {
      const answer = await post(server.url, '{ __schema { queryType { name } } }');
      expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(answer.body.errors?.[0]?.message).toMatch(/introspection is not allowed/i);
      const typo = await post(server.url, '{ serch(query: "x") { totalCount } }');
      expect(codes(typo)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(typo.text).not.toMatch(/Did you mean/);
    });

    it('allows introspection when INTROSPECTION=true', async () => {
      const open = await serve(db, { INTROSPECTION: 'true' });
      try {
        const answer = await post(open.url, '{ __schema { queryType { name } } }');
        expect(answer.body).toEqual({ data: { __schema: { queryType: { name: 'Query' } } } });
      } finally {
        await open.close();
      }
    });

    it('serves GraphiQL only when GRAPHIQL is on (off by default in production)', async () => {
      const dist = await mkdtemp(path.join(tmpdir(), 'web-dist-'));
      await writeFile(path.join(dist, 'index.html'), '<title>explorer</title>');
      await writeFile(path.join(dist, 'graphiql.html'), '<title>graphiql</title>');
      const logger = createLogger({ level: 'silent' });
      const mount = (app: Served['app'], config: Served['config']) =>
        mountWeb(app.express, { webDist: dist, graphiql: config.graphiql, logger });
      const off = await serve(db, {}, mount);
      const on = await serve(db, { GRAPHIQL: 'true' }, mount);
      try {
        expect(off.config.graphiql).toBe(false);
        expect(await (await fetch(`${off.url}/graphiql`, { headers: { accept: 'text/html' } })).text()).not.toMatch(
          /graphiql/,
        );
        expect(await (await fetch(`${on.url}/graphiql`, { headers: { accept: 'text/html' } })).text()).toBe(
          '<title>graphiql</title>',
        );
      } finally {
        await off.close();
        await on.close();
        await rm(dist, { recursive: true, force: true });
      }
    });
  });

  describe('masked errors in production', () => {
    it('answers a Cypher error as "Unexpected error." with no Cypher, stack trace or internal message', async () => {
      const broken: Database = {
        ...db,
        read: () => db.read('MATCH (n:Person {id: $id RETURN n /* secret-internal */', { id: 'x' }),
      };
      const app = await serve(broken);
      try {
        const answer = await post(app.url, '{ node(id: "person:anyone") { id } }');
        expect(answer.body.errors).toEqual([
          {
            message: 'Unexpected error.',
            path: ['node'],
            locations: [{ line: 1, column: 3 }],
            extensions: { code: 'INTERNAL_SERVER_ERROR' },
          },
        ]);
        expectNoLeak(answer.text);
      } finally {
        await app.close();
      }
    });

    it('answers a programming error the same way, also in development, and shows it only with DEBUG_ERRORS=true there', async () => {
      const failing: Database = {
        ...db,
        read: () =>
          Promise.reject(
            new TypeError("Cannot read properties of undefined (reading 'secret-internal') at repo.ts:1:1"),
          ),
      };
      const production = await serve(failing, { DEBUG_ERRORS: 'true' });
      const development = await serve(failing, { NODE_ENV: 'development' });
      const debugging = await serve(failing, { NODE_ENV: 'development', DEBUG_ERRORS: 'true' });
      try {
        for (const masking of [production, development]) {
          const masked = await post(masking.url, '{ node(id: "person:anyone") { id } }');
          expect(codes(masked)).toEqual(['INTERNAL_SERVER_ERROR']);
          expect(masked.body.errors?.[0]?.message).toBe('Unexpected error.');
          expectNoLeak(masked.text);
        }
        const shown = await post(debugging.url, '{ node(id: "person:anyone") { id } }');
        expect(shown.body.errors?.[0]?.message).toMatch(/secret-internal/);
        expect(shown.body.errors?.[0]?.extensions?.stacktrace).toEqual(
          expect.arrayContaining([expect.stringMatching(/TypeError/)]),
        );
      } finally {
        await production.close();
        await development.close();
        await debugging.close();
      }
    });

    it("answers a constraint broken in the real Neo4j as CONFLICT with our sentence, not the driver's", async () => {
      const id = 'person:security-constraint-probe';
      await db.write('MERGE (:Entity:Person {id: $id})', { id });
      const duplicating: Database = { ...db, read: () => db.write('CREATE (:Entity:Person {id: $id})', { id }) };
      const development = await serve(duplicating, { NODE_ENV: 'development' });
      try {
        const answer = await post(development.url, '{ node(id: "person:anyone") { id } }');
        expect(codes(answer)).toEqual(['CONFLICT']);
        expect(answer.body.errors?.[0]?.message).toMatch(
          new RegExp(
            `^The graph already holds the (Entity|Person) '${id}' \\(its id must be unique\\); the write that would have repeated it was refused\\.$`,
          ),
        );
        expect(answer.text).not.toMatch(/Node\(\d+\)|already exists/);
        expectNoLeak(answer.text.replace(id, ''));
      } finally {
        await development.close();
        await db.write('MATCH (n:Entity {id: $id}) DETACH DELETE n', { id });
      }
    });

    it('answers DATABASE_UNAVAILABLE with 503 and no stack trace or file path when Neo4j is down, in development too', async () => {
      const dead = openUnreachableDatabase();
      const development = await serve(dead, { NODE_ENV: 'development' });
      try {
        const answer = await post(development.url, '{ node(id: "person:anyone") { id } }');
        expect(answer.status).toBe(503);
        expect(answer.body.errors).toEqual([
          {
            message: 'The graph database is not reachable at the moment; try again shortly.',
            path: ['node'],
            locations: [{ line: 1, column: 3 }],
            extensions: { code: 'DATABASE_UNAVAILABLE' },
          },
        ]);
        expectNoLeak(answer.text);
      } finally {
        await development.close();
        await dead.close();
      }
    });

    it('keeps parse and validation errors, with their codes and no stack trace', async () => {
      const answer = await post(server.url, '{ node(id: "x") { nope } }');
      expect(codes(answer)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(answer.text).not.toMatch(/stacktrace/);
    });
  });

  describe('request body', () => {
    it('refuses a body over 256 kB with 413 and PAYLOAD_TOO_LARGE, as JSON without a stack trace', async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: `{ __typename } # ${'x'.repeat(300 * 1024)}` }),
      });
      expect(response.status).toBe(413);
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        errors: [
          {
            message: 'expected a request body of at most 262144 bytes, but got a larger one.',
            extensions: { code: 'PAYLOAD_TOO_LARGE' },
          },
        ],
      });
      expectNoLeak(text);
    });

    it('refuses a body that is not JSON with 400 and BAD_REQUEST', async () => {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{"query": ',
      });
      expect(response.status).toBe(400);
      const text = await response.text();
      expect((JSON.parse(text) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).toBe(
        'BAD_REQUEST',
      );
      expectNoLeak(text);
    });
  });

  describe('CORS', () => {
    const preflight = (url: string, origin: string) =>
      fetch(`${url}/graphql`, {
        method: 'OPTIONS',
        headers: {
          origin,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type, x-api-key',
        },
      });

    it('sends no CORS header by default, so browsers keep other origins out', async () => {
      const response = await preflight(server.url, 'https://elsewhere.example');
      expect(response.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('allows exactly the origins of CORS_ORIGINS', async () => {
      const open = await serve(db, { CORS_ORIGINS: 'https://analysts.example.org, https://other.example.org' });
      try {
        const allowed = await preflight(open.url, 'https://analysts.example.org');
        expect(allowed.status).toBe(204);
        expect(allowed.headers.get('access-control-allow-origin')).toBe('https://analysts.example.org');
        expect(allowed.headers.get('access-control-allow-headers')).toMatch(/x-api-key/);
        expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
        const refused = await preflight(open.url, 'https://elsewhere.example');
        expect(refused.headers.get('access-control-allow-origin')).toBeNull();
        const answer = await post(open.url, '{ __typename }', { headers: { origin: 'https://other.example.org' } });
        expect(answer.headers.get('access-control-allow-origin')).toBe('https://other.example.org');
        expect(answer.headers.get('vary')).toMatch(/Origin/);
      } finally {
        await open.close();
      }
    });
  });
});
