/** Public surface of the extraction stage. */

export {
  createDatePatterns,
  type DateContext,
  type DateMention,
  type ResolvedDate,
  resolveDate,
  yearsInText,
} from './dates.js';
export { type ExtractOptions, extractArticle } from './extract-article.js';
export { displayName, editDistance, isSameName, nameKey, nameWords, type SameNameOptions, slugify } from './names.js';
export * from './types.js';
