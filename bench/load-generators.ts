/**
 * Closed-loop load at a fixed concurrency for a fixed time: autocannon for the GraphQL servers (HTTP/1.1
 * keep-alive), and the same loop over neo4j-driver for hand-written Cypher. Both record every latency, so the
 * percentiles of the three ways are computed alike.
 */
import autocannon from 'autocannon';
import type { Driver } from 'neo4j-driver';
import neo4j from 'neo4j-driver';
import type { CypherRequest, GraphqlRequest } from './queries.js';

export interface LoadResult {
  requests: number;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  /** Transport errors and non-2xx answers; a GraphQL error is checked apart, before the load. */
  errors: number;
}

export interface LoadOptions {
  concurrency: number;
  seconds: number;
}

function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] as number;
}

function summarise(latencies: number[], seconds: number, errors: number): LoadResult {
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    requestsPerSecond: latencies.length / seconds,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors,
  };
}

/** POSTs `request(i)` for i = 0, 1, … to `url` with `concurrency` connections for `seconds`. */
export async function loadGraphql(
  options: LoadOptions & { url: string; request: (i: number) => GraphqlRequest },
): Promise<LoadResult> {
  let next = 0;
  const latencies: number[] = [];
  const began = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.concurrency,
        duration: options.seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(options.request(next++)) }) }],
      },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
  const seconds = Math.max((performance.now() - began) / 1000, options.seconds);
  return summarise(latencies, seconds, result.errors + result.non2xx + result.timeouts);
}

/** Runs `request(i)` as one read transaction each, `concurrency` at a time, for `seconds`. */
export async function loadCypher(
  options: LoadOptions & { driver: Driver; request: (i: number) => CypherRequest },
): Promise<LoadResult> {
  let next = 0;
  let errors = 0;
  const latencies: number[] = [];
  const deadline = performance.now() + options.seconds * 1000;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const { cypher, params } = options.request(next++);
      const start = performance.now();
      try {
        await options.driver.executeQuery(cypher, params, { database: 'neo4j', routing: neo4j.routing.READ });
        latencies.push(performance.now() - start);
      } catch {
        errors += 1;
      }
    }
  };
  const began = performance.now();
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return summarise(latencies, (performance.now() - began) / 1000, errors);
}
