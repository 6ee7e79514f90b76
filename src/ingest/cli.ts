/**
 * `npm run ingest -- [--dry-run --json] [--published YYYY-MM-DD] [--source NAME] <files or folders>`.
 * Exits non-zero when any file failed; the others are still ingested.
 */

import { parseArgs } from 'node:util';
import { runCommand } from '../command.js';
import { loadConfig } from '../config.js';
import { applyMigrations } from '../graph/migrations.js';
import { connectNeo4j } from '../neo4j-runtime/index.js';
import { dryRun } from './dry-run.js';
import { type ArticleReport, type IngestSummary, ingestPaths } from './pipeline.js';

const USAGE = 'Usage: npm run ingest -- [--dry-run --json] [--published YYYY-MM-DD] [--source NAME] <files or folders>';

function progress(report: ArticleReport, index: number, total: number): void {
  const line = `${report.outcome.padEnd(9)} ${report.path}${report.error ? ` — ${report.error.message}` : ''}`;
  if (process.stderr.isTTY) {
    const width = 30;
    const done = Math.round(((index + 1) / total) * width);
    process.stderr.write(`\r\x1b[2K${line}\n[${'#'.repeat(done)}${' '.repeat(width - done)}] ${index + 1}/${total}`);
    if (index + 1 === total) process.stderr.write('\n');
  } else {
    process.stderr.write(`[${index + 1}/${total}] ${line}\n`);
  }
}

function printSummary(summary: IngestSummary, seconds: number): void {
  const { articles, entities, facts } = summary;
  const rate = seconds > 0 ? (summary.reports.length / seconds).toFixed(1) : '∞';
  console.log(
    `Articles: ${articles.created} new, ${articles.updated} updated, ${articles.unchanged} unchanged, ${articles.failed} failed. ` +
      `Entities: ${entities.created} created, ${entities.merged} merged into existing ones. ` +
      `Facts: ${facts.created} created, ${facts.removed} removed. (${seconds.toFixed(2)} s, ${rate} articles/s)`,
  );
  for (const report of summary.reports.filter((entry) => entry.outcome === 'failed')) {
    console.error(`failed: ${report.error?.message ?? report.path}`);
  }
}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      'dry-run': { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      published: { type: 'string' },
      source: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help || positionals.length === 0) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  if (values.published !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(values.published)) {
    console.error(`--published expects a date such as 2020-09-03, but got "${values.published}".`);
    return 2;
  }
  const overrides = {
    ...(values.published ? { published: values.published } : {}),
    ...(values.source ? { source: values.source } : {}),
  };
  if (values['dry-run']) {
    if (!values.json) {
      console.error('--dry-run prints JSON Lines and needs --json.');
      return 2;
    }
    let failed = false;
    for await (const line of dryRun(positionals, overrides)) {
      if ('error' in (JSON.parse(line) as object)) failed = true;
      process.stdout.write(`${line}\n`);
    }
    return failed ? 1 : 0;
  }
  const config = loadConfig(process.env);
  const connection = await connectNeo4j(config.neo4j);
  try {
    await applyMigrations(connection.db);
    const began = performance.now();
    const summary = await ingestPaths({ db: connection.db, paths: positionals, ...overrides, onArticle: progress });
    printSummary(summary, (performance.now() - began) / 1000);
    return summary.articles.failed > 0 ? 1 : 0;
  } finally {
    await connection.close();
  }
}

runCommand(main);
