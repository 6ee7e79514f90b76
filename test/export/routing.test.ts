import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDatabase, type Database } from '../../src/graph/database.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { createTestClient } from '../api/graphql-client.js';
import { clearDatabase, openTestDatabase, testNeo4jUri } from '../helpers/database.js';
import { buildSeedsGraph, exportToString } from './helpers.js';

/** The test Neo4j through the routing scheme: a single Community server answers routing requests as its own cluster. */
function routingUri(): string {
  return testNeo4jUri().replace(/^bolt(\+s|\+ssc)?:\/\//, 'neo4j$1://');
}

describe('the service, ingest and export through a neo4j:// routing URI', () => {
  let db: Database;
  let routed: Database;
  beforeAll(async () => {
    db = openTestDatabase();
    routed = createDatabase({
      uri: routingUri(),
      user: inject('neo4jUser'),
      password: inject('neo4jPassword'),
      database: 'neo4j',
      queryTimeoutMs: 30_000,
    });
    await clearDatabase(db);
    await buildSeedsGraph(db);
  });
  afterAll(async () => {
    await clearDatabase(db);
    await routed.close();
    await db.close();
  });

  it('uses the neo4j:// scheme', () => {
    expect(routingUri()).toMatch(/^neo4j(\+s|\+ssc)?:\/\//);
  });

  it('gives the same JSON Lines and GraphML as a direct bolt:// connection, reads routed to a reader', async () => {
    expect(await exportToString(routed, 'jsonl')).toBe(await exportToString(db, 'jsonl'));
    expect(await exportToString(routed, 'graphml')).toBe(await exportToString(db, 'graphml'));
  });

  it('ingests through it (writes routed to the leader) exactly as through bolt://', async () => {
    await clearDatabase(db);
    const summary = await ingestPaths({ db: routed, paths: ['seeds'] });
    expect(summary.articles).toEqual({ created: 2, updated: 0, unchanged: 0, failed: 0 });
    const again = await ingestPaths({ db, paths: ['seeds'] });
    expect(again.articles.unchanged).toBe(2);
  });

  it('serves GraphQL through it', async () => {
    const client = await createTestClient(routed);
    const { data, errors } = await client.query<{ node: { name: string } }>(
      '{ node(id: "person:suhardi-alius") { ... on Person { name } } }',
    );
    expect(errors?.map((e) => [e.message, e.extensions])).toBeUndefined();
    expect(data?.node.name).toBe('Suhardi Alius');
  });
});
