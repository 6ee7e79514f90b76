/**
 * The typed configuration: the only module that reads environment variables.
 * `loadConfig(env)` validates everything once at start and fails with one sentence per bad value.
 */
import { z } from 'zod';

const booleanString = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' })
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const port = z.coerce
  .number({ error: 'expected a port number' })
  .int('expected a whole number')
  .min(1, 'expected a port between 1 and 65535')
  .max(65535, 'expected a port between 1 and 65535');

const positiveInt = z.coerce
  .number({ error: 'expected a number' })
  .int('expected a whole number')
  .positive('expected a positive number');

/** Comma-separated web origins (`https://analysts.example.org`), or `*` for any origin. */
const originList = z
  .string()
  .transform((value) =>
    value
      .split(',')
      .map((origin) => origin.trim())
      .filter((origin) => origin !== ''),
  )
  .pipe(
    z.array(
      z
        .string()
        .regex(/^(\*|https?:\/\/[^/\s,]+)$/, 'expected origins such as https://example.org, separated by commas, or *'),
    ),
  );

/** JVM memory sizes as Neo4j and java accept them: 512m, 2g. */
const memorySize = z.string().regex(/^\d+[kmg]$/i, 'expected a size such as 512m or 2g');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  API_KEY: z.string().min(16, 'expected at least 16 characters').optional(),
  SEED_ON_START: booleanString.default(true),
  QUERY_TIMEOUT_MS: positiveInt.default(15000),
  INTROSPECTION: booleanString.optional(),
  GRAPHIQL: booleanString.optional(),
  CORS_ORIGINS: originList.optional(),
  MAX_DEPTH: positiveInt.default(15),
  MAX_ALIASES: positiveInt.default(15),
  MAX_DIRECTIVES: positiveInt.default(10),
  MAX_TOKENS: positiveInt.default(2000),
  MAX_COST: positiveInt.default(200000),
  LOOKAHEAD: booleanString.default(true),
  DEBUG_ERRORS: booleanString.default(false),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, 'expected a URI such as neo4j://host:7687 or bolt://host:7687')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_HOME: z.string().min(1).default('.neo4j/dev'),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HEAP: memorySize.default('2g'),
  NEO4J_PAGECACHE: memorySize.default('2g'),
  NEO4J_START_TIMEOUT_MS: positiveInt.default(120000),
});

/** Settings of the Neo4j that the project starts itself when no NEO4J_URI is given. */
export interface EmbeddedNeo4jConfig {
  /** Folder holding conf/, data/ and logs/ of this instance. */
  readonly home: string;
  readonly boltPort: number;
  readonly heap: string;
  readonly pageCache: string;
  /** null: authentication off (loopback only); otherwise the password set for user `neo4j` on first start. */
  readonly password: string | null;
  readonly startTimeoutMs: number;
}

export interface Neo4jConfig {
  /** Bolt URI of an external server, or null to start the embedded one. */
  readonly uri: string | null;
  readonly user: string;
  readonly password: string | null;
  readonly database: string;
  readonly queryTimeoutMs: number;
  readonly embedded: EmbeddedNeo4jConfig;
}

/** Limits on a GraphQL document, checked before it runs (src/server/plugins/guardrails). */
export interface QueryLimits {
  /** Deepest nesting of fields, fragments flattened. */
  readonly depth: number;
  /** Aliased fields in one document. */
  readonly aliases: number;
  /** Directives in one document. */
  readonly directives: number;
  /** Lexical tokens in one document, counted before it is parsed. */
  readonly tokens: number;
  /** Estimated result fields: each field counts once per time it may be resolved, page sizes multiplying. */
  readonly cost: number;
}

export interface Config {
  readonly env: 'development' | 'production' | 'test';
  readonly host: string;
  readonly port: number;
  readonly logLevel: string;
  /** Key that analysts present (header `x-api-key`) to run mutations; mutations are refused when unset. */
  readonly apiKey: string | null;
  readonly seedOnStart: boolean;
  /** Whether the schema may be introspected; when off, error messages also stop suggesting field names. */
  readonly introspection: boolean;
  /** Whether GraphiQL is served at /graphiql. */
  readonly graphiql: boolean;
  /** Origins allowed to call the API from a browser (CORS); empty: no CORS headers at all. `*`: any origin. */
  readonly corsOrigins: readonly string[];
  readonly limits: QueryLimits;
  /**
   * Whether `node`, `search` and `events` read their selection ahead and load the levels below in one statement
   * (src/api/prefetch.ts). Off, every level loads in batches: the same answers, more round trips.
   */
  readonly lookahead: boolean;
  /**
   * Whether error answers carry the original message and stack trace of unexpected and database errors: only with
   * DEBUG_ERRORS=true and NODE_ENV=development, never in another mode.
   */
  readonly debugErrors: boolean;
  readonly neo4j: Neo4jConfig;
}

/** Raised when an environment variable has a bad value; its message names every bad variable. */
export class ConfigError extends Error {
  override readonly name = 'ConfigError';
}

/**
 * Reads and validates the configuration from an environment (normally `process.env`).
 * Empty strings count as unset, so `FOO=` in a compose file means "use the default".
 */
export function loadConfig(env: Readonly<Record<string, string | undefined>>): Readonly<Config> {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      // The variable, not the element of a list variable (CORS_ORIGINS) that failed.
      const name = String(issue.path[0] ?? '');
      return `${name}=${JSON.stringify(present[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}.`);
  }
  const e = parsed.data;
  // Schema discovery is for development; production opts in explicitly.
  const discoverable = e.NODE_ENV !== 'production';
  return Object.freeze({
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    apiKey: e.API_KEY ?? null,
    seedOnStart: e.SEED_ON_START,
    introspection: e.INTROSPECTION ?? discoverable,
    graphiql: e.GRAPHIQL ?? discoverable,
    corsOrigins: Object.freeze(e.CORS_ORIGINS ?? []),
    limits: Object.freeze({
      depth: e.MAX_DEPTH,
      aliases: e.MAX_ALIASES,
      directives: e.MAX_DIRECTIVES,
      tokens: e.MAX_TOKENS,
      cost: e.MAX_COST,
    }),
    lookahead: e.LOOKAHEAD,
    debugErrors: e.DEBUG_ERRORS && e.NODE_ENV === 'development',
    neo4j: Object.freeze({
      uri: e.NEO4J_URI ?? null,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD ?? null,
      database: e.NEO4J_DATABASE,
      queryTimeoutMs: e.QUERY_TIMEOUT_MS,
      embedded: Object.freeze({
        home: e.NEO4J_HOME,
        boltPort: e.NEO4J_BOLT_PORT,
        heap: e.NEO4J_HEAP,
        pageCache: e.NEO4J_PAGECACHE,
        password: e.NEO4J_PASSWORD ?? null,
        startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
      }),
    }),
  });
}
