/** Loads the lexicon data files, validates them and merges user extensions over the bundled ones. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Lexicon, type LexiconFileName, lexiconFiles } from './schema.js';

/** Options of {@link loadLexicon}. */
export interface LoadLexiconOptions {
  /**
   * Directories holding extra data files named like the bundled ones (`cues.json`, `organisations.json`…), each with
   * any subset of the keys. Lists are appended to the bundled lists, maps are merged key by key (later wins).
   * Default: none.
   */
  readonly extensionDirs?: readonly string[];
}

/** Error thrown when a lexicon file is missing, not JSON, or not of the expected shape. */
export class LexiconError extends Error {
  override readonly name = 'LexiconError';
  constructor(
    message: string,
    readonly file: string,
  ) {
    super(message);
  }
}

const bundledDir = fileURLToPath(new URL('./data/', import.meta.url));
let bundled: Lexicon | undefined;

/**
 * Returns the lexicon: the bundled data files, extended by the files in `options.extensionDirs`.
 * Without extensions the result is cached, so calling it per article costs nothing.
 */
export function loadLexicon(options: LoadLexiconOptions = {}): Lexicon {
  const dirs = options.extensionDirs ?? [];
  if (dirs.length === 0 && bundled) return bundled;
  const result = {} as Record<LexiconFileName, unknown>;
  for (const name of Object.keys(lexiconFiles) as LexiconFileName[]) {
    let value = readJson(join(bundledDir, `${name}.json`));
    for (const dir of dirs) {
      const file = join(dir, `${name}.json`);
      if (existsSync(file)) value = mergeData(value, readJson(file));
    }
    const parsed = lexiconFiles[name].safeParse(value);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new LexiconError(
        `Lexicon file ${name}.json is invalid at ${issue?.path.join('.') ?? '?'}: ${issue?.message ?? 'unknown problem'}.`,
        name,
      );
    }
    result[name] = parsed.data;
  }
  const lexicon = result as unknown as Lexicon;
  if (dirs.length === 0) bundled = lexicon;
  return lexicon;
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new LexiconError(`Lexicon file ${file} could not be read.`, file);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new LexiconError(`Lexicon file ${file} is not valid JSON: ${(error as Error).message}.`, file);
  }
}

/** Appends lists and merges maps, recursively; scalars of the extension replace the bundled ones. */
export function mergeData(base: unknown, extension: unknown): unknown {
  if (Array.isArray(base) && Array.isArray(extension)) return [...base, ...extension];
  if (isRecord(base) && isRecord(extension)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(extension)) {
      if (key.startsWith('$')) continue;
      merged[key] = key in base ? mergeData(base[key], value) : value;
    }
    return merged;
  }
  return extension;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
