/**
 * `npm run import -- FILE.jsonl [--batch-size N]`: validates the whole file, then loads it. A file that fails
 * validation loads nothing; the problems are listed with their line numbers and the exit code is 1.
 */

import { parseArgs } from 'node:util';
import { runCommand } from '../command.js';
import { loadConfig } from '../config.js';
import { createProgress } from '../export/progress.js';
import { applyMigrations } from '../graph/migrations.js';
import { connectNeo4j } from '../neo4j-runtime/index.js';
import { ImportValidationError, importJsonl } from './import-jsonl.js';

const USAGE = 'Usage: npm run import -- FILE.jsonl [--batch-size N]';

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { 'batch-size': { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
  });
  if (values.help || positionals.length !== 1) {
    console.error(USAGE);
    return values.help ? 0 : 2;
  }
  const batchSize = values['batch-size'] === undefined ? undefined : Number(values['batch-size']);
  if (batchSize !== undefined && !(Number.isInteger(batchSize) && batchSize > 0)) {
    console.error(`--batch-size expects a positive whole number, but got "${values['batch-size']}".`);
    return 2;
  }
  const file = positionals[0]!;
  const config = loadConfig(process.env);
  const connection = await connectNeo4j(config.neo4j);
  try {
    await applyMigrations(connection.db);
    let progress: ReturnType<typeof createProgress> | null = null;
    const summary = await importJsonl({
      db: connection.db,
      file,
      ...(batchSize ? { batchSize } : {}),
      onValidated: (counts) => {
        progress = createProgress({
          stream: process.stderr,
          total: counts.entities + counts.articles + counts.statements,
          label: 'import',
        });
      },
      onRecords: (count) => progress?.advance(count),
    });
    const done = (progress as ReturnType<typeof createProgress> | null)?.finish();
    console.error(
      `Imported ${summary.entities} entities, ${summary.articles} articles and ${summary.statements} statements ` +
        `with ${summary.evidence} pieces of evidence from ${file}${done ? ` in ${done.seconds.toFixed(2)} s` : ''}.`,
    );
    return 0;
  } catch (error) {
    if (error instanceof ImportValidationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await connection.close();
  }
}

runCommand(main);
