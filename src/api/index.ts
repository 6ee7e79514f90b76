/** The GraphQL API: schema (schema/*.graphql), resolvers, and the per-request context. */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export { type ApiAuth, type ApiContext, createContext } from './context.js';
export { resolvers } from './resolvers/index.js';

const SCHEMA_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'schema');

/** The SDL of every file in schema/, in name order. */
export const typeDefs: string = readdirSync(SCHEMA_DIR)
  .filter((file) => file.endsWith('.graphql'))
  .sort()
  .map((file) => readFileSync(join(SCHEMA_DIR, file), 'utf8'))
  .join('\n');
