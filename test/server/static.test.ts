import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger.js';
import { mountWeb } from '../../src/server/static.js';

async function serve(
  webDist: string,
  logger = createLogger({ level: 'silent' }),
  graphiql = true,
): Promise<{ url: string; server: Server }> {
  const app = express();
  app.post('/graphql', (_req, res) => void res.json({ data: { ok: true } }));
  mountWeb(app, { webDist, graphiql, logger });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server };
}

describe('mountWeb', () => {
  let dist: string;
  let built: { url: string; server: Server };

  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'web-dist-'));
    await mkdir(path.join(dist, 'assets'));
    await writeFile(path.join(dist, 'index.html'), '<title>explorer</title>');
    await writeFile(path.join(dist, 'graphiql.html'), '<title>graphiql</title>');
    await writeFile(path.join(dist, 'assets', 'app-1234.js'), 'console.log(1)');
    built = await serve(dist);
  });

  afterAll(async () => {
    built.server.close();
    await rm(dist, { recursive: true, force: true });
  });

  it('serves the explorer at / and for any other page address, so a shared view opens', async () => {
    for (const address of ['/', '/?focus=person:suhardi-alius', '/some/deep/link']) {
      const response = await fetch(`${built.url}${address}`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toBe('<title>explorer</title>');
    }
  });

  it('serves GraphiQL at /graphiql', async () => {
    const response = await fetch(`${built.url}/graphiql`);
    expect(await response.text()).toBe('<title>graphiql</title>');
  });

  it('answers 404 for GraphiQL, route and page file alike, when it is switched off', async () => {
    const off = await serve(dist, createLogger({ level: 'silent' }), false);
    try {
      for (const address of ['/graphiql', '/graphiql.html'])
        expect((await fetch(`${off.url}${address}`)).status).toBe(404);
      expect((await fetch(`${off.url}/`, { headers: { accept: 'text/html' } })).status).toBe(200);
    } finally {
      off.server.close();
    }
  });

  it('serves hashed assets as immutable and answers a missing one with 404, not the page', async () => {
    const asset = await fetch(`${built.url}/assets/app-1234.js`);
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${built.url}/assets/missing.js`)).status).toBe(404);
  });

  it('leaves the API alone', async () => {
    const response = await fetch(`${built.url}/graphql`, { method: 'POST' });
    expect(await response.json()).toEqual({ data: { ok: true } });
    expect((await fetch(`${built.url}/graphql`, { headers: { accept: 'text/html' } })).status).toBe(404);
  });

  it('logs one error and answers 503 with how to build when the build is missing', async () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'error' });
    logger.error = ((_object: unknown, message: string) => void lines.push(message)) as typeof logger.error;
    const missing = await serve(path.join(dist, 'nowhere'), logger);
    try {
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(/^The explorer is not built: run `npm run build`/);
      const response = await fetch(`${missing.url}/`, { headers: { accept: 'text/html' } });
      expect(response.status).toBe(503);
      expect(await response.text()).toContain('npm run build');
    } finally {
      missing.server.close();
    }
  });
});
