/**
 * Keeps the embedded Neo4j running: when the JVM exits without being asked to (a crash, `kill -9`, the OOM killer),
 * it is started again after a growing delay, and after `maxAttempts` failed restarts the supervisor gives up.
 * A stop that was asked for (`stop()`, Ctrl-C) is never restarted.
 */
import type { Logger } from '../logger.js';
import { Neo4jRuntimeError } from './install.js';
import type { Neo4jExit, RunningNeo4j } from './server.js';

export interface SupervisorOptions {
  /** Starts Neo4j and resolves once Bolt answers (`() => startNeo4j(options)`); called for the first start and each restart. */
  start: () => Promise<RunningNeo4j>;
  logger: Logger;
  /** Delay before the first restart attempt, doubled at each further attempt. Default 1000 ms. */
  initialDelayMs?: number;
  /** Longest delay between two attempts. Default 30 000 ms. */
  maxDelayMs?: number;
  /** Restart attempts in a row after which the supervisor gives up. Default 8 (about 2 minutes of delays). */
  maxAttempts?: number;
  /**
   * How long a restarted Neo4j must run before its attempts are forgotten. Default 60 000 ms: a Neo4j that dies
   * again sooner continues the count (and the delays), so a crash loop ends in giving up, not in restarts forever.
   */
  resetAfterMs?: number;
}

export type SupervisorState =
  | { readonly status: 'running'; readonly pid: number; readonly restarts: number }
  /** Down since `since` (epoch ms); `attempt` counts from 1 and is the attempt being waited for or being made. */
  | {
      readonly status: 'restarting';
      readonly attempt: number;
      readonly maxAttempts: number;
      readonly since: number;
      readonly delayMs: number;
    }
  | { readonly status: 'stopping' }
  | { readonly status: 'stopped' }
  /** Gave up: `error` is one sentence naming Neo4j's log file. */
  | { readonly status: 'failed'; readonly attempts: number; readonly error: Neo4jRuntimeError };

export interface Neo4jSupervisor {
  readonly state: SupervisorState;
  /** The instance running now; null while restarting, stopped or failed. */
  readonly server: RunningNeo4j | null;
  /** Calls `listener` at every change of state, in order; returns a function that removes it. */
  onState(listener: (state: SupervisorState) => void): () => void;
  /** Cancels a pending restart (waiting for one already under way), then stops Neo4j. Safe to call twice. */
  stop(): Promise<void>;
}

export const SUPERVISOR_DEFAULTS = {
  initialDelayMs: 1000,
  maxDelayMs: 30_000,
  maxAttempts: 8,
  resetAfterMs: 60_000,
} as const;

/** The delay before restart attempt `attempt` (1, 2, …): 1, 2, 4, 8, 16, 30, 30 … s with the defaults. */
export function restartDelayMs(
  attempt: number,
  options: { initialDelayMs?: number; maxDelayMs?: number } = {},
): number {
  const initial = options.initialDelayMs ?? SUPERVISOR_DEFAULTS.initialDelayMs;
  const max = options.maxDelayMs ?? SUPERVISOR_DEFAULTS.maxDelayMs;
  return Math.min(max, initial * 2 ** Math.max(0, attempt - 1));
}

function checkCount(name: string, value: number, min: number): void {
  if (!Number.isFinite(value) || value < min) {
    throw new TypeError(`superviseNeo4j expected ${name} to be a number of at least ${min}, but got ${value}.`);
  }
}

/**
 * Starts Neo4j with `options.start` and supervises it. The first start is not retried: its error (Java missing, a
 * port taken) is thrown as it is, since starting again would not help.
 */
export async function superviseNeo4j(options: SupervisorOptions): Promise<Neo4jSupervisor> {
  const { start, logger } = options;
  const initialDelayMs = options.initialDelayMs ?? SUPERVISOR_DEFAULTS.initialDelayMs;
  const maxDelayMs = options.maxDelayMs ?? SUPERVISOR_DEFAULTS.maxDelayMs;
  const maxAttempts = options.maxAttempts ?? SUPERVISOR_DEFAULTS.maxAttempts;
  const resetAfterMs = options.resetAfterMs ?? SUPERVISOR_DEFAULTS.resetAfterMs;
  checkCount('initialDelayMs', initialDelayMs, 0);
  checkCount('maxDelayMs', maxDelayMs, initialDelayMs);
  checkCount('maxAttempts', maxAttempts, 1);
  checkCount('resetAfterMs', resetAfterMs, 0);

  let server: RunningNeo4j | null = await start();
  let startedAt = Date.now();
  const logFile = server.logFile;
  let state: SupervisorState = { status: 'running', pid: server.pid, restarts: 0 };
  let restarts = 0;
  /** Failed attempts (and restarts that did not last `resetAfterMs`) since the last stable run. */
  let attempts = 0;
  let stopRequested = false;
  let timer: NodeJS.Timeout | undefined;
  let wakeUp: (() => void) | undefined;
  let restarting: Promise<void> | undefined;
  let stopping: Promise<void> | undefined;
  const listeners = new Set<(state: SupervisorState) => void>();

  const setState = (next: SupervisorState): void => {
    state = next;
    for (const listener of listeners) listener(next);
  };

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      wakeUp = resolve;
      timer = setTimeout(resolve, ms);
    });

  /** Restart attempts until one answers, the supervisor is stopped, or `maxAttempts` is reached. */
  const restart = async (since: number): Promise<void> => {
    let lastError: unknown;
    while (!stopRequested) {
      if (attempts >= maxAttempts) {
        const error = new Neo4jRuntimeError(
          `The embedded Neo4j stopped unexpectedly and did not come back after ${attempts} restart attempts; see ${logFile} for why.`,
        );
        logger.fatal(
          { attempts, lastError: lastError instanceof Error ? lastError.message : String(lastError), logFile },
          'neo4j restarts exhausted',
        );
        setState({ status: 'failed', attempts, error });
        return;
      }
      attempts += 1;
      const delayMs = restartDelayMs(attempts, { initialDelayMs, maxDelayMs });
      setState({ status: 'restarting', attempt: attempts, maxAttempts, since, delayMs });
      logger.info({ attempt: attempts, maxAttempts, delayMs }, 'neo4j restart scheduled');
      await sleep(delayMs);
      if (stopRequested) return;
      try {
        const started = await start();
        if (stopRequested) {
          await started.stop();
          return;
        }
        server = started;
        startedAt = Date.now();
        restarts += 1;
        logger.info(
          { attempt: attempts, neo4jPid: started.pid, startMs: started.startMs, downMs: Date.now() - since },
          'neo4j restarted',
        );
        setState({ status: 'running', pid: started.pid, restarts });
        watch(started);
        return;
      } catch (error) {
        lastError = error;
        logger.error({ attempt: attempts, maxAttempts, err: error }, 'neo4j restart failed');
      }
    }
  };

  const onExit = (running: RunningNeo4j, exit: Neo4jExit): void => {
    if (exit.requested || stopRequested || running !== server) return;
    const ranMs = Date.now() - startedAt;
    server = null;
    if (ranMs >= resetAfterMs) attempts = 0;
    logger.error(
      { neo4jPid: running.pid, code: exit.code, signal: exit.signal, ranMs, logFile },
      'neo4j exited unexpectedly; restarting it',
    );
    restarting = restart(Date.now()).finally(() => {
      restarting = undefined;
    });
  };

  const watch = (running: RunningNeo4j): void => {
    void running.exited.then((exit) => onExit(running, exit));
  };
  watch(server);

  return {
    get state() {
      return state;
    },
    get server() {
      return server;
    },
    onState(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    stop() {
      stopping ??= (async () => {
        stopRequested = true;
        const failed = state.status === 'failed';
        if (!failed) setState({ status: 'stopping' });
        clearTimeout(timer);
        wakeUp?.();
        await restarting;
        await server?.stop();
        server = null;
        if (!failed) setState({ status: 'stopped' });
      })();
      return stopping;
    },
  };
}
