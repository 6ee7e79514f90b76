/** The configuration of the hardening: limits, introspection, GraphiQL and CORS, validated with their defaults. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.js';

describe('loadConfig: hardening variables', () => {
  it('sets every query limit explicitly by default', () => {
    expect(loadConfig({}).limits).toEqual({ depth: 15, aliases: 15, directives: 10, tokens: 2000, cost: 200_000 });
  });

  it('reads MAX_DEPTH, MAX_ALIASES, MAX_DIRECTIVES, MAX_TOKENS and MAX_COST', () => {
    const config = loadConfig({
      MAX_DEPTH: '5',
      MAX_ALIASES: '2',
      MAX_DIRECTIVES: '3',
      MAX_TOKENS: '400',
      MAX_COST: '1000',
    });
    expect(config.limits).toEqual({ depth: 5, aliases: 2, directives: 3, tokens: 400, cost: 1000 });
  });

  it('rejects a limit that is not a positive whole number, naming it', () => {
    expect(() => loadConfig({ MAX_DEPTH: '0' })).toThrow('MAX_DEPTH="0": expected a positive number');
    expect(() => loadConfig({ MAX_COST: 'lots' })).toThrow(ConfigError);
  });

  it('opens introspection and GraphiQL in development, closes them in production unless asked', () => {
    expect(loadConfig({})).toMatchObject({ introspection: true, graphiql: true });
    expect(loadConfig({ NODE_ENV: 'production' })).toMatchObject({ introspection: false, graphiql: false });
    expect(loadConfig({ NODE_ENV: 'production', INTROSPECTION: 'true', GRAPHIQL: '1' })).toMatchObject({
      introspection: true,
      graphiql: true,
    });
    expect(loadConfig({ INTROSPECTION: 'false', GRAPHIQL: 'no' })).toMatchObject({
      introspection: false,
      graphiql: false,
    });
    expect(() => loadConfig({ GRAPHIQL: 'maybe' })).toThrow('GRAPHIQL="maybe": expected true or false');
  });

  it('keeps CORS off by default and reads CORS_ORIGINS as a comma-separated list', () => {
    expect(loadConfig({}).corsOrigins).toEqual([]);
    expect(loadConfig({ CORS_ORIGINS: 'https://a.example.org, http://localhost:5173' }).corsOrigins).toEqual([
      'https://a.example.org',
      'http://localhost:5173',
    ]);
    expect(loadConfig({ CORS_ORIGINS: '*' }).corsOrigins).toEqual(['*']);
    expect(() => loadConfig({ CORS_ORIGINS: 'evil.example/path' })).toThrow(
      'CORS_ORIGINS="evil.example/path": expected origins such as https://example.org, separated by commas, or *.',
    );
  });
});
