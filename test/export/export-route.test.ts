import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/graph/database.js';
import { exportRouter } from '../../src/server/export-route.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';
import { buildSeedsGraph, exportToString } from './helpers.js';

const API_KEY = 'export-test-key-0123456789';

async function serve(db: Database, env: Record<string, string>): Promise<{ url: string; server: Server }> {
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...env });
  const app = express();
  app.use(exportRouter({ db, config }));
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('GET /export/:format', () => {
  let db: Database;
  let open: { url: string; server: Server };
  let guarded: { url: string; server: Server };
  beforeAll(async () => {
    db = openTestDatabase();
    await clearDatabase(db);
    await buildSeedsGraph(db);
    open = await serve(db, {});
    guarded = await serve(db, { API_KEY });
  });
  afterAll(async () => {
    open.server.close();
    guarded.server.close();
    await clearDatabase(db);
    await db.close();
  });

  it('streams the whole graph as JSON Lines, the same as the command line export', async () => {
    const response = await fetch(`${open.url}/export/jsonl`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/application\/x-ndjson/);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="officials-graph.jsonl"/);
    expect(await response.text()).toBe(await exportToString(db, 'jsonl'));
  });

  it('exports a selection given as ?ids= as GraphML', async () => {
    const response = await fetch(`${open.url}/export/graphml?ids=person:suhardi-alius,position:kepala@org:bnpt`);
    const xml = await response.text();
    expect(xml.match(/<node /g)).toHaveLength(2);
    expect(xml).toMatch(/<edge id="fact:[0-9a-f]+" source="person:suhardi-alius" target="position:kepala@org:bnpt">/);
  });

  it('sends one CSV table named by ?table=, and says which tables exist when none is named', async () => {
    const response = await fetch(`${open.url}/export/csv?table=Person`);
    expect(response.headers.get('content-type')).toMatch(/text\/csv/);
    expect((await response.text()).split('\r\n')[0]).toBe(
      'id,name,aliases,resolutionNotes,createdAt,updatedAt,honorifics',
    );
    const missing = await fetch(`${open.url}/export/csv`);
    expect(missing.status).toBe(400);
    expect(((await missing.json()) as { error: { message: string } }).error.message).toMatch(
      /add \?table= with one of Person, /,
    );
  });

  it('answers 404 for an unknown format and 400 for an unknown type', async () => {
    expect((await fetch(`${open.url}/export/xlsx`)).status).toBe(404);
    const bad = await fetch(`${open.url}/export/jsonl?types=Vessel`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toMatch(/^Unknown type "Vessel"/);
  });

  it('requires the API key when one is configured, as mutations do', async () => {
    expect((await fetch(`${guarded.url}/export/jsonl`)).status).toBe(401);
    expect(
      (await fetch(`${guarded.url}/export/jsonl`, { headers: { 'x-api-key': 'wrong-key-0123456789' } })).status,
    ).toBe(401);
    const allowed = await fetch(`${guarded.url}/export/jsonl`, { headers: { 'x-api-key': API_KEY } });
    expect(allowed.status).toBe(200);
    expect(await allowed.text()).toBe(await exportToString(db, 'jsonl'));
  });
});
