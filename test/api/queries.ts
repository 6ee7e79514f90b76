/** The acceptance queries of docs/queries/, read as the README shows them. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const QUERIES = join(import.meta.dirname, '..', '..', 'docs', 'queries');

export function documentedQuery(file: string): string {
  return readFileSync(join(QUERIES, file), 'utf8');
}
