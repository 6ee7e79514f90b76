/** The acceptance queries of docs/queries/, read as the README shows them. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const QUERIES = join(import.meta.dirname, '..', '..', 'docs', 'queries');

export function documentedQuery(file: string): string {
  return readFileSync(join(QUERIES, file), 'utf8');
}

/** The file names of every documented query, in order. */
export const DOCUMENTED_QUERIES: readonly string[] = readdirSync(QUERIES)
  .filter((file) => file.endsWith('.graphql'))
  .sort();
