/** Loads the seed articles into an empty graph at start, so a fresh `npm start` has something to explore. */
import path from 'node:path';
import type { Database } from '../graph/database.js';
import { hasArticles } from '../graph/ingest-repository.js';
import { ingestPaths } from '../ingest/pipeline.js';
import type { Logger } from '../logger.js';
import { PROJECT_ROOT } from '../neo4j-runtime/index.js';

export const SEEDS_DIR = path.join(PROJECT_ROOT, 'seeds');

export async function seedIfEmpty(options: { db: Database; logger: Logger; seedsDir?: string }): Promise<void> {
  const { db, logger } = options;
  if (await hasArticles(db)) return;
  const summary = await ingestPaths({ db, paths: [options.seedsDir ?? SEEDS_DIR] });
  logger.info(
    { articles: summary.articles, entities: summary.entities, facts: summary.facts },
    'seed articles ingested',
  );
}
