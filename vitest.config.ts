import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

// Node loads graphql's CommonJS build for Apollo and for us alike; Vite would otherwise resolve our own imports to
// its ES build, and two copies of graphql break its instanceof checks.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // One real Neo4j for the whole run (test/setup/neo4j.ts); files that write take turns on it.
    globalSetup: ['test/setup/neo4j.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
