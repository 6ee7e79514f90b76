/**
 * Neo4j killed under load: a Neo4j of this test's own (own port and folder) is SIGKILLed while concurrent clients
 * query the server on loopback. The server stays up and answers DATABASE_UNAVAILABLE (503) meanwhile, /healthz says
 * so, and once Neo4j is started again on the same folder and port the server recovers by itself, with no restart.
 */
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase, type Database } from '../../src/graph/database.js';
import { type RunningNeo4j, type StartOptions, startNeo4j } from '../../src/neo4j-runtime/index.js';
import { type Served, serve } from './helpers.js';

const CONCURRENCY = 8;
/** Pause of each client between two requests, to bound the load (at most CONCURRENCY × 1000 / PAUSE_MS per second). */
const PAUSE_MS = 20;
const QUERY = JSON.stringify({ query: '{ node(id: "person:fault-probe") { id ... on Person { name } } }' });

interface Sample {
  at: number;
  /** How long the answer took. */
  ms: number;
  status: number | 'no answer';
  code: string | undefined;
  ok: boolean;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** CONCURRENCY clients asking in a loop until `stop()`; every answer is kept with its time. */
function startLoad(url: string) {
  const samples: Sample[] = [];
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
          at: Date.now(),
          ms: Date.now() - sent,
          status: response.status,
          code: body.errors?.[0]?.extensions?.code,
          ok: body.data?.node?.name === 'Fault Probe',
        });
      } catch {
        samples.push({ at: Date.now(), ms: Date.now() - sent, status: 'no answer', code: undefined, ok: false });
      }
      await sleep(PAUSE_MS);
    }
  };
  const clients = Array.from({ length: CONCURRENCY }, client);
  return {
    samples,
    async stop() {
      running = false;
      await Promise.all(clients);
    },
  };
}

describe('Neo4j killed under load', () => {
  let options: StartOptions;
  let neo4j: RunningNeo4j;
  let db: Database;
  let server: Served;
  beforeAll(async () => {
    options = {
      home: `${process.env.NEO4J_TEST_HOME ?? '.neo4j/test'}-fault`,
      boltPort: await freePort(),
      heap: '512m',
      pageCache: '64m',
      password: null,
      startTimeoutMs: 120_000,
      fresh: true,
    };
    neo4j = await startNeo4j(options);
    db = createDatabase({ uri: neo4j.uri, user: 'neo4j', password: null, database: 'neo4j', queryTimeoutMs: 5000 });
    await db.write(
      `CREATE (:Entity:Person {id: 'person:fault-probe', name: 'Fault Probe', aliases: [], searchText: 'Fault Probe'})`,
    );
    server = await serve(db);
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
    await neo4j?.stop();
  });

  it('answers DATABASE_UNAVAILABLE while Neo4j is dead, and recovers by itself when it is back', async () => {
    const load = startLoad(server.url);
    const began = Date.now();
    // Until the clients have had answers: on a busy machine the first ones can take longer than 2 s.
    while (load.samples.filter((sample) => sample.ok).length < 20 && Date.now() - began < 30_000) await sleep(50);
    const warmedAt = Date.now();
    await sleep(1000);

    const killedAt = Date.now();
    process.kill(neo4j.pid, 'SIGKILL');
    await neo4j.stop(); // the process is gone: this only forgets its pid file
    await sleep(4000);
    const health = await fetch(`${server.url}/healthz`);
    const healthBody = (await health.json()) as { status: string; neo4j: { up: boolean } };

    const restartBegan = Date.now();
    neo4j = await startNeo4j({ ...options, fresh: false });
    const restartedAt = Date.now();
    let recoveredAt = 0;
    while (Date.now() - restartedAt < 30_000) {
      const latest = load.samples.at(-1);
      if (latest?.ok && latest.at > restartedAt) {
        recoveredAt = latest.at;
        break;
      }
      await sleep(50);
    }
    await sleep(2000);
    await load.stop();
    const healthAfter = await fetch(`${server.url}/healthz`);

    // Sent once the clients had answers (the first ones, from a cold server, may time out), answered before the kill.
    const before = load.samples.filter((sample) => sample.at - sample.ms >= warmedAt && sample.at < killedAt);
    // Answers to requests in flight at the kill may land a little after it; from 4 s on Neo4j is surely gone.
    const down = load.samples.filter((sample) => sample.at > killedAt + 500 && sample.at < restartBegan);
    const after = load.samples.filter((sample) => sample.at > recoveredAt + 1000);
    const statuses = new Set(load.samples.map((sample) => sample.status));
    const unavailableMs = load.samples.filter((sample) => sample.status === 503).map((sample) => sample.ms);
    const figures = {
      requests: load.samples.length,
      before: before.length,
      down: down.length,
      after: after.length,
      statuses: [...statuses],
      unavailableAnswerMs: { min: Math.min(...unavailableMs), max: Math.max(...unavailableMs) },
      restartMs: restartedAt - restartBegan,
      recoveryMs: recoveredAt - restartedAt,
      totalMs: Date.now() - began,
    };
    console.log(`neo4j fault: ${JSON.stringify(figures)}`);

    expect([...statuses].sort()).toEqual([200, 503]);
    expect(
      load.samples.filter((sample) => sample.status === 503).every((sample) => sample.code === 'DATABASE_UNAVAILABLE'),
    ).toBe(true);
    expect(before.length).toBeGreaterThan(0);
    expect(before.every((sample) => sample.ok)).toBe(true);
    expect(down.length).toBeGreaterThan(0);
    expect(down.every((sample) => sample.status === 503)).toBe(true);
    expect(health.status).toBe(503);
    expect(healthBody).toMatchObject({ status: 'unavailable', neo4j: { up: false } });
    expect(recoveredAt).toBeGreaterThan(0);
    expect(after.length).toBeGreaterThan(0);
    expect(after.every((sample) => sample.ok)).toBe(true);
    expect(healthAfter.status).toBe(200);
  }, 120_000);
});
