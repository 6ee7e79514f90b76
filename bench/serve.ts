/**
 * The two GraphQL servers under test, in a process of their own so that the load generator does not share their
 * event loop: ours (createApp from src/server/app.ts) and @neo4j/graphql 7 (its own Apollo Server over
 * ./neo4j-graphql-schema.ts), each on an ephemeral loopback port, both on the Neo4j at BENCH_NEO4J_URI.
 * Started with `fork`; it reports its ports, then answers `counts` (Bolt round trips so far of each) and `stop`.
 */
import http, { type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import neo4j, { type Driver } from 'neo4j-driver';
import { loadConfig } from '../src/config.js';
import { authToken, createDatabase } from '../src/graph/database.js';
import { createLogger } from '../src/logger.js';
import { createApp } from '../src/server/app.js';
import { benchAuthFromEnv } from './bench-database.js';
import { NEO4J_GRAPHQL_TYPE_DEFS } from './neo4j-graphql-schema.js';

export type ServeMessage =
  | { kind: 'ready'; oursUrl: string; neo4jGraphqlUrl: string }
  | { kind: 'counts'; ours: number; neo4jGraphql: number };

function listen(server: Server): Promise<string> {
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`));
  });
}

/** A driver whose sessions are counted: @neo4j/graphql opens one session per Cypher statement it runs. */
function countingDriver(driver: Driver): { driver: Driver; sessions: () => number } {
  let sessions = 0;
  const proxy = new Proxy(driver, {
    get(target, property, receiver) {
      if (property === 'session') {
        return (...args: Parameters<Driver['session']>) => {
          sessions += 1;
          return target.session(...args);
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
  return { driver: proxy, sessions: () => sessions };
}

async function main(): Promise<void> {
  const uri = process.env.BENCH_NEO4J_URI;
  if (!uri) throw new Error('expected BENCH_NEO4J_URI to name the benchmark Neo4j, but it is unset.');
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', NEO4J_URI: uri, SEED_ON_START: 'false' });
  const auth = benchAuthFromEnv(process.env);
  const db = createDatabase({
    uri,
    ...auth,
    database: 'neo4j',
    queryTimeoutMs: config.neo4j.queryTimeoutMs,
  });
  const ours = await createApp({ config, db, logger: createLogger({ level: 'silent' }) });
  const oursServer = http.createServer(ours.express);

  const counted = countingDriver(
    neo4j.driver(uri, authToken(auth), { logging: { level: 'error', logger: () => undefined } }),
  );
  const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver: counted.driver }).getSchema();
  const apollo = new ApolloServer({ schema, introspection: false });
  await apollo.start();
  const theirs = express();
  theirs.use('/graphql', express.json({ limit: '256kb' }), expressMiddleware(apollo, { context: async () => ({}) }));
  const theirsServer = http.createServer(theirs);

  const [oursUrl, neo4jGraphqlUrl] = await Promise.all([listen(oursServer), listen(theirsServer)]);
  process.send?.({ kind: 'ready', oursUrl, neo4jGraphqlUrl } satisfies ServeMessage);
  process.on('message', (message: { kind: string }) => {
    if (message.kind === 'counts') {
      process.send?.({ kind: 'counts', ours: db.queryCount, neo4jGraphql: counted.sessions() } satisfies ServeMessage);
    } else if (message.kind === 'stop') {
      oursServer.closeAllConnections();
      theirsServer.closeAllConnections();
      oursServer.close();
      theirsServer.close();
      void Promise.all([ours.apollo.stop(), apollo.stop()])
        .then(() => Promise.all([db.close(), counted.driver.close()]))
        .finally(() => process.exit(0));
    }
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exit(1);
});
