import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { afterEach, describe, expect, it } from 'vitest';
import { isAlive, Neo4jRuntimeError, type StartOptions, startNeo4j } from '../../src/neo4j-runtime/index.js';

// Its own port and folder, beside the suite's Neo4j (test/setup/neo4j.ts).
const basePort = Number(process.env.NEO4J_TEST_BOLT_PORT ?? 17687) + 100;
const options: StartOptions = {
  home: `${process.env.NEO4J_TEST_HOME ?? '.neo4j/test'}-runtime`,
  boltPort: basePort,
  heap: '512m',
  pageCache: '64m',
  password: null,
  startTimeoutMs: 120_000,
  fresh: true,
};

describe('the embedded Neo4j', () => {
  const javaHome = process.env.JAVA_HOME;
  afterEach(() => {
    if (javaHome === undefined) delete process.env.JAVA_HOME;
    else process.env.JAVA_HOME = javaHome;
  });

  it('refuses to start on a taken port, in one sentence naming the port and the setting', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(basePort + 1, '127.0.0.1', resolve));
    try {
      const error = await startNeo4j({ ...options, boltPort: basePort + 1 }).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(Neo4jRuntimeError);
      expect((error as Error).message).toBe(
        `Port ${basePort + 1} on 127.0.0.1 is already in use, so Neo4j cannot start there; stop what uses it or set NEO4J_BOLT_PORT to a free port.`,
      );
    } finally {
      blocker.close();
    }
  });

  it('says that Java is needed when it cannot be run', async () => {
    process.env.JAVA_HOME = '/nonexistent-java-home';
    await expect(startNeo4j(options)).rejects.toThrow(/^Java 17 or newer is needed to run the embedded Neo4j/);
  });

  it('starts on loopback with Bolt answering, then stops and frees the port', async () => {
    const running = await startNeo4j(options);
    const driver = neo4j.driver(running.uri);
    try {
      const result = await driver.executeQuery('RETURN 40 + 2 AS answer');
      expect(result.records[0]?.get('answer').toNumber()).toBe(42);
    } finally {
      await driver.close();
    }
    await running.stop();
    expect(isAlive(running.pid)).toBe(false);
    const free = await new Promise<boolean>((resolve) => {
      const probe = net.createServer().once('error', () => resolve(false));
      probe.listen(options.boltPort, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    expect(free).toBe(true);
  }, 180_000);

  it('does not outlive the process that started it, even when that process is killed outright', async () => {
    const home = `${options.home}-orphan`;
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/neo4j-runtime/cli.ts', 'start'], {
      env: {
        ...process.env,
        NEO4J_HOME: home,
        NEO4J_BOLT_PORT: String(basePort + 2),
        NEO4J_HEAP: '512m',
        NEO4J_PAGECACHE: '64m',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        if (chunk.toString().includes('answers on')) resolve();
      });
      child.once('exit', (code) => reject(new Error(`the start command exited with ${code}`)));
    });
    const pid = Number(readFileSync(path.join(home, 'run', 'neo4j.pid'), 'utf8'));
    expect(isAlive(pid)).toBe(true);
    child.kill('SIGKILL');
    const deadline = Date.now() + 60_000;
    while (isAlive(pid) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
    expect(isAlive(pid)).toBe(false);
  }, 180_000);
});
