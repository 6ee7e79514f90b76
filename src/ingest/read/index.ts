/** Public surface of the reading stage. */
export { readArticle, parseArticle, DEFAULT_MAX_BYTES, type Article, type ReadOptions } from './read-article.js';
export { splitHeader, parseDateline, parseLooseDate, type ArticleHeader, type HeaderSplit } from './header.js';
export { ReadError, ReadErrorCode } from './read-error.js';
export { collectArticleFiles, withOverrides, type ArticleOverrides } from './collect-files.js';
