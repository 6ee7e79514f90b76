/**
 * `npm run bench`: the benchmarks of docs/benchmarks.md. For each scale: an empty Neo4j of its own
 * (port 47687, folder .neo4j/bench), the synthetic graph bulk-loaded, the six questions run three ways, and the
 * ingest; then a table on stdout, the JSON under bench/results/, and the latency plot.
 *
 *   npm run bench                              # 10k and 100k nodes, about 15 minutes
 *   npm run bench -- --scale 1000000           # the full scale (repeat --scale or give a comma list)
 *   npm run bench -- --seconds 4 --soak        # shorter runs, then bench/soak.ts when it is there
 *   npm run bench -- --queries none            # only the load and the ingest (or a comma list of questions)
 *   npm run bench -- --port 47700 --home .neo4j/bench-2   # another Bolt port and home, beside a running benchmark
 */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { neo4jVersion } from '../src/neo4j-runtime/index.js';
import { runScale, type ScaleResult } from './harness.js';
import { QUERY_NAMES, type QueryName } from './queries.js';
import { checkTargets, formatScale, formatTargets, latencyPlotSvg, type RunResult } from './report.js';

const ROOT = path.resolve(fileURLToPath(new URL('..', import.meta.url)));

function positive(name: string, text: string): number {
  const value = Number(text);
  if (!(Number.isFinite(value) && value > 0))
    throw new Error(`expected --${name} to be a positive number, but got "${text}".`);
  return value;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', multiple: true },
      seconds: { type: 'string', default: '8' },
      warmup: { type: 'string', default: '2' },
      concurrency: { type: 'string', default: '8' },
      articles: { type: 'string', default: '1000' },
      seed: { type: 'string', default: '42' },
      out: { type: 'string' },
      plot: { type: 'string', default: path.join(ROOT, 'docs/benchmarks-latency.svg') },
      soak: { type: 'boolean', default: false },
      queries: { type: 'string' },
      port: { type: 'string' },
      home: { type: 'string' },
    },
  });
  const scales = (values.scale ?? ['10000,100000']).flatMap((s) => s.split(',')).map((s) => positive('scale', s));
  const queries = values.queries === undefined ? undefined : values.queries === 'none' ? [] : values.queries.split(',');
  for (const name of queries ?? []) {
    if (!(QUERY_NAMES as readonly string[]).includes(name)) {
      throw new Error(`expected --queries to be "none" or names among ${QUERY_NAMES.join(', ')}, but got "${name}".`);
    }
  }
  const options = {
    scales,
    ...(queries === undefined ? {} : { queries: queries as QueryName[] }),
    concurrency: positive('concurrency', values.concurrency),
    seconds: positive('seconds', values.seconds),
    warmupSeconds: positive('warmup', values.warmup),
    articles: Math.floor(Number(values.articles)),
    seed: Math.floor(positive('seed', values.seed)),
    database: {
      ...(values.port === undefined ? {} : { boltPort: Math.floor(positive('port', values.port)) }),
      ...(values.home === undefined ? {} : { home: values.home }),
    },
  };
  const startedAt = new Date().toISOString();
  const results: ScaleResult[] = [];
  for (const scale of scales) {
    const result = await runScale({ ...options, scale, log: (line) => console.log(line) });
    results.push(result);
    console.log(`\n${formatScale(result)}\n`);
  }
  const run: RunResult = {
    startedAt,
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      neo4j: neo4jVersion(),
      platform: `${os.platform()} ${os.release()}`,
    },
    options,
    scales: results,
    targets: checkTargets(results),
  };
  const soakModule = path.join(ROOT, 'bench/soak.ts');
  if (values.soak) {
    if (existsSync(soakModule)) {
      const { runSoak } = (await import(pathToFileURL(soakModule).href)) as {
        runSoak: (options: Record<string, unknown>) => Promise<unknown>;
      };
      run.soak = await runSoak({});
    } else {
      console.log('--soak: bench/soak.ts is not there yet; skipped.');
    }
  }
  console.log('Targets:');
  console.log(formatTargets(run.targets));
  const out = values.out ?? path.join(ROOT, 'bench/results', `bench-${startedAt.replace(/[:.]/g, '-')}.json`);
  await mkdir(path.dirname(out), { recursive: true });
  await writeFile(out, `${JSON.stringify(run, null, 2)}\n`);
  console.log(`\nResults: ${path.relative(ROOT, out)}`);
  if (results.length > 1 && results.some((result) => result.queries.length > 0)) {
    await writeFile(values.plot, latencyPlotSvg(results));
    console.log(`Plot: ${path.relative(ROOT, values.plot)}`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
