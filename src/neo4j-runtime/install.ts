/**
 * Fetches Neo4j Community from Maven Central once, with Maven, into `.neo4j/lib/<version>/`.
 * The jars (GPLv3, ~120 MB) are never committed; a second install finds them and does nothing.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** The project root: two levels above src/neo4j-runtime. */
export const PROJECT_ROOT = path.resolve(HERE, '..', '..');
const POM = path.join(HERE, 'pom.xml');
const MARKER = '.complete';

/** Raised with one sentence a user can act on when Neo4j cannot be installed or started. */
export class Neo4jRuntimeError extends Error {
  override readonly name = 'Neo4jRuntimeError';
}

/** The Neo4j version pinned in pom.xml, the only place it is written. */
export function neo4jVersion(): string {
  const match = /<neo4j\.version>([^<]+)<\/neo4j\.version>/.exec(readFileSync(POM, 'utf8'));
  if (!match?.[1]) throw new Neo4jRuntimeError(`The Neo4j version is missing from ${POM}.`);
  return match[1];
}

/** Folder of the jars of the pinned version. */
export function libDir(version = neo4jVersion()): string {
  return path.join(PROJECT_ROOT, '.neo4j', 'lib', version);
}

export function isInstalled(version = neo4jVersion()): boolean {
  return existsSync(path.join(libDir(version), MARKER));
}

/**
 * Downloads the pinned Neo4j and its runtime dependencies unless they are already there.
 * @returns whether anything was downloaded.
 */
export function installNeo4j(log: (line: string) => void = console.log): boolean {
  const version = neo4jVersion();
  const target = libDir(version);
  if (isInstalled(version)) {
    log(`Neo4j ${version} is already installed in ${path.relative(PROJECT_ROOT, target)}.`);
    return false;
  }
  const mvn = spawnSync('mvn', ['--version'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new Neo4jRuntimeError(
      'Maven (mvn) was not found on PATH, so Neo4j cannot be downloaded; install Maven and Java 17, or set NEO4J_URI to use an existing Neo4j server.',
    );
  }
  const partial = `${target}.partial`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  log(`Downloading Neo4j ${version} from Maven Central (about 120 MB, once)…`);
  const fetch = spawnSync(
    'mvn',
    ['-q', '-B', '-f', POM, 'dependency:copy-dependencies', `-DoutputDirectory=${partial}`, '-DincludeScope=runtime'],
    { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const jars = existsSync(partial) ? readdirSync(partial).filter((name) => name.endsWith('.jar')) : [];
  if (fetch.status !== 0 || !jars.some((name) => name.startsWith(`neo4j-${version}`))) {
    rmSync(partial, { recursive: true, force: true });
    const detail = `${fetch.stdout ?? ''}${fetch.stderr ?? ''}`.trim().split('\n').slice(-3).join(' ');
    throw new Neo4jRuntimeError(
      `Downloading Neo4j ${version} with Maven failed (${detail || `exit ${fetch.status}`}).`,
    );
  }
  writeFileSync(path.join(partial, MARKER), `${version}\n`);
  rmSync(target, { recursive: true, force: true });
  renameSync(partial, target);
  log(`Neo4j ${version} installed: ${jars.length} jars in ${path.relative(PROJECT_ROOT, target)}.`);
  return true;
}
