/** Which files a list of paths names: folders expand to their `.txt` files, recursively and sorted. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Article } from './read-article.js';

/** Expands folders into their `.txt` files, sorted; paths that do not exist are returned apart. */
export async function collectArticleFiles(paths: readonly string[]): Promise<{ files: string[]; missing: string[] }> {
  const files: string[] = [];
  const missing: string[] = [];
  for (const given of paths) {
    const info = await stat(given).catch(() => null);
    if (info === null) missing.push(given);
    else if (info.isDirectory()) {
      const entries = await readdir(given, { recursive: true, withFileTypes: true });
      const found = entries
        .filter((entry) => entry.isFile() && entry.name.endsWith('.txt'))
        .map((entry) => path.join(entry.parentPath, entry.name));
      files.push(...found.sort());
    } else files.push(given);
  }
  return { files: [...new Set(files)], missing };
}

/** What the command line says of an article, over what the file says of itself (`--published`, `--source`). */
export interface ArticleOverrides {
  /** Publication date (YYYY-MM-DD). */
  readonly published?: string;
  readonly source?: string;
}

export function withOverrides(article: Article, overrides: ArticleOverrides): Article {
  if (!overrides.published && !overrides.source) return article;
  return {
    ...article,
    header: {
      ...article.header,
      ...(overrides.published ? { publishedAt: overrides.published } : {}),
      ...(overrides.source ? { source: overrides.source } : {}),
    },
  };
}
