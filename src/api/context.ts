/** What every resolver receives: the database, the configuration, who is asking, and this request's loaders. */
import type { Config } from '../config.js';
import type { Database } from '../graph/database.js';
import { createLoaders, type Loaders } from './loaders.js';

/** Who is asking (filled in by the HTTP layer from the x-api-key and x-actor headers). */
export interface ApiAuth {
  readonly isAnalyst: boolean;
  readonly actor: string;
}

export interface ApiContext {
  readonly db: Database;
  readonly config: Readonly<Config>;
  readonly auth: ApiAuth;
  readonly loaders: Loaders;
}

const ANONYMOUS: ApiAuth = Object.freeze({ isAnalyst: false, actor: 'anonymous' });

/** The context of one request, with new loaders so that nothing is cached across requests. */
export function createContext(options: { db: Database; config: Readonly<Config>; auth?: ApiAuth }): ApiContext {
  return {
    db: options.db,
    config: options.config,
    auth: options.auth ?? ANONYMOUS,
    loaders: createLoaders(options.db),
  };
}
