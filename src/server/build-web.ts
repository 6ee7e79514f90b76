/**
 * Builds the explorer (web/ → web/dist) with Vite when the build is missing, so that `npm start` on a fresh clone
 * serves the pages without a separate step. `npm run build` does the same on purpose.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The web app's folder and its build, from this file's place in the repository. */
export const WEB_ROOT = fileURLToPath(new URL('../../web/', import.meta.url));
export const WEB_DIST = path.join(WEB_ROOT, 'dist');

export interface EnsureWebBuiltOptions {
  /** Where the build goes; web/dist by default. */
  webDist?: string;
  /** Build even when a build is there. */
  force?: boolean;
  /** Told when a build starts and ends. */
  log?: (message: string) => void;
}

/** Whether `webDist` holds both pages. */
export function isWebBuilt(webDist: string = WEB_DIST): boolean {
  return existsSync(path.join(webDist, 'index.html')) && existsSync(path.join(webDist, 'graphiql.html'));
}

/** The newest modification time among the files the build reads (web/src, the two pages, the Vite config). */
function newestSource(): number {
  const files = ['index.html', 'graphiql.html', 'vite.config.ts'].map((name) => path.join(WEB_ROOT, name));
  for (const entry of readdirSync(path.join(WEB_ROOT, 'src'), { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.push(path.join(entry.parentPath, entry.name));
  }
  return Math.max(...files.filter((file) => existsSync(file)).map((file) => statSync(file).mtimeMs));
}

/** Whether web/dist holds a build at least as new as the sources it was built from. */
export function isWebBuildCurrent(webDist: string = WEB_DIST): boolean {
  return isWebBuilt(webDist) && statSync(path.join(webDist, 'index.html')).mtimeMs >= newestSource();
}

/**
 * Runs the Vite build of web/ when web/dist is missing or older than web/'s sources (a checkout that changed the
 * explorer must not serve the old one).
 */
export async function ensureWebBuilt(options: EnsureWebBuiltOptions = {}): Promise<void> {
  const webDist = options.webDist ?? WEB_DIST;
  if (!options.force && isWebBuildCurrent(webDist)) return;
  const log = options.log ?? ((message: string) => console.log(message));
  const began = Date.now();
  log(`Building the explorer into ${webDist}…`);
  // Imported here so that a server with a build never loads Vite.
  const { build } = await import('vite');
  await build({
    configFile: path.join(WEB_ROOT, 'vite.config.ts'),
    root: WEB_ROOT,
    mode: 'production',
    logLevel: 'warn',
    build: { outDir: webDist, emptyOutDir: true },
  });
  log(`Built the explorer in ${Date.now() - began} ms.`);
}
