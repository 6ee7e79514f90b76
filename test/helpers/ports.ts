/** Free loopback ports for the tests that start a Neo4j of their own. */
import { createServer } from 'node:net';

function isFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', () => resolve(false));
    probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
  });
}

/**
 * The first free port in [from, to]. A fixed range below the kernel's ephemeral ports (32768 and up) matters for a
 * Neo4j that is killed and started again: while it is down, no client socket can take its port.
 */
export async function freePortIn(from: number, to: number): Promise<number> {
  for (let port = from; port <= to; port += 1) {
    if (await isFree(port)) return port;
  }
  throw new Error(`expected a free port between ${from} and ${to} on 127.0.0.1, but all are taken.`);
}
