/** Free loopback ports for the tests that start a Neo4j of their own. */
import { createServer } from 'node:net';
import { testWorker } from './database.js';

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * The first free port in [from, to] of this worker's share of it: files run side by side, and two of them probing
 * the same range at once would both find its first port free, so worker i of n takes every n-th port from the i-th.
 * A fixed range below the kernel's ephemeral ports (32768 and up) matters for a Neo4j that is killed and started
 * again: while it is down, no client socket can take its port.
 */
export async function freePortIn(from: number, to: number): Promise<number> {
  const worker = testWorker();
  for (let port = from + worker.index - 1; port <= to; port += worker.count) {
    if (await isFree(port)) return port;
  }
  throw new Error(
    `expected a free port between ${from} and ${to} on 127.0.0.1 for worker ${worker.index}, but all are taken.`,
  );
}
