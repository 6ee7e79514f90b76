/**
 * `GET /healthz`: 200 when Neo4j answers (with its version), 503 when it does not, and 503 `restarting` with the
 * attempt while the supervisor brings a crashed embedded Neo4j back. Never throws.
 */
import type { Request, Response } from 'express';
import type { Database } from '../graph/database.js';
import type { SupervisorState } from '../neo4j-runtime/index.js';

export interface Health {
  status: 'ok' | 'unavailable' | 'restarting';
  neo4j: {
    up: boolean;
    version?: string;
    edition?: string;
    latencyMs?: number;
    error?: string;
    /** While restarting: the attempt under way or waited for (from 1), of at most `maxAttempts`, and since when it is down. */
    restart?: { attempt: number; maxAttempts: number; downSince: string };
  };
}

/** What the health check needs of the supervisor of the embedded Neo4j (src/neo4j-runtime/supervisor.ts). */
export interface SupervisedRuntime {
  readonly state: SupervisorState;
}

/** Pings Neo4j; while `runtime` says it is restarting, answers that at once instead (the ping would only time out). */
export async function checkHealth(db: Database, runtime?: SupervisedRuntime | null): Promise<Health> {
  const state = runtime?.state;
  if (state?.status === 'restarting') {
    const { attempt, maxAttempts, since } = state;
    return {
      status: 'restarting',
      neo4j: {
        up: false,
        error: 'The embedded Neo4j stopped unexpectedly and is being restarted.',
        restart: { attempt, maxAttempts, downSince: new Date(since).toISOString() },
      },
    };
  }
  const began = performance.now();
  try {
    const { version, edition } = await db.ping();
    return { status: 'ok', neo4j: { up: true, version, edition, latencyMs: Math.round(performance.now() - began) } };
  } catch (error) {
    return {
      status: 'unavailable',
      neo4j: { up: false, error: error instanceof Error ? error.message : String(error) },
    };
  }
}

export function healthHandler(db: Database, runtime?: SupervisedRuntime | null) {
  return async (_request: Request, response: Response): Promise<void> => {
    const health = await checkHealth(db, runtime);
    response.status(health.status === 'ok' ? 200 : 503).json(health);
  };
}
