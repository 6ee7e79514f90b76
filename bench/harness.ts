/**
 * One benchmark scale from start to end: an empty Neo4j of the benchmark's own, the synthetic graph loaded into it,
 * the two GraphQL servers in a child process, each question checked then loaded three ways (ours, raw Cypher,
 * @neo4j/graphql), then the ingest. Answers one `ScaleResult`; the runner (./run.ts) prints and saves them.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { authToken } from '../src/graph/database.js';
import { type BenchAuth, type BenchDatabaseOptions, startBenchDatabase } from './bench-database.js';
import { benchIngest, type IngestReport } from './ingest-bench.js';
import { type LoadResult, loadCypher, loadGraphql } from './load-generators.js';
import { type LoadReport, loadSyntheticGraph } from './load-graph.js';
import { type BenchQuery, benchQueries, type GraphqlRequest, type QueryName } from './queries.js';
import type { ServeMessage } from './serve.js';
import { generateSyntheticGraph } from './synthetic-graph.js';

export const WAYS = ['ours', 'raw', 'neo4jGraphql'] as const;
export type Way = (typeof WAYS)[number];

export interface WayResult {
  /** Throughput run at `concurrency`. */
  throughput: LoadResult;
  /** Latency run at concurrency 1 (no queueing): its p50/p95/p99 are the latencies reported. The same object as
   * `throughput` when the scale ran without a latency run. */
  latency: LoadResult;
  /** Bolt round trips per request, counted over the check requests. */
  roundTrips: number;
}

export interface QueryResult {
  name: QueryName;
  question: string;
  fixedSize: boolean;
  ways: Record<Way, WayResult>;
  /** For a list question: what PROFILE found in our statements and the raw one on the loaded graph. */
  profile?: ProfileReport;
}

/** The operators PROFILE found in a question's statements (distinct, sorted), and which of them read an index. */
export interface ProfileReport {
  statements: number;
  operators: string[];
  indexOperators: string[];
}

export interface ScaleResult {
  scale: number;
  load: LoadReport;
  queries: QueryResult[];
  ingest: IngestReport | null;
}

export interface ScaleOptions {
  /** Approximate number of nodes of the synthetic graph. */
  scale: number;
  seed?: number;
  concurrency: number;
  /** Seconds of each measured run, and of the warm-up before each way. */
  seconds: number;
  /** 0: no warm-up run. */
  warmupSeconds: number;
  /** Measure latency in a run of its own at concurrency 1 (default); false takes it from the throughput run. */
  latencyRun?: boolean;
  /** Generated articles for the ingest benchmark; 0 skips it. */
  articles: number;
  /** The questions to run (all by default; none: only the load and the ingest). */
  queries?: readonly QueryName[];
  database?: BenchDatabaseOptions;
  log?: (line: string) => void;
}

/** Requests sent one by one before each load: they check the answers and count round trips. */
const CHECK_REQUESTS = 10;

interface Servers {
  oursUrl: string;
  neo4jGraphqlUrl: string;
  counts(): Promise<{ ours: number; neo4jGraphql: number }>;
  stop(): Promise<void>;
}

function startServers(uri: string, auth: BenchAuth): Promise<Servers> {
  // BENCH_SERVER_PROFILE=<folder>: the servers' process writes a V8 CPU profile there when it stops (where the time
  // of each server goes, graphql-js's share among it).
  const profile = process.env.BENCH_SERVER_PROFILE;
  const child: ChildProcess = fork(fileURLToPath(new URL('./serve.ts', import.meta.url)), [], {
    execArgv: ['--import', 'tsx', ...(profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [])],
    // Both servers run as in production (the Docker image sets NODE_ENV=production): graphql-js then skips its
    // development-only checks on every type test.
    env: {
      ...process.env,
      NODE_ENV: 'production',
      BENCH_NEO4J_URI: uri,
      BENCH_NEO4J_USER: auth.user,
      ...(auth.password === null ? {} : { BENCH_NEO4J_PASSWORD: auth.password }),
    },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const next = (kind: ServeMessage['kind']): Promise<ServeMessage> =>
    new Promise((resolve, reject) => {
      const onMessage = (message: ServeMessage): void => {
        if (message.kind !== kind) return;
        child.off('message', onMessage);
        child.off('exit', onExit);
        resolve(message);
      };
      const onExit = (code: number | null): void =>
        reject(new Error(`the benchmark servers exited with code ${code} before answering.`));
      child.on('message', onMessage);
      child.once('exit', onExit);
    });
  return next('ready').then((ready) => {
    if (ready.kind !== 'ready') throw new Error('unreachable');
    return {
      oursUrl: ready.oursUrl,
      neo4jGraphqlUrl: ready.neo4jGraphqlUrl,
      async counts() {
        const answer = next('counts');
        child.send({ kind: 'counts' });
        const counts = await answer;
        if (counts.kind !== 'counts') throw new Error('unreachable');
        return { ours: counts.ours, neo4jGraphql: counts.neo4jGraphql };
      },
      stop: () =>
        new Promise<void>((resolve) => {
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(timer);
            resolve();
          });
          child.send({ kind: 'stop' });
        }),
    };
  });
}

async function postGraphql(url: string, request: GraphqlRequest): Promise<unknown> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = (await response.json()) as { data?: unknown; errors?: { message: string }[] };
  if (!response.ok || body.errors || !body.data) {
    throw new Error(
      `expected data from ${url}, but got ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 400)}`,
    );
  }
  return body.data;
}

/** Sends the check requests of one way one by one; answers the Bolt round trips per request. */
async function check(options: { way: Way; query: BenchQuery; servers: Servers; driver: Driver }): Promise<number> {
  const { way, query, servers, driver } = options;
  if (way === 'raw') {
    for (let i = 0; i < CHECK_REQUESTS; i += 1) {
      const { cypher, params } = query.raw(i);
      const result = await driver.executeQuery(cypher, params, { database: 'neo4j', routing: neo4j.routing.READ });
      if (result.records.length === 0 && query.name !== 'path')
        throw new Error(`expected a row from the raw ${query.name}, but got none.`);
    }
    return 1;
  }
  const before = await servers.counts();
  for (let i = 0; i < CHECK_REQUESTS; i += 1) {
    if (way === 'ours') await postGraphql(servers.oursUrl, query.ours(i));
    else await postGraphql(servers.neo4jGraphqlUrl, query.neo4jGraphql(i));
  }
  const after = await servers.counts();
  const counted = way === 'ours' ? after.ours - before.ours : after.neo4jGraphql - before.neo4jGraphql;
  return counted / CHECK_REQUESTS;
}

async function load(options: {
  way: Way;
  query: BenchQuery;
  servers: Servers;
  driver: Driver;
  concurrency: number;
  seconds: number;
}): Promise<LoadResult> {
  const { way, query, servers, driver, concurrency, seconds } = options;
  if (way === 'raw') return loadCypher({ driver, request: query.raw, concurrency, seconds });
  const url = way === 'ours' ? servers.oursUrl : servers.neo4jGraphqlUrl;
  return loadGraphql({ url, request: way === 'ours' ? query.ours : query.neo4jGraphql, concurrency, seconds });
}

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

function operatorsOf(plan: PlanNode): string[] {
  // Operator names carry the runtime after an "@" ("NodeIndexSeek@neo4j").
  return [plan.operatorType.split('@')[0] ?? plan.operatorType, ...plan.children.flatMap(operatorsOf)];
}

/** Operators that read a whole label or the whole store: a list must never start from one at the bench scale. */
const SCANS = ['NodeByLabelScan', 'AllNodesScan', 'UnionNodeByLabelsScan', 'IntersectionNodeByLabelsScan'];

/**
 * Runs our statements of a list question (for a few of its arguments) and its raw statement under PROFILE; throws
 * when one scans a label, since the numbers of a list read by a scan would not hold at a larger scale.
 */
export async function profileQuestion(driver: Driver, query: BenchQuery): Promise<ProfileReport | undefined> {
  if (!query.profiled) return undefined;
  const statements = [0, 1, 2, 3].flatMap((i) => [...(query.profiled?.(i) ?? []), query.raw(i)]);
  const operators = new Set<string>();
  for (const { cypher, params } of statements) {
    const session = driver.session({ database: 'neo4j', defaultAccessMode: neo4j.session.READ });
    try {
      const result = await session.run(`PROFILE ${cypher}`, params);
      const { profile } = result.summary;
      if (profile === false) throw new Error(`expected a profile of ${query.name}, but the server gave none.`);
      const found = operatorsOf(profile as unknown as PlanNode);
      const scans = found.filter((operator) => SCANS.includes(operator));
      if (scans.length > 0) {
        throw new Error(
          `expected the statements of ${query.name} to read indexes, but PROFILE found ${scans.join(', ')} in:\n${cypher}`,
        );
      }
      for (const operator of found) operators.add(operator);
    } finally {
      await session.close();
    }
  }
  const sorted = [...operators].sort();
  return {
    statements: statements.length,
    operators: sorted,
    indexOperators: sorted.filter((operator) => operator.includes('Index')),
  };
}

/** Runs one scale; the database and the servers are stopped again whatever happens. */
export async function runScale(options: ScaleOptions): Promise<ScaleResult> {
  const log = options.log ?? (() => undefined);
  const graph = generateSyntheticGraph({
    nodes: options.scale,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  log(`scale ${options.scale}: ${graph.nodeCount} nodes, ${graph.relationshipCount} relationships generated`);
  const bench = await startBenchDatabase(options.database);
  let servers: Servers | null = null;
  const driver = neo4j.driver(bench.uri, authToken(bench.auth), {
    logging: { level: 'error', logger: () => undefined },
  });
  try {
    const loaded = await loadSyntheticGraph(bench.db, graph);
    log(
      `  loaded in ${loaded.seconds.toFixed(1)} s: ${Math.round(loaded.nodesPerSecond)} nodes/s, ${Math.round(loaded.relationshipsPerSecond)} relationships/s`,
    );
    servers = await startServers(bench.uri, bench.auth);
    const queries: QueryResult[] = [];
    const chosen = benchQueries(graph.samples).filter((query) => options.queries?.includes(query.name) ?? true);
    for (const query of chosen) {
      const profile = await profileQuestion(driver, query);
      if (profile)
        log(
          `  ${query.name} PROFILE: ${profile.statements} statements, no label scan; ${profile.indexOperators.join(', ')}`,
        );
      const ways = {} as Record<Way, WayResult>;
      for (const way of WAYS) {
        const roundTrips = await check({ way, query, servers, driver });
        if (options.warmupSeconds > 0) {
          await load({ way, query, servers, driver, concurrency: options.concurrency, seconds: options.warmupSeconds });
        }
        const throughput = await load({
          way,
          query,
          servers,
          driver,
          concurrency: options.concurrency,
          seconds: options.seconds,
        });
        const latency =
          options.latencyRun === false
            ? throughput
            : await load({ way, query, servers, driver, concurrency: 1, seconds: options.seconds });
        ways[way] = { throughput, latency, roundTrips };
        log(
          `  ${query.name} ${way}: ${throughput.requestsPerSecond.toFixed(0)} req/s, p50 ${latency.p50.toFixed(2)} ms, ${roundTrips} round trips`,
        );
      }
      queries.push({
        name: query.name,
        question: query.question,
        fixedSize: query.fixedSize,
        ways,
        ...(profile ? { profile } : {}),
      });
    }
    await servers.stop();
    servers = null;
    const ingest = options.articles > 0 ? await benchIngest({ db: bench.db, count: options.articles }) : null;
    if (ingest)
      log(
        `  ingest: ${ingest.endToEndPerSecond.toFixed(0)} articles/s end to end on a warm server (first set ${ingest.firstPerSecond.toFixed(0)}), ${ingest.extractionPerSecond.toFixed(0)} extraction alone`,
      );
    return { scale: options.scale, load: loaded, queries, ingest };
  } finally {
    await servers?.stop();
    await driver.close();
    await bench.close();
  }
}
