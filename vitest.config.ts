import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';
import { testWorkers } from './test/setup/instances.js';

// Node loads graphql's CommonJS build for Apollo and for us alike; Vite would otherwise resolve our own imports to
// its ES build, and two copies of graphql break its instanceof checks.
const graphqlCjs = createRequire(import.meta.url).resolve('graphql');

/** Files run side by side, each worker with a Neo4j of its own (test/setup/instances.ts): NEO4J_TEST_WORKERS, default 2. */
const workers = testWorkers(process.env);

export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: graphqlCjs }] },
  test: {
    include: ['test/**/*.test.ts', 'src/**/*.test.ts'],
    // One real Neo4j per worker (test/setup/neo4j.ts): the file a worker runs owns its database meanwhile.
    globalSetup: ['test/setup/neo4j.ts'],
    maxWorkers: workers,
    fileParallelism: workers > 1,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    reporters: ['default'],
  },
});
