/**
 * The embedded Neo4j killed with SIGKILL, and brought back by the service itself: the application wired as
 * `npm start` wires it (connectNeo4j with supervision, /healthz told about restarts) on a Neo4j of this file's own
 * (folder `<NEO4J_TEST_HOME>-crash`, a port in 17800–17899). One drill, one restart (the slow part): clients query
 * in a loop and read /healthz while an ingest runs, and the JVM is killed as soon as the ingest has committed its
 * first article. Queries answer DATABASE_UNAVAILABLE and /healthz 503 `restarting` until the restarted Neo4j
 * answers, then everything is answered again, with nothing restarted by hand; the ingest reports which articles
 * it wrote, the others are not in the graph, and a re-run loads them, giving the graph of a clean run. Last, a
 * clean stop restarts nothing.
 */
import { copyFile, mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import { type AddressInfo, createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { DatabaseError, DatabaseErrorKind } from '../../src/graph/database-error.js';
import { applyMigrations } from '../../src/graph/migrations.js';
import { type ArticleReport, type IngestSummary, ingestPaths } from '../../src/ingest/pipeline.js';
import { createLogger } from '../../src/logger.js';
import {
  type Connection,
  connectNeo4j,
  isAlive,
  type Neo4jSupervisor,
  PROJECT_ROOT,
  type SupervisorState,
} from '../../src/neo4j-runtime/index.js';
import { type App, createApp } from '../../src/server/app.js';
import type { Health } from '../../src/server/health.js';
import { clearDatabase } from '../helpers/database.js';
import { freePortIn } from '../helpers/ports.js';
import { capturedLogger, untilState } from '../helpers/supervision.js';
import { type Fingerprint, fingerprint } from './helpers.js';

const CLIENTS = 4;
const PAUSE_MS = 20;
const HEALTH_EVERY_MS = 200;
const QUERY = JSON.stringify({ query: '{ node(id: "person:crash-probe") { id ... on Person { name } } }' });
const SOURCES = ['seeds', 'test/fixtures/articles'];

interface Sample {
  sent: number;
  at: number;
  status: number | 'no answer';
  code: string | undefined;
  ok: boolean;
}

interface HealthSample {
  at: number;
  status: number;
  body: Health;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CLIENTS clients asking in a loop, and one reading /healthz, until `stop()`. */
function startLoad(url: string) {
  const samples: Sample[] = [];
  const health: HealthSample[] = [];
  let running = true;
  const client = async () => {
    while (running) {
      const sent = Date.now();
      try {
        const response = await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: QUERY,
        });
        const body = (await response.json()) as {
          data?: { node?: { name?: string } | null };
          errors?: { extensions?: { code?: string } }[];
        };
        samples.push({
          sent,
          at: Date.now(),
          status: response.status,
          code: body.errors?.[0]?.extensions?.code,
          ok: body.data?.node?.name === 'Crash Probe',
        });
      } catch {
        samples.push({ sent, at: Date.now(), status: 'no answer', code: undefined, ok: false });
      }
      await sleep(PAUSE_MS);
    }
  };
  const healthClient = async () => {
    while (running) {
      const response = await fetch(`${url}/healthz`);
      health.push({ at: Date.now(), status: response.status, body: (await response.json()) as Health });
      await sleep(HEALTH_EVERY_MS);
    }
  };
  const clients = [...Array.from({ length: CLIENTS }, client), healthClient()];
  return {
    samples,
    health,
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createNetServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/** SIGKILLs the running JVM; resolves once the supervisor has seen it die, with the time it did. */
async function killNeo4j(supervisor: Neo4jSupervisor): Promise<{ pid: number; killedAt: number; downAt: number }> {
  const server = supervisor.server;
  if (!server) throw new Error(`expected a running Neo4j to kill, but the supervisor is ${supervisor.state.status}.`);
  const killedAt = Date.now();
  process.kill(server.pid, 'SIGKILL');
  const down = await untilState(supervisor, (state) => state.status === 'restarting', 10_000);
  return { pid: server.pid, killedAt, downAt: down.status === 'restarting' ? down.since : Date.now() };
}

describe('the embedded Neo4j killed under a running service', () => {
  const { logger: runtimeLogger, lines } = capturedLogger();
  const states: SupervisorState[] = [];
  let connection: Connection;
  let supervisor: Neo4jSupervisor;
  let app: App;
  let url: string;
  let boltPort: number;
  let folder = '';
  let closed = false;
  const figures: Record<string, unknown> = {};

  /** What the drill saw: answers and health readings, the ingest, and the graph before and after. */
  const drill = {
    samples: [] as Sample[],
    health: [] as HealthSample[],
    /** When the clients had had answers: the first ones, from a cold server on a busy machine, may time out. */
    warmedAt: 0,
    killed: { pid: 0, killedAt: 0, downAt: 0 },
    back: undefined as SupervisorState | undefined,
    backAt: 0,
    recoveredAt: 0,
    files: [] as string[],
    reported: [] as ArticleReport[],
    outcome: undefined as IngestSummary | DatabaseError | undefined,
    stored: [] as string[],
    rerun: undefined as IngestSummary | undefined,
    expected: undefined as Fingerprint | undefined,
    actual: undefined as Fingerprint | undefined,
    duplicates: [] as { id: string }[],
  };

  beforeAll(async () => {
    const home = `${process.env.NEO4J_TEST_HOME ?? '.neo4j/test'}-crash`;
    await rm(path.resolve(PROJECT_ROOT, home, 'data'), { recursive: true, force: true });
    boltPort = await freePortIn(17800, 17899);
    const config = loadConfig({
      NODE_ENV: 'production',
      LOG_LEVEL: 'silent',
      NEO4J_HOME: home,
      NEO4J_BOLT_PORT: String(boltPort),
      NEO4J_HEAP: '512m',
      NEO4J_PAGECACHE: '64m',
    });
    connection = await connectNeo4j(config.neo4j, { supervise: { logger: runtimeLogger } });
    if (!connection.supervisor) throw new Error('expected connectNeo4j to supervise the Neo4j it started.');
    supervisor = connection.supervisor;
    supervisor.onState((state) => states.push(state));
    const { db } = connection;
    await applyMigrations(db);
    const httpServer = createHttpServer();
    app = await createApp({
      config,
      db,
      logger: createLogger({ level: 'silent' }),
      httpServer,
      neo4jRuntime: supervisor,
    });
    httpServer.on('request', app.express);
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;

    folder = await mkdtemp(path.join(tmpdir(), 'ingest-crash-'));
    for (const source of SOURCES) {
      for (const file of (await readdir(source)).filter((name) => name.endsWith('.txt')))
        await copyFile(path.join(source, file), path.join(folder, file));
    }
    // The reference: a clean ingest beside the probe the clients ask for.
    const probe = () =>
      db.write(
        `CREATE (:Entity:Person {id: 'person:crash-probe', name: 'Crash Probe', aliases: [], searchText: 'Crash Probe'})`,
      );
    await probe();
    const clean = await ingestPaths({ db, paths: [folder] });
    if (clean.articles.failed > 0)
      throw new Error(`expected the clean ingest to load every article, but ${clean.articles.failed} failed.`);
    drill.expected = await fingerprint(db);
    drill.files = clean.reports.map((report) => report.path);
    await clearDatabase(db);
    await probe();

    const load = startLoad(url);
    drill.samples = load.samples;
    drill.health = load.health;
    const warm = Date.now();
    while (load.samples.filter((sample) => sample.ok).length < 20 && Date.now() - warm < 30_000) await sleep(50);
    drill.warmedAt = Date.now();
    await sleep(1000);

    // Killed as soon as the ingest has committed its first article, while the others are still to be written.
    let killing: ReturnType<typeof killNeo4j> | undefined;
    try {
      drill.outcome = await ingestPaths({
        db,
        paths: [folder],
        onArticle: (report) => {
          drill.reported.push(report);
          killing ??= killNeo4j(supervisor);
        },
      });
    } catch (error) {
      if (!(error instanceof DatabaseError)) throw error;
      drill.outcome = error;
    }
    const ingestEndedAt = Date.now();
    if (!killing) throw new Error('expected the ingest to report an article before the kill.');
    drill.killed = await killing;
    drill.back = await untilState(supervisor, (state) => state.status === 'running', 90_000);
    drill.backAt = Date.now();
    while (drill.recoveredAt === 0 && Date.now() - drill.backAt < 30_000) {
      drill.recoveredAt = load.samples.find((sample) => sample.ok && sample.sent > drill.killed.downAt)?.at ?? 0;
      await sleep(20);
    }
    await sleep(2000);
    await load.stop();

    drill.stored = (await db.read<{ path: string }>('MATCH (a:Article) RETURN a.path AS path')).map((row) => row.path);
    drill.rerun = await ingestPaths({ db, paths: [folder] });
    drill.actual = await fingerprint(db);
    drill.duplicates = await db.read<{ id: string }>(
      'MATCH (n) WHERE n.id IS NOT NULL WITH n.id AS id, count(*) AS copies WHERE copies > 1 RETURN id',
    );
    Object.assign(figures, {
      requests: load.samples.length,
      statuses: [...new Set(load.samples.map((sample) => sample.status))],
      healthReadings: load.health.length,
      killToIngestEndMs: ingestEndedAt - drill.killed.killedAt,
      killToRestartedMs: drill.backAt - drill.killed.killedAt,
      restartStartMs: supervisor.server?.startMs,
      recoveryMs: drill.recoveredAt - drill.killed.killedAt,
      ingest: {
        articles: drill.files.length,
        writtenBeforeKill: drill.reported.filter((report) => report.outcome !== 'failed').length,
        outcome: drill.outcome instanceof DatabaseError ? drill.outcome.kind : 'completed',
      },
    });
  }, 240_000);

  afterAll(async () => {
    console.log(`neo4j crash: ${JSON.stringify(figures)}`);
    await app?.apollo.stop();
    if (!closed) await connection?.close();
    if (folder) await rm(folder, { recursive: true, force: true });
  });

  it('logs the unexpected exit and restarts Neo4j by itself, once', () => {
    const { pid } = drill.killed;
    expect(drill.back).toMatchObject({ status: 'running', restarts: 1 });
    expect(drill.back?.status === 'running' && drill.back.pid).not.toBe(pid);
    expect(isAlive(pid)).toBe(false);
    expect(lines.find((line) => line.msg === 'neo4j exited unexpectedly; restarting it')).toMatchObject({
      level: 50,
      neo4jPid: pid,
      signal: 'SIGKILL',
    });
    expect(lines.find((line) => line.msg === 'neo4j restarted')).toMatchObject({ attempt: 1 });
    expect(states.map((state) => state.status)).toEqual(['restarting', 'running']);
  });

  it('answers every query while Neo4j is down with DATABASE_UNAVAILABLE, and correctly before and after', () => {
    const { killedAt, downAt } = drill.killed;
    const before = drill.samples.filter((sample) => sample.sent >= drill.warmedAt && sample.at < killedAt);
    // Sent once Neo4j was surely dead, answered before the first good answer after the kill.
    const down = drill.samples.filter((sample) => sample.sent > downAt && sample.at < drill.recoveredAt);
    const after = drill.samples.filter((sample) => sample.sent > drill.recoveredAt);
    expect(new Set(drill.samples.map((sample) => sample.status))).toEqual(new Set([200, 503]));
    expect(
      drill.samples.filter((sample) => sample.status === 503).every((sample) => sample.code === 'DATABASE_UNAVAILABLE'),
    ).toBe(true);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((sample) => sample.ok)).toBe(true);
    expect(down.length).toBeGreaterThan(0);
    expect(down.every((sample) => sample.status === 503)).toBe(true);
    expect(drill.recoveredAt).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((sample) => sample.ok)).toBe(true);
  });

  it('says 503 restarting with the attempt at /healthz while Neo4j is down, then 200 again', () => {
    const restarting = drill.health.filter((sample) => sample.body.status === 'restarting');
    expect(restarting.length).toBeGreaterThan(0);
    expect(restarting.every((sample) => sample.status === 503)).toBe(true);
    expect(restarting[0]?.body.neo4j).toMatchObject({
      up: false,
      restart: { attempt: 1, maxAttempts: 8, downSince: new Date(drill.killed.downAt).toISOString() },
    });
    const sequence = drill.health
      .map((sample) => `${sample.status} ${sample.body.status}`)
      .filter((entry, index, all) => entry !== all[index - 1]);
    expect(sequence[0]).toBe('200 ok');
    expect(sequence.at(-1)).toBe('200 ok');
    expect(sequence.indexOf('503 restarting')).toBeGreaterThan(0);
    expect(
      drill.health.filter((sample) => sample.at > drill.backAt + 500).every((sample) => sample.status === 200),
    ).toBe(true);
  });

  it('has the articles the ingest reported written before the kill, and only those', () => {
    const written = drill.reported.filter((report) => report.outcome !== 'failed').map((report) => report.path);
    const failed = drill.files.filter((file) => !written.includes(file));
    // Either the ingest completed, reporting the others failed, or it stopped: the database was unavailable.
    if (drill.outcome instanceof DatabaseError) expect(drill.outcome.kind).toBe(DatabaseErrorKind.UNAVAILABLE);
    else
      expect(
        drill.outcome?.reports
          .filter((report) => report.outcome === 'failed')
          .map((report) => report.path)
          .sort(),
      ).toEqual([...failed].sort());
    expect(written.length).toBeGreaterThanOrEqual(1);
    expect(failed.length).toBeGreaterThan(0);
    expect([...drill.stored].sort()).toEqual([...written].sort());
  });

  it('loads the missing articles once on a re-run, giving the graph of a clean ingest', () => {
    const written = drill.reported.filter((report) => report.outcome !== 'failed').length;
    expect(drill.rerun?.articles).toEqual({
      created: drill.files.length - written,
      updated: 0,
      unchanged: written,
      failed: 0,
    });
    expect(drill.duplicates).toEqual([]);
    expect(drill.actual).toEqual(drill.expected);
  });

  it('is not restarted when the service stops it', async () => {
    const pid = supervisor.server?.pid ?? 0;
    const from = states.length;
    closed = true;
    await connection.close();
    // Longer than the first restart delay (1 s): a restart would have begun.
    await sleep(2500);
    expect(states.slice(from).map((state) => state.status)).toEqual(['stopping', 'stopped']);
    expect(isAlive(pid)).toBe(false);
    expect(supervisor.server).toBeNull();
    expect(await portIsFree(boltPort)).toBe(true);
    expect(lines.filter((line) => line.msg === 'neo4j exited unexpectedly; restarting it')).toHaveLength(1);
  }, 60_000);
});
