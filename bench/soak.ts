/**
 * The soak: a fixed number of concurrent clients query the server on loopback for a fixed time (60 s × 16 by default)
 * with a mix of the API's questions; it counts status codes (the goal: no 5xx at all) and samples the server's memory
 * every second, after a full garbage collection (the goal: flat, no growth from the first third of the run to the
 * last).
 *
 * The server runs in a child process of its own (this same file with `--serve`): its own embedded Neo4j
 * (.neo4j/soak, an ephemeral Bolt port) with `seeds/` ingested, and createApp on an ephemeral loopback port, so
 * its memory is not mixed with the load generator's. Or pass `url` to soak a server that is already running
 * (then memory is not sampled).
 *
 *   node --import tsx bench/soak.ts [--seconds 60] [--connections 16] [--url http://127.0.0.1:4000]
 *
 * `runSoak(options)` does the same for `npm run bench` and returns the report.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import autocannon from 'autocannon';
import { loadConfig } from '../src/config.js';
import { createDatabase } from '../src/graph/database.js';
import { applyMigrations } from '../src/graph/migrations.js';
import { ingestPaths } from '../src/ingest/pipeline.js';
import { createLogger } from '../src/logger.js';
import { startNeo4j } from '../src/neo4j-runtime/index.js';
import { createApp } from '../src/server/app.js';

export interface SoakOptions {
  /** Length of the measured run, in seconds. Default 60. */
  durationSeconds?: number;
  /** Concurrent connections, each sending its next request when the last is answered. Default 16. */
  connections?: number;
  /** A server already running (its base URL, loopback only); default: start one in a child process. */
  url?: string;
  /** Where progress lines go; default console.log. */
  log?: (line: string) => void;
}

export interface MemorySample {
  /** Seconds since the measured run began. */
  at: number;
  rssMb: number;
  heapUsedMb: number;
}

export interface SoakReport {
  durationSeconds: number;
  connections: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  status: { '2xx': number; '4xx': number; '5xx': number };
  /** Connection errors and timeouts of the load generator. */
  errors: number;
  timeouts: number;
  /** null when soaking a server given by `url`. */
  memory: {
    samples: MemorySample[];
    rssMb: { first: number; last: number; max: number };
    heapUsedMb: { firstThird: number; lastThird: number; max: number };
    /** Mean heap of the last third over that of the first third, minus one: 0.05 is 5 % growth. */
    heapGrowth: number;
  } | null;
  /** No 5xx, no connection error, and (when sampled) heap growth under 20 %. */
  passed: boolean;
}

/** The mix: search, a node with its neighbours, events, a path, a page of the timeline. */
const QUERIES = [
  '{ search(query: "suhardi", first: 10) { totalCount edges { score node { id name } } } }',
  '{ node(id: "person:suhardi-alius") { id ... on Person { name positions { edges { node { position { name } } } } accompaniedBy { edges { node { name } event { name } } } } } }',
  '{ events(first: 20) { totalCount edges { node { name kind date { date precision } participants { totalCount } } } } }',
  '{ path(from: "person:masafumi-ishii", to: "person:boy-rafli-amar", maxHops: 4) { length nodes { id name } } }',
  '{ node(id: "person:boy-rafli-amar") { ... on Person { timeline(first: 50) { totalCount edges { node { __typename } } } } } }',
  '{ search(query: "bnpt", types: [ORGANIZATION]) { totalCount edges { node { id name } } } }',
];

const SERVE_FLAG = '--serve';
const SELF = fileURLToPath(import.meta.url);

type ChildMessage =
  | { kind: 'ready'; url: string }
  | { kind: 'memory'; rss: number; heapUsed: number }
  | { kind: 'failed'; message: string };

const mb = (bytes: number): number => Math.round((bytes / 1024 / 1024) * 10) / 10;
const mean = (values: number[]): number =>
  values.length === 0 ? 0 : values.reduce((sum, value) => sum + value, 0) / values.length;

/** The child's side: Neo4j, the seeds, the app; answers `memory` and `stop` over IPC. */
async function serveForSoak(): Promise<void> {
  const send = (message: ChildMessage): void => void process.send?.(message);
  const neo4j = await startNeo4j({
    home: process.env.SOAK_NEO4J_HOME ?? '.neo4j/soak',
    boltPort: await freePort(),
    heap: '1g',
    pageCache: '256m',
    password: null,
    startTimeoutMs: 120_000,
    fresh: true,
  });
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'warn' });
  const db = createDatabase({
    uri: neo4j.uri,
    user: 'neo4j',
    password: null,
    database: 'neo4j',
    queryTimeoutMs: config.neo4j.queryTimeoutMs,
  });
  await applyMigrations(db);
  await ingestPaths({ db, paths: ['seeds'] });
  const httpServer: Server = createServer();
  const app = await createApp({ config, db, logger: createLogger({ level: 'warn' }), httpServer });
  httpServer.on('request', app.express);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  process.on('message', (message: { kind: string }) => {
    if (message.kind === 'memory') {
      // After a full collection the heap is what is still referenced: growth there is a leak, not lazy GC.
      (globalThis as { gc?: () => void }).gc?.();
      const usage = process.memoryUsage();
      send({ kind: 'memory', rss: usage.rss, heapUsed: usage.heapUsed });
    } else if (message.kind === 'stop') {
      void (async () => {
        await app.apollo.stop();
        await db.close();
        await neo4j.stop();
        process.exit(0);
      })();
    }
  });
  send({ kind: 'ready', url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}` });
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
  });
}

function nextMessage<Kind extends ChildMessage['kind']>(
  child: ChildProcess,
  kind: Kind,
): Promise<Extract<ChildMessage, { kind: Kind }>> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ChildMessage) => {
      if (message.kind === 'failed') reject(new Error(`The soak server failed: ${message.message}`));
      if (message.kind !== kind) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message as Extract<ChildMessage, { kind: Kind }>);
    };
    const onExit = (code: number | null) =>
      reject(new Error(`The soak server exited (code ${code}) before answering "${kind}".`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

function load(url: string, seconds: number, connections: number): Promise<autocannon.Result> {
  return autocannon({
    url: `${url}/graphql`,
    connections,
    duration: seconds,
    timeout: 30,
    requests: QUERIES.map((query) => ({
      method: 'POST' as const,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query }),
    })),
  });
}

/** Runs the soak and returns its figures (see the module comment). */
export async function runSoak(options: SoakOptions = {}): Promise<SoakReport> {
  const seconds = options.durationSeconds ?? 60;
  const connections = options.connections ?? 16;
  const log = options.log ?? ((line: string) => console.log(line));
  if (options.url !== undefined && !/^http:\/\/(127\.0\.0\.1|localhost|\[::1\])(:\d+)?$/.test(options.url)) {
    throw new Error(`expected a loopback URL such as http://127.0.0.1:4000 for the soak, but got "${options.url}".`);
  }

  let child: ChildProcess | null = null;
  let url = options.url;
  if (url === undefined) {
    log('soak: starting Neo4j and the server in a child process…');
    child = fork(SELF, [SERVE_FLAG], {
      execArgv: ['--import', 'tsx', '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    url = (await nextMessage(child, 'ready')).url;
  }
  const samples: MemorySample[] = [];
  try {
    log(`soak: warming up on ${url} for 3 s…`);
    await load(url, 3, connections);
    log(`soak: ${seconds} s at ${connections} connections…`);
    const began = Date.now();
    const sampling = child
      ? setInterval(() => {
          const running = child;
          if (!running) return;
          running.send({ kind: 'memory' });
          void nextMessage(running, 'memory').then(
            (memory) =>
              samples.push({
                at: Math.round((Date.now() - began) / 100) / 10,
                rssMb: mb(memory.rss),
                heapUsedMb: mb(memory.heapUsed),
              }),
            () => undefined,
          );
        }, 1000)
      : null;
    const result = await load(url, seconds, connections);
    if (sampling) clearInterval(sampling);
    const report = summarise({ result, seconds, connections, samples: child ? samples : null });
    const series = report.memory?.samples
      .filter((_, index) => index % 10 === 0)
      .map((sample) => `${sample.at}s ${sample.heapUsedMb}/${sample.rssMb}`);
    log(`soak: ${JSON.stringify({ ...report, memory: report.memory ? { ...report.memory, samples: series } : null })}`);
    return report;
  } finally {
    if (child) {
      const exited = new Promise((resolve) => child?.once('exit', resolve));
      child.send({ kind: 'stop' });
      await exited;
    }
  }
}

function summarise(options: {
  result: autocannon.Result;
  seconds: number;
  connections: number;
  samples: MemorySample[] | null;
}): SoakReport {
  const { result, samples } = options;
  const third = samples ? Math.max(1, Math.floor(samples.length / 3)) : 0;
  const memory =
    samples && samples.length > 0
      ? {
          samples,
          rssMb: {
            first: samples[0]?.rssMb ?? 0,
            last: samples.at(-1)?.rssMb ?? 0,
            max: Math.max(...samples.map((sample) => sample.rssMb)),
          },
          heapUsedMb: {
            firstThird: Math.round(mean(samples.slice(0, third).map((sample) => sample.heapUsedMb)) * 10) / 10,
            lastThird: Math.round(mean(samples.slice(-third).map((sample) => sample.heapUsedMb)) * 10) / 10,
            max: Math.max(...samples.map((sample) => sample.heapUsedMb)),
          },
          heapGrowth: 0,
        }
      : null;
  if (memory)
    memory.heapGrowth = Math.round((memory.heapUsedMb.lastThird / memory.heapUsedMb.firstThird - 1) * 1000) / 1000;
  const status = { '2xx': result['2xx'], '4xx': result['4xx'], '5xx': result['5xx'] };
  return {
    durationSeconds: options.seconds,
    connections: options.connections,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    status,
    errors: result.errors,
    timeouts: result.timeouts,
    memory,
    passed:
      status['5xx'] === 0 &&
      result.errors === 0 &&
      result.timeouts === 0 &&
      (memory === null || memory.heapGrowth < 0.2),
  };
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (process.argv.includes(SERVE_FLAG)) {
    serveForSoak().catch((error: unknown) => {
      process.send?.({
        kind: 'failed',
        message: error instanceof Error ? error.message : String(error),
      } satisfies ChildMessage);
      process.exit(1);
    });
  } else {
    const { values } = parseArgs({
      options: {
        seconds: { type: 'string', default: '60' },
        connections: { type: 'string', default: '16' },
        url: { type: 'string' },
      },
    });
    runSoak({
      durationSeconds: Number(values.seconds),
      connections: Number(values.connections),
      ...(values.url ? { url: values.url } : {}),
    })
      .then((report) => process.exit(report.passed ? 0 : 1))
      .catch((error: unknown) => {
        console.error(error instanceof Error ? error.message : error);
        process.exit(1);
      });
  }
}
