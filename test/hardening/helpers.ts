/** Shared by the hardening tests: the application served on loopback, GraphQL over HTTP, and a graph fingerprint. */
import { createHash } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Config, loadConfig } from '../../src/config.js';
import type { Database } from '../../src/graph/database.js';
import { createLogger } from '../../src/logger.js';
import { type App, createApp } from '../../src/server/app.js';

export const API_KEY = 'hardening-test-key-0123456789';

export interface Served {
  readonly url: string;
  readonly app: App;
  readonly config: Readonly<Config>;
  close(): Promise<void>;
}

/** The application in production mode (unless `env` says otherwise) on an ephemeral loopback port. */
export async function serve(
  db: Database,
  env: Record<string, string> = {},
  setup?: (app: App, config: Readonly<Config>) => void,
): Promise<Served> {
  const config = loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent', API_KEY, ...env });
  const httpServer: Server = createServer();
  const app = await createApp({ config, db, logger: createLogger({ level: 'silent' }), httpServer });
  setup?.(app, config);
  httpServer.on('request', app.express);
  await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = httpServer.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, app, config, close: () => app.apollo.stop() };
}

export interface GraphQLError {
  message: string;
  path?: (string | number)[];
  extensions?: Record<string, unknown> & { code?: string };
}

export interface Answer<Data = Record<string, unknown>> {
  status: number;
  headers: Headers;
  text: string;
  body: { data?: Data | null; errors?: GraphQLError[] };
}

/** POSTs one GraphQL request as JSON. */
export async function post<Data = Record<string, unknown>>(
  url: string,
  query: string,
  options: { variables?: Record<string, unknown>; headers?: Record<string, string> } = {},
): Promise<Answer<Data>> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    body: JSON.stringify({ query, variables: options.variables }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) as Answer<Data>['body'] };
}

/** The codes of the errors of an answer. */
export function codes(answer: Answer<unknown>): (string | undefined)[] {
  return (answer.body.errors ?? []).map((error) => error.extensions?.code);
}

export interface Fingerprint {
  nodes: number;
  relationships: number;
  /** sha-256 over every node's labels and properties and every relationship's type, ends and properties. */
  checksum: string;
}

/** Properties written with the time of writing: two runs of the same ingest differ only there. */
const VOLATILE = new Set(['createdAt', 'updatedAt', 'ingestedAt', 'at']);

/** Ids of Change nodes are random (`change:<uuid>`): the same correction made twice differs only there. */
const CHANGE_ID = /change:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g;

/** The times of writing inside a change's JSON payload (the recorded properties of a fact). */
const PAYLOAD_TIMES = /"(createdAt|updatedAt|ingestedAt)":"[^"]*"/g;

function stable(value: unknown, ignoreChangeIds: boolean): string {
  if (Array.isArray(value)) return `[${value.map((item) => stable(item, ignoreChangeIds)).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([key]) => !VOLATILE.has(key))
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, inner]) => `${JSON.stringify(key)}:${stable(inner, ignoreChangeIds)}`).join(',')}}`;
  }
  if (ignoreChangeIds && typeof value === 'string')
    return JSON.stringify(value.replace(CHANGE_ID, 'change:*').replace(PAYLOAD_TIMES, '"$1":"*"'));
  return JSON.stringify(value);
}

/**
 * Counts and a content checksum of the whole graph: every node's labels and properties, every relationship's type,
 * ends and properties, timestamps of writing left out; with `ignoreChangeIds`, the random ids of changes too.
 */
export async function fingerprint(db: Database, options: { ignoreChangeIds?: boolean } = {}): Promise<Fingerprint> {
  const ignore = options.ignoreChangeIds ?? false;
  const nodes = await db.read<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props',
  );
  const relationships = await db.read<{ type: string; from: unknown; to: unknown; props: Record<string, unknown> }>(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS from, b.id AS to, properties(r) AS props',
  );
  const lines = [
    ...nodes.map((node) => `N${stable([[...node.labels].sort(), node.props], ignore)}`),
    ...relationships.map((rel) => `R${stable([rel.type, rel.from, rel.to, rel.props], ignore)}`),
  ].sort();
  const checksum = createHash('sha256').update(lines.join('\n')).digest('hex');
  return { nodes: nodes.length, relationships: relationships.length, checksum };
}
