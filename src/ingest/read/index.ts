/** Public surface of the reading stage. */

export { type ArticleOverrides, collectArticleFiles, withOverrides } from './collect-files.js';
export { type ArticleHeader, type HeaderSplit, parseDateline, parseLooseDate, splitHeader } from './header.js';
export { type Article, DEFAULT_MAX_BYTES, parseArticle, type ReadOptions, readArticle } from './read-article.js';
export { ReadError, ReadErrorCode } from './read-error.js';
