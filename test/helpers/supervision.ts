/** For the tests of the supervised embedded Neo4j: a logger whose lines can be read, and waiting for a state. */
import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../../src/logger.js';
import type { Neo4jSupervisor, SupervisorState } from '../../src/neo4j-runtime/index.js';

export interface LogLine {
  level: number;
  msg: string;
  [key: string]: unknown;
}

/** A pino logger at `info` that keeps its lines, parsed, in `lines`. */
export function capturedLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString().split('\n').filter(Boolean)) lines.push(JSON.parse(line) as LogLine);
      done();
    },
  });
  return { logger: pino({ level: 'info' }, stream), lines };
}

/** Resolves with the first state (the current one included) that `accept` takes; rejects after `timeoutMs`. */
export function untilState(
  supervisor: Neo4jSupervisor,
  accept: (state: SupervisorState) => boolean,
  timeoutMs: number,
): Promise<SupervisorState> {
  return new Promise((resolve, reject) => {
    if (accept(supervisor.state)) {
      resolve(supervisor.state);
      return;
    }
    const timer = setTimeout(() => {
      off();
      reject(
        new Error(
          `expected the supervisor to reach the awaited state within ${timeoutMs} ms, but it is ${supervisor.state.status}.`,
        ),
      );
    }, timeoutMs);
    const off = supervisor.onState((state) => {
      if (!accept(state)) return;
      clearTimeout(timer);
      off();
      resolve(state);
    });
  });
}
