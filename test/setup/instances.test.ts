/** Which Neo4j each test worker uses, from the environment: vitest.config.ts and the global setup read the same. */
import { describe, expect, it } from 'vitest';
import { embeddedInstance, givenUris, testWorkers } from './instances.js';

describe('the test workers', () => {
  it('are one by default, files in turn, as CI runs them reliably', () => {
    expect(testWorkers({})).toBe(1);
  });

  it('are as many as NEO4J_TEST_WORKERS says', () => {
    expect(testWorkers({ NEO4J_TEST_WORKERS: '3' })).toBe(3);
  });

  it('are one per server of NEO4J_TEST_URI, which lists them comma-separated', () => {
    expect(testWorkers({ NEO4J_TEST_URI: 'bolt://a:7687' })).toBe(1);
    expect(givenUris({ NEO4J_TEST_URI: 'bolt://a:7687, bolt://b:7687' })).toEqual(['bolt://a:7687', 'bolt://b:7687']);
    expect(testWorkers({ NEO4J_TEST_URI: 'bolt://a:7687, bolt://b:7687' })).toBe(2);
  });

  it('refuse a count that is not a whole number of 1 or more, in one sentence', () => {
    expect(() => testWorkers({ NEO4J_TEST_WORKERS: '0' })).toThrow(
      'expected NEO4J_TEST_WORKERS to be a whole number of 1 or more, but got "0".',
    );
  });
});

describe('the embedded instance of a worker', () => {
  it('is the one of NEO4J_TEST_HOME and NEO4J_TEST_BOLT_PORT for the first worker', () => {
    expect(embeddedInstance({ NEO4J_TEST_HOME: '.neo4j/test-b', NEO4J_TEST_BOLT_PORT: '17812' }, 1)).toEqual({
      home: '.neo4j/test-b',
      boltPort: 17812,
    });
  });

  it('has a home of its own and a port 1000 further on for each further worker', () => {
    expect(embeddedInstance({ NEO4J_TEST_HOME: '.neo4j/test-b', NEO4J_TEST_BOLT_PORT: '17812' }, 2)).toEqual({
      home: '.neo4j/test-b-w2',
      boltPort: 18812,
    });
    expect(embeddedInstance({}, 3)).toEqual({ home: '.neo4j/test-w3', boltPort: 19687 });
  });

  it('takes its port from NEO4J_TEST_BOLT_PORT when that lists one per worker', () => {
    expect(embeddedInstance({ NEO4J_TEST_BOLT_PORT: '17812, 17912' }, 2).boltPort).toBe(17912);
  });

  it('refuses a port that is not one, in one sentence', () => {
    expect(() => embeddedInstance({ NEO4J_TEST_BOLT_PORT: 'x' }, 1)).toThrow(
      'expected NEO4J_TEST_BOLT_PORT to list ports from 1 to 65535, but got "x".',
    );
  });
});
