/**
 * What a benchmark run reports: the table on stdout, the performance targets checked against the numbers, and the
 * plot of p50 latency against scale (SVG, drawn here so that no plotting dependency is needed).
 */
import type { QueryResult, ScaleResult, Way } from './harness.js';

export interface RunResult {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; neo4j: string; platform: string };
  options: {
    scales: number[];
    concurrency: number;
    seconds: number;
    warmupSeconds: number;
    articles: number;
    seed: number;
  };
  scales: ScaleResult[];
  targets: TargetCheck[];
  soak?: unknown;
}

export interface TargetCheck {
  target: string;
  met: boolean;
  detail: string;
}

const fmt = (value: number, digits = 1): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');
const pad = (text: string, width: number): string => text.padStart(width);

/** The table of one scale, one line per question and way. */
export function formatScale(result: ScaleResult): string {
  const lines = [
    `scale ${result.scale} nodes (${result.load.nodes} nodes, ${result.load.relationships} relationships): load ${fmt(result.load.seconds)} s, ` +
      `${Math.round(result.load.nodesPerSecond)} nodes/s, ${Math.round(result.load.relationshipsPerSecond)} rels/s`,
  ];
  if (result.queries.length > 0) {
    lines.push(
      `${'query'.padEnd(14)}${'way'.padEnd(14)}${pad('req/s', 9)}${pad('p50 ms', 9)}${pad('p95 ms', 9)}${pad('p99 ms', 9)}${pad('trips', 7)}${pad('ours/raw', 10)}${pad('ours/ng', 9)}`,
    );
  }
  for (const query of result.queries) {
    const ours = query.ways.ours;
    for (const way of ['ours', 'raw', 'neo4jGraphql'] as Way[]) {
      const w = query.ways[way];
      const ratioRaw =
        way === 'ours'
          ? `${fmt(ours.throughput.requestsPerSecond / query.ways.raw.throughput.requestsPerSecond, 2)}x`
          : '';
      const ratioNg =
        way === 'ours'
          ? `${fmt(ours.throughput.requestsPerSecond / query.ways.neo4jGraphql.throughput.requestsPerSecond, 2)}x`
          : '';
      lines.push(
        `${(way === 'ours' ? query.name : '').padEnd(14)}${way.padEnd(14)}${pad(fmt(w.throughput.requestsPerSecond, 0), 9)}` +
          `${pad(fmt(w.latency.p50, 2), 9)}${pad(fmt(w.latency.p95, 2), 9)}${pad(fmt(w.latency.p99, 2), 9)}${pad(fmt(w.roundTrips, 1), 7)}${pad(ratioRaw, 10)}${pad(ratioNg, 9)}`,
      );
    }
  }
  for (const query of result.queries) {
    if (query.profile) {
      lines.push(
        `${query.name} under PROFILE: ${query.profile.statements} statements, no label scan; index operators ${query.profile.indexOperators.join(', ')}`,
      );
    }
  }
  if (result.ingest) {
    lines.push(
      `ingest: ${result.ingest.articles} articles twice, ${fmt(result.ingest.endToEndPerSecond)} articles/s end to end on a warm server ` +
        `(${fmt(result.ingest.firstPerSecond)} for the first set; ${fmt(result.ingest.roundTripsPerArticle, 1)} round trips/article), ${fmt(result.ingest.extractionPerSecond, 0)} articles/s extraction alone`,
    );
  }
  return lines.join('\n');
}

function byName(scale: ScaleResult, name: string): QueryResult | undefined {
  return scale.queries.find((query) => query.name === name);
}

/** The performance targets, checked on every scale that was run. */
export function checkTargets(scales: readonly ScaleResult[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const misses = (items: string[]): string => (items.length === 0 ? 'all' : `missed: ${items.join(', ')}`);
  const throughputMisses: string[] = [];
  const latencyMisses: string[] = [];
  for (const scale of scales) {
    for (const query of scale.queries) {
      const { ours, raw, neo4jGraphql } = query.ways;
      const ratio = ours.throughput.requestsPerSecond / neo4jGraphql.throughput.requestsPerSecond;
      if (!(ratio >= 1.5)) throughputMisses.push(`${query.name}@${scale.scale} (${fmt(ratio, 2)}x)`);
      const bound = 1.2 * raw.latency.p50 + 1;
      if (!(ours.latency.p50 <= bound))
        latencyMisses.push(`${query.name}@${scale.scale} (${fmt(ours.latency.p50, 2)} > ${fmt(bound, 2)} ms)`);
    }
  }
  // A run without questions (--queries none) checks only the load and the ingest.
  if (scales.some((scale) => scale.queries.length > 0)) {
    checks.push({
      target: 'throughput >= 1.5x @neo4j/graphql on every query',
      met: throughputMisses.length === 0,
      detail: misses(throughputMisses),
    });
    checks.push({
      target: 'p50 <= 1.2x raw Cypher + 1 ms',
      met: latencyMisses.length === 0,
      detail: misses(latencyMisses),
    });
  }
  const sorted = [...scales].sort((a, b) => a.scale - b.scale);
  const smallest = sorted[0];
  const largest = sorted[sorted.length - 1];
  if (smallest && largest && largest.scale > smallest.scale && smallest.queries.length > 0) {
    const growthMisses: string[] = [];
    const growths: string[] = [];
    for (const query of smallest.queries.filter((q) => q.fixedSize)) {
      const big = byName(largest, query.name);
      if (!big) continue;
      const growth = big.ways.ours.latency.p50 / query.ways.ours.latency.p50;
      growths.push(`${query.name} ${fmt(growth, 2)}x`);
      if (!(growth <= 1.5)) growthMisses.push(`${query.name} (${fmt(growth, 2)}x)`);
    }
    checks.push({
      target: `p50 growth ${smallest.scale} -> ${largest.scale} nodes <= 1.5x (fixed-size answers)`,
      met: growthMisses.length === 0,
      detail: `${growths.join(', ')}${growthMisses.length > 0 ? `; ${misses(growthMisses)}` : ''}`,
    });
  }
  const ingests = scales.flatMap((scale) =>
    scale.ingest ? [`${fmt(scale.ingest.endToEndPerSecond, 0)}@${scale.scale}`] : [],
  );
  if (ingests.length > 0) {
    const met = scales.every((scale) => !scale.ingest || scale.ingest.endToEndPerSecond >= 300);
    checks.push({ target: 'ingest >= 300 articles/s end to end', met, detail: `articles/s: ${ingests.join(', ')}` });
  }
  const loads = scales.map((scale) => `${Math.round(scale.load.nodesPerSecond)}@${scale.scale}`);
  checks.push({
    target: 'bulk load >= 50k nodes/s',
    met: scales.every((scale) => scale.load.nodesPerSecond >= 50_000),
    detail: `nodes/s: ${loads.join(', ')}`,
  });
  return checks;
}

export function formatTargets(checks: readonly TargetCheck[]): string {
  return checks.map((check) => `${check.met ? 'MET   ' : 'MISSED'} ${check.target}: ${check.detail}`).join('\n');
}

const COLORS: Record<Way, string> = { ours: '#1b7837', raw: '#2166ac', neo4jGraphql: '#b2182b' };
const LABELS: Record<Way, string> = { ours: 'ours (GraphQL)', raw: 'raw Cypher', neo4jGraphql: '@neo4j/graphql' };

/** Small multiples, one panel per question: p50 latency (log scale) against nodes (log scale), one line per way. */
export function latencyPlotSvg(scales: readonly ScaleResult[]): string {
  const sorted = [...scales].sort((a, b) => a.scale - b.scale);
  const names = sorted[0]?.queries.map((query) => query.name) ?? [];
  const panelWidth = 260;
  const panelHeight = 200;
  const margin = { left: 50, top: 30, right: 15, bottom: 40 };
  const width = names.length * panelWidth + 20;
  const height = panelHeight + 35;
  const values = sorted.flatMap((scale) =>
    scale.queries.flatMap((query) => Object.values(query.ways).map((w) => w.latency.p50)),
  );
  const yMin = Math.max(0.05, Math.min(...values) / 1.5);
  const yMax = Math.max(...values) * 1.5;
  const xs = sorted.map((scale) => scale.scale);
  const xMin = Math.min(...xs) / 1.5;
  const xMax = Math.max(...xs) * 1.5;
  const plotW = panelWidth - margin.left - margin.right;
  const plotH = panelHeight - margin.top - margin.bottom;
  const x = (v: number): number =>
    margin.left + ((Math.log10(v) - Math.log10(xMin)) / (Math.log10(xMax) - Math.log10(xMin))) * plotW;
  const y = (v: number): number =>
    margin.top + plotH - ((Math.log10(v) - Math.log10(yMin)) / (Math.log10(yMax) - Math.log10(yMin))) * plotH;
  const yTicks = [0.1, 0.2, 0.5, 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000, 5000].filter(
    (t) => t >= yMin && t <= yMax,
  );
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="11">`,
    `<rect width="100%" height="100%" fill="white"/>`,
  ];
  names.forEach((name, index) => {
    const ox = 10 + index * panelWidth;
    parts.push(`<g transform="translate(${ox},0)">`);
    parts.push(`<text x="${margin.left + plotW / 2}" y="18" text-anchor="middle" font-weight="bold">${name}</text>`);
    parts.push(
      `<rect x="${margin.left}" y="${margin.top}" width="${plotW}" height="${plotH}" fill="none" stroke="#999"/>`,
    );
    for (const t of yTicks) {
      parts.push(`<line x1="${margin.left}" x2="${margin.left + plotW}" y1="${y(t)}" y2="${y(t)}" stroke="#eee"/>`);
      parts.push(`<text x="${margin.left - 4}" y="${y(t) + 4}" text-anchor="end">${t}</text>`);
    }
    for (const s of xs) {
      parts.push(
        `<text x="${x(s)}" y="${margin.top + plotH + 14}" text-anchor="middle">${s >= 1e6 ? `${s / 1e6}M` : `${s / 1e3}k`}</text>`,
      );
    }
    parts.push(`<text x="${margin.left + plotW / 2}" y="${margin.top + plotH + 30}" text-anchor="middle">nodes</text>`);
    if (index === 0)
      parts.push(
        `<text transform="translate(12,${margin.top + plotH / 2}) rotate(-90)" text-anchor="middle">p50 latency, ms (c=1)</text>`,
      );
    for (const way of ['raw', 'ours', 'neo4jGraphql'] as Way[]) {
      const points = sorted.flatMap((scale) => {
        const query = byName(scale, name);
        return query ? [[x(scale.scale), y(query.ways[way].latency.p50)] as const] : [];
      });
      parts.push(
        `<polyline fill="none" stroke="${COLORS[way]}" stroke-width="2" points="${points.map(([px, py]) => `${px.toFixed(1)},${py.toFixed(1)}`).join(' ')}"/>`,
      );
      for (const [px, py] of points)
        parts.push(`<circle cx="${px.toFixed(1)}" cy="${py.toFixed(1)}" r="3" fill="${COLORS[way]}"/>`);
    }
    parts.push('</g>');
  });
  (['ours', 'raw', 'neo4jGraphql'] as Way[]).forEach((way, index) => {
    const lx = 60 + index * 170;
    parts.push(
      `<line x1="${lx}" x2="${lx + 20}" y1="${height - 14}" y2="${height - 14}" stroke="${COLORS[way]}" stroke-width="3"/>`,
    );
    parts.push(`<text x="${lx + 26}" y="${height - 10}">${LABELS[way]}</text>`);
  });
  parts.push('</svg>');
  return parts.join('\n');
}
