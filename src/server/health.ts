/** `GET /healthz`: 200 when Neo4j answers (with its version), 503 when it does not. Never throws. */
import type { Request, Response } from 'express';
import type { Database } from '../graph/database.js';

export interface Health {
  status: 'ok' | 'unavailable';
  neo4j: { up: boolean; version?: string; edition?: string; latencyMs?: number; error?: string };
}

export async function checkHealth(db: Database): Promise<Health> {
  const began = performance.now();
  try {
    const { version, edition } = await db.ping();
    return { status: 'ok', neo4j: { up: true, version, edition, latencyMs: Math.round(performance.now() - began) } };
  } catch (error) {
    return { status: 'unavailable', neo4j: { up: false, error: error instanceof Error ? error.message : String(error) } };
  }
}

export function healthHandler(db: Database) {
  return async (_request: Request, response: Response): Promise<void> => {
    const health = await checkHealth(db);
    response.status(health.status === 'ok' ? 200 : 503).json(health);
  };
}
