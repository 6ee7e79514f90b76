/**
 * The HTTP application: express 5 with Apollo Server 5 at /graphql and the health check at /healthz.
 * `createApp` builds and starts Apollo but never listens; src/server/main.ts is the only listener.
 * What protects it is listed in docs/reliability.md: body limit, CSRF prevention, CORS, guardrails, masked errors.
 */
import type { Server } from 'node:http';
import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type Express } from 'express';
import { type ApiContext, createContext, resolvers, typeDefs } from '../api/index.js';
import type { Config } from '../config.js';
import type { Database } from '../graph/database.js';
import type { Logger } from '../logger.js';
import { authenticate } from './auth.js';
import { bodyErrors } from './body-errors.js';
import { cors } from './cors.js';
import { exportRouter } from './export-route.js';
import { healthHandler, type SupervisedRuntime } from './health.js';
import { guardrails } from './plugins/guardrails/index.js';
import { maskErrors } from './plugins/mask-errors.js';

export interface AppOptions {
  config: Readonly<Config>;
  db: Database;
  logger: Logger;
  /** When given, Apollo drains its open requests before the server closes. */
  httpServer?: Server;
  /** The supervisor of the embedded Neo4j, when this process started it: /healthz then reports its restarts. */
  neo4jRuntime?: SupervisedRuntime | null;
}

export interface App {
  readonly express: Express;
  readonly apollo: ApolloServer<ApiContext>;
}

/** Largest request body accepted, in bytes: queries are small, and a huge one is an attack or a mistake. */
const BODY_LIMIT = '256kb';

function header(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

export async function createApp(options: AppOptions): Promise<App> {
  const { config, db, logger, httpServer, neo4jRuntime } = options;
  const limits = guardrails(config.limits);
  const masked = maskErrors({ debug: config.debugErrors, logger });
  const apollo = new ApolloServer<ApiContext>({
    typeDefs,
    resolvers,
    formatError: masked.formatError,
    includeStacktraceInErrorResponses: config.debugErrors,
    introspection: config.introspection,
    // Without introspection, "Did you mean …?" would still spell the schema out field by field.
    hideSchemaDetailsFromClientErrors: !config.introspection,
    parseOptions: limits.parseOptions,
    validationRules: limits.validationRules,
    csrfPrevention: true,
    // main.ts owns the signals: it stops HTTP, then the driver, then Neo4j, in that order.
    stopOnTerminationSignals: false,
    plugins: [
      ApolloServerPluginLandingPageDisabled(),
      // The schema gives no cache hints; left on, the plugin would wrap every field's resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      limits.plugin,
      masked.plugin,
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer })] : []),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', healthHandler(db, neo4jRuntime));
  app.use(exportRouter({ db, config }));
  app.use(
    '/graphql',
    cors({ origins: config.corsOrigins }),
    express.json({ limit: BODY_LIMIT }),
    expressMiddleware(apollo, {
      context: async ({ req }) =>
        createContext({
          db,
          config,
          auth: authenticate({
            apiKey: config.apiKey,
            presentedKey: header(req.headers['x-api-key']),
            actor: header(req.headers['x-actor']),
          }),
        }),
    }),
    bodyErrors(logger),
  );
  return { express: app, apollo };
}
