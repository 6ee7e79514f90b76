/**
 * The supervisor of the embedded Neo4j: its backoff, its misuse errors, and — on a real Neo4j of this file's own
 * (folder `<NEO4J_TEST_HOME>-supervisor`, a port in 17800–17899) — giving up when restarts keep failing. Restarts
 * that succeed, under load and during an ingest, are test/hardening/neo4j-crash.test.ts.
 */
import { existsSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  Neo4jRuntimeError,
  type Neo4jSupervisor,
  PROJECT_ROOT,
  restartDelayMs,
  type StartOptions,
  type SupervisorState,
  startNeo4j,
  superviseNeo4j,
} from '../../src/neo4j-runtime/index.js';
import { freePortIn } from '../helpers/ports.js';
import { capturedLogger, untilState } from '../helpers/supervision.js';

describe('restart delays', () => {
  it('double from 1 s up to 30 s: 1, 2, 4, 8, 16, 30, 30, 30 for the default 8 attempts', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8].map((attempt) => restartDelayMs(attempt))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
  });

  it('follow the options given', () => {
    expect([1, 2, 3, 4].map((attempt) => restartDelayMs(attempt, { initialDelayMs: 200, maxDelayMs: 500 }))).toEqual([
      200, 400, 500, 500,
    ]);
  });

  it('refuses options that cannot work, in a sentence, before starting anything', async () => {
    let started = false;
    const start = async () => {
      started = true;
      throw new Error('not reached');
    };
    const { logger } = capturedLogger();
    await expect(superviseNeo4j({ start, logger, maxAttempts: 0 })).rejects.toThrow(
      'superviseNeo4j expected maxAttempts to be a number of at least 1, but got 0.',
    );
    await expect(superviseNeo4j({ start, logger, initialDelayMs: 5000, maxDelayMs: 1000 })).rejects.toThrow(
      'superviseNeo4j expected maxDelayMs to be a number of at least 5000, but got 1000.',
    );
    expect(started).toBe(false);
  });
});

describe('a supervised Neo4j that cannot be restarted', () => {
  let supervisor: Neo4jSupervisor | undefined;
  let blocker: Server | undefined;
  afterAll(async () => {
    blocker?.close();
    await supervisor?.stop();
  });

  it('is restarted maxAttempts times, then given up in one sentence naming its log file', async () => {
    const home = `${process.env.NEO4J_TEST_HOME ?? '.neo4j/test'}-supervisor`;
    rmSync(path.resolve(PROJECT_ROOT, home, 'data'), { recursive: true, force: true });
    const options: StartOptions = {
      home,
      boltPort: await freePortIn(17800, 17899),
      heap: '512m',
      pageCache: '64m',
      password: null,
      startTimeoutMs: 120_000,
    };
    const { logger, lines } = capturedLogger();
    supervisor = await superviseNeo4j({
      start: () => startNeo4j(options),
      logger,
      initialDelayMs: 200,
      maxAttempts: 3,
    });
    const first = supervisor.server;
    expect(first).not.toBeNull();
    const states: SupervisorState[] = [];
    supervisor.onState((state) => states.push(state));

    process.kill(first?.pid ?? 0, 'SIGKILL');
    await first?.exited;
    // Bolt's port taken while Neo4j is down: every restart fails at once, as one that cannot come back would.
    blocker = createServer();
    await new Promise<void>((resolve) => blocker?.listen(options.boltPort, '127.0.0.1', resolve));
    const failed = await untilState(supervisor, (state) => state.status === 'failed', 30_000);

    const logFile = first?.logFile ?? '';
    expect(existsSync(logFile)).toBe(true);
    expect(failed.status === 'failed' && failed.error).toBeInstanceOf(Neo4jRuntimeError);
    expect(failed.status === 'failed' && failed.error.message).toBe(
      `The embedded Neo4j stopped unexpectedly and did not come back after 3 restart attempts; see ${logFile} for why.`,
    );
    expect(
      states.map((state) =>
        state.status === 'restarting'
          ? `restarting ${state.attempt}/${state.maxAttempts} in ${state.delayMs} ms`
          : state.status,
      ),
    ).toEqual(['restarting 1/3 in 200 ms', 'restarting 2/3 in 400 ms', 'restarting 3/3 in 800 ms', 'failed']);
    expect(lines.map((line) => line.msg)).toEqual([
      'neo4j exited unexpectedly; restarting it',
      ...['1', '2', '3'].flatMap(() => ['neo4j restart scheduled', 'neo4j restart failed']),
      'neo4j restarts exhausted',
    ]);
    expect(lines[0]).toMatchObject({ level: 50, neo4jPid: first?.pid, signal: 'SIGKILL', code: null });
    expect(supervisor.server).toBeNull();
  }, 180_000);
});
