/**
 * Redraws the latency plot from a results file: `node --import tsx bench/plot.ts bench/results/<run>.json [out.svg]`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { latencyPlotSvg, type RunResult } from './report.js';

const [input, output = 'docs/benchmarks-latency.svg'] = process.argv.slice(2);
if (!input) {
  console.error('expected the path of a results file (bench/results/*.json), but got none.');
  process.exit(1);
}
const run = JSON.parse(await readFile(input, 'utf8')) as RunResult;
await writeFile(output, latencyPlotSvg(run.scales));
console.log(`Plot: ${output}`);
