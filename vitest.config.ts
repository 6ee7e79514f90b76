import { defineConfig } from 'vitest/config';

export default defineConfig({
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
