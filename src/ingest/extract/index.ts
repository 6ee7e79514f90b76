/** Public surface of the extraction stage. */
export { extractArticle, type ExtractOptions } from './extract-article.js';
export { nameKey, isSameName, displayName, slugify, editDistance, nameWords, type SameNameOptions } from './names.js';
export { createDatePatterns, resolveDate, yearsInText, type DateMention, type ResolvedDate, type DateContext } from './dates.js';
export * from './types.js';
