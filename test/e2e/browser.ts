/**
 * What the browser tests share: the real server (API + built web app) on the tests' Neo4j holding the seeds, and a
 * headless Debian Chromium driven by playwright-core that records every request leaving the machine (none may).
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { expect } from 'vitest';
import { loadConfig } from '../../src/config.js';
import type { Database } from '../../src/graph/database.js';
import { ingestPaths } from '../../src/ingest/pipeline.js';
import { createLogger } from '../../src/logger.js';
import { createApp } from '../../src/server/app.js';
import { ensureWebBuilt, WEB_DIST } from '../../src/server/build-web.js';
import { mountWeb } from '../../src/server/static.js';
import { clearDatabase, openTestDatabase } from '../helpers/database.js';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
/** Without these flags Chromium keeps trying to reach Google's hosts and hangs on a closed network. */
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
/** A laptop screen. */
const VIEWPORT = { width: 1366, height: 768 };

/** The served explorer and the browser that drives it. */
export interface BrowserUnderTest {
  readonly db: Database;
  readonly baseUrl: string;
  readonly context: BrowserContext;
  /** Requests that left the machine: there must be none (no CDN). */
  readonly external: string[];
  close(): Promise<void>;
}

/**
 * Ingests the seeds into an emptied test database, serves the app on a free loopback port and opens Chromium with a
 * fresh profile; `env` is added to the server's configuration. Fails with a sentence when Chromium is missing.
 */
export async function openBrowserUnderTest(options: {
  name: string;
  env?: Record<string, string>;
  graphiql?: boolean;
  timeoutMs: number;
}): Promise<BrowserUnderTest> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `expected Chromium at ${CHROMIUM}, but there is none: install Debian's chromium (DEBIAN_FRONTEND=noninteractive apt-get install -y chromium), as .ci/run does, or set CHROMIUM_PATH.`,
    );
  }
  await ensureWebBuilt({ log: () => {} });
  const db = openTestDatabase();
  await clearDatabase(db);
  const summary = await ingestPaths({ db, paths: ['seeds'] });
  expect(summary.articles.failed).toBe(0);

  const logger = createLogger({ level: 'silent' });
  const httpServer = createServer();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', ...options.env });
  const app = await createApp({ config, db, logger, httpServer });
  mountWeb(app.express, { webDist: WEB_DIST, graphiql: options.graphiql ?? false, logger });
  httpServer.on('request', app.express);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

  const profile = await mkdtemp(path.join(tmpdir(), `${options.name}-`));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
  });
  context.setDefaultTimeout(options.timeoutMs);
  const external: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(baseUrl) && !url.startsWith('data:') && !url.startsWith('blob:')) external.push(url);
  });
  return {
    db,
    baseUrl,
    context,
    external,
    async close() {
      await context.close();
      await app.apollo.stop();
      await clearDatabase(db);
      await db.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
