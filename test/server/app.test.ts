import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/graph/database.js';
import { createLogger } from '../../src/logger.js';
import { createApp } from '../../src/server/app.js';
import { clearDatabase, openTestDatabase, openUnreachableDatabase } from '../helpers/database.js';

interface Running {
  url: string;
  close(): Promise<void>;
}

async function serve(db: Database, env: Record<string, string> = {}): Promise<Running> {
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', ...env });
  const httpServer: Server = createServer();
  const app = await createApp({ config, db, logger: createLogger({ level: 'silent' }), httpServer });
  httpServer.on('request', app.express);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => app.apollo.stop() };
}

async function graphql(url: string, query: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return {
    status: response.status,
    body: (await response.json()) as {
      data?: unknown;
      errors?: { message: string; extensions?: Record<string, unknown> }[];
    },
  };
}

describe('HTTP server', () => {
  let db: Database;
  let server: Running;
  beforeAll(async () => {
    db = openTestDatabase();
    await clearDatabase(db);
    await db.write(
      `CREATE (:Entity:Person {id: 'person:probe-person', name: 'Probe Person', aliases: [], searchText: 'Probe Person'})`,
    );
    server = await serve(db, { API_KEY: 'a-test-key-of-sixteen-chars' });
  });
  afterAll(async () => {
    await server.close();
    await clearDatabase(db);
    await db.close();
  });

  it('reports on /healthz that Neo4j answers, with its version', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({
      status: 'ok',
      neo4j: { up: true, version: expect.stringMatching(/^5\.26\./) },
    });
  });

  it('answers a query from GraphQL through the resolvers to Neo4j and back', async () => {
    const { status, body } = await graphql(
      server.url,
      '{ node(id: "person:probe-person") { id ... on Person { name } } }',
    );
    expect(status).toBe(200);
    expect(body).toEqual({ data: { node: { id: 'person:probe-person', name: 'Probe Person' } } });
  });

  it('rejects a malformed query with GRAPHQL_PARSE_FAILED and no stack trace', async () => {
    const { status, body } = await graphql(server.url, '{ node(id: ');
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_PARSE_FAILED');
    expect(JSON.stringify(body)).not.toMatch(/stacktrace|at .*\.ts:/);
  });

  it('refuses a mutation without the API key with UNAUTHENTICATED', async () => {
    const { body } = await graphql(
      server.url,
      'mutation { retractFact(factId: "fact:x", reason: "test") { __typename } }',
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses a cross-site simple request (CSRF prevention)', async () => {
    const response = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(response.status).toBe(400);
  });
});

describe('HTTP server with Neo4j down', () => {
  it('says so on /healthz with 503 and answers queries with DATABASE_UNAVAILABLE', async () => {
    const dead = openUnreachableDatabase();
    const server = await serve(dead);
    try {
      const health = await fetch(`${server.url}/healthz`);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ status: 'unavailable', neo4j: { up: false } });
      const { status, body } = await graphql(server.url, '{ node(id: "person:anyone") { id } }');
      expect(status).toBe(503);
      expect(body.errors?.[0]?.extensions?.code).toBe('DATABASE_UNAVAILABLE');
    } finally {
      await server.close();
      await dead.close();
    }
  });
});
