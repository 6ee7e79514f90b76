/**
 * The benchmark harness at a tiny scale: it must produce numbers for every question and every way (ours, raw
 * Cypher, @neo4j/graphql), a load rate and an ingest rate. Speed is not asserted here; `npm run bench` measures it.
 * It runs on this worker's test Neo4j, which the benchmark empties first, as `npm run bench` does its own.
 */
import { describe, expect, inject, it } from 'vitest';
import { runScale, WAYS } from '../../bench/harness.js';
import { QUERY_NAMES } from '../../bench/queries.js';
import { checkTargets, formatScale } from '../../bench/report.js';
import { testNeo4jUri } from '../helpers/database.js';

describe('benchmark harness (smoke scale)', () => {
  it('measures every question three ways, the bulk load and the ingest on a graph of 2,000 nodes', async () => {
    const result = await runScale({
      scale: 2_000,
      concurrency: 2,
      seconds: 1,
      warmupSeconds: 0,
      latencyRun: false,
      articles: 10,
      database: { uri: testNeo4jUri(), auth: { user: inject('neo4jUser'), password: inject('neo4jPassword') } },
    });
    expect(result.load.nodes).toBeGreaterThan(1_500);
    expect(result.load.nodesPerSecond).toBeGreaterThan(0);
    expect(result.queries.map((query) => query.name)).toEqual([...QUERY_NAMES]);
    for (const query of result.queries) {
      for (const way of WAYS) {
        const measured = query.ways[way];
        expect(measured.throughput.requests, `${query.name} ${way}`).toBeGreaterThan(0);
        expect(measured.throughput.errors, `${query.name} ${way}`).toBe(0);
        expect(Number.isFinite(measured.latency.p50), `${query.name} ${way}`).toBe(true);
        expect(measured.roundTrips, `${query.name} ${way}`).toBeGreaterThanOrEqual(1);
      }
    }
    expect(result.ingest?.created).toBe(10);
    expect(result.ingest?.endToEndPerSecond).toBeGreaterThan(0);
    expect(formatScale(result)).toContain('neighbourhood');
    const checks = checkTargets([result]);
    expect(checks.map((check) => check.target)).toEqual([
      'throughput >= 1.5x @neo4j/graphql on every query',
      'p50 <= 1.2x raw Cypher + 1 ms',
      'ingest >= 300 articles/s end to end',
      'bulk load >= 50k nodes/s',
    ]);
    const [, , ingest, load] = checks;
    expect(ingest).toEqual({
      target: 'ingest >= 300 articles/s end to end',
      met: (result.ingest?.endToEndPerSecond ?? 0) >= 300,
      detail: `articles/s: ${(result.ingest?.endToEndPerSecond ?? 0).toFixed(0)}@2000`,
    });
    expect(load).toEqual({
      target: 'bulk load >= 50k nodes/s',
      met: result.load.nodesPerSecond >= 50_000,
      detail: `nodes/s: ${Math.round(result.load.nodesPerSecond)}@2000`,
    });
  }, 300_000);
});
