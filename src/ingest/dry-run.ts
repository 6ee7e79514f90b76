/** Reads and extracts articles without touching a database: one JSON line per article, for `ingest --dry-run --json`. */
import { type ExtractOptions, extractArticle } from './extract/index.js';
import {
  type ArticleOverrides,
  collectArticleFiles,
  ReadError,
  ReadErrorCode,
  type ReadOptions,
  readArticle,
  withOverrides,
} from './read/index.js';

/** Options of {@link dryRun}. */
export interface DryRunOptions extends ArticleOverrides {
  readonly read?: ReadOptions;
  readonly extract?: ExtractOptions;
  /** Indent the JSON (still one article per line group). Default false: exactly one line per article. */
  readonly pretty?: boolean;
}

/**
 * Yields, per article file, its extraction as one line of JSON (the format of docs/ingest-format.md), or
 * `{"path", "error": {"code", "message"}}` when the file is rejected. Folders are expanded to their `.txt` files,
 * sorted, so the output order is stable.
 */
export async function* dryRun(paths: readonly string[], options: DryRunOptions = {}): AsyncIterable<string> {
  const indent = options.pretty ? 2 : undefined;
  const { files, missing } = await collectArticleFiles(paths);
  for (const path of missing) {
    yield JSON.stringify(
      { path, error: { code: ReadErrorCode.Unreadable, message: `No file or folder named ${path}.` } },
      null,
      indent,
    );
  }
  for (const path of files) {
    try {
      const article = withOverrides(await readArticle(path, options.read), options);
      yield JSON.stringify({ path, ...extractArticle(article, options.extract) }, null, indent);
    } catch (error) {
      if (!(error instanceof ReadError)) throw error;
      yield JSON.stringify({ path, error: { code: error.code, message: error.message } }, null, indent);
    }
  }
}
