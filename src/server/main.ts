/**
 * `npm start`: Neo4j up (embedded unless NEO4J_URI is set), migrations applied, seeds ingested into an empty graph,
 * then HTTP on HOST:PORT. SIGINT/SIGTERM shut down in order: HTTP (draining requests), driver, Neo4j. An embedded
 * Neo4j that dies on its own is restarted (src/neo4j-runtime/supervisor.ts); when it cannot be, the service exits 1.
 */
import { createServer } from 'node:http';
import { ConfigError, loadConfig } from '../config.js';
import { applyMigrations } from '../graph/migrations.js';
import { createLogger } from '../logger.js';
import { connectNeo4j, Neo4jRuntimeError } from '../neo4j-runtime/index.js';
import { createApp } from './app.js';
import { ensureWebBuilt, WEB_DIST } from './build-web.js';
import { seedIfEmpty } from './seed.js';
import { mountWeb } from './static.js';

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  const logger = createLogger({ level: config.logLevel });
  const began = Date.now();
  const connection = await connectNeo4j(config.neo4j, { supervise: { logger } });
  const { db, supervisor } = connection;
  logger.info({ mode: connection.mode, uri: connection.uri, startMs: connection.server?.startMs }, 'neo4j connected');
  supervisor?.onState((state) => {
    if (state.status !== 'failed') return;
    console.error(state.error.message);
    process.exit(1);
  });
  await applyMigrations(db);
  if (config.seedOnStart) await seedIfEmpty({ db, logger });

  await ensureWebBuilt({ log: (message) => logger.info(message) });
  const httpServer = createServer();
  const app = await createApp({ config, db, logger, httpServer, neo4jRuntime: supervisor });
  mountWeb(app.express, { webDist: WEB_DIST, graphiql: config.graphiql, logger });
  httpServer.on('request', app.express);
  await new Promise<void>((resolve) => httpServer.listen(config.port, config.host, resolve));
  logger.info({ url: `http://${config.host}:${config.port}/graphql`, readyMs: Date.now() - began }, 'listening');

  let stopping = false;
  const shutdown = async (signal: string): Promise<void> => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    await app.apollo.stop(); // drains in-flight requests and closes the HTTP server
    await connection.close(); // driver, then the embedded Neo4j if we started it
    logger.info('stopped');
    process.exit(0);
  };
  // `on`, not `once`: Ctrl-C reaches this process twice (from the terminal and relayed by tsx), and a second
  // signal without a handler would kill it halfway through the shutdown.
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof Neo4jRuntimeError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
});
