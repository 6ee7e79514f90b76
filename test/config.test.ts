import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j on loopback when NEO4J_URI is unset', () => {
    const config = loadConfig({});
    expect(config.neo4j.uri).toBeNull();
    expect(config.host).toBe('127.0.0.1');
    expect(config.port).toBe(4000);
    expect(config.neo4j.embedded).toMatchObject({ home: '.neo4j/dev', boltPort: 7687, password: null });
  });

  it('uses the server named by NEO4J_URI with its credentials and database', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j://db.example:7687',
      NEO4J_USER: 'reader',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'graph',
    });
    expect(config.neo4j).toMatchObject({
      uri: 'neo4j://db.example:7687',
      user: 'reader',
      password: 'pw',
      database: 'graph',
    });
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' }).port).toBe(4000);
  });

  it('rejects a bad port with a sentence naming the variable and its value', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: '70000' })).toThrow('PORT="70000": expected a port between 1 and 65535');
  });

  it('names every bad variable at once', () => {
    expect(() => loadConfig({ NEO4J_URI: 'http://x', NODE_ENV: 'staging' })).toThrow(
      /NODE_ENV="staging".*NEO4J_URI="http:\/\/x": expected a URI/,
    );
  });

  it('refuses an API key too short to be safe', () => {
    expect(() => loadConfig({ API_KEY: 'short' })).toThrow('API_KEY="short": expected at least 16 characters');
  });

  it('turns DEBUG_ERRORS on only together with NODE_ENV=development', () => {
    expect(loadConfig({}).debugErrors).toBe(false);
    expect(loadConfig({ DEBUG_ERRORS: 'true' }).debugErrors).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development', DEBUG_ERRORS: 'false' }).debugErrors).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', DEBUG_ERRORS: 'true' }).debugErrors).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', DEBUG_ERRORS: 'true' }).debugErrors).toBe(false);
    expect(() => loadConfig({ DEBUG_ERRORS: 'maybe' })).toThrow('DEBUG_ERRORS="maybe": expected true or false');
  });

  it('returns a frozen object', () => {
    expect(Object.isFrozen(loadConfig({}))).toBe(true);
  });
});
