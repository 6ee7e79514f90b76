/** Public surface of the lexicon: the data files' types and their loader. */
export { loadLexicon, LexiconError, mergeData, type LoadLexiconOptions } from './load-lexicon.js';
export type { Lexicon, LexiconFileName, OrganisationEntry, OrganizationKind, PositionHeadEntry } from './schema.js';
