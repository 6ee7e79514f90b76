/** Public surface of the lexicon: the data files' types and their loader. */
export { LexiconError, type LoadLexiconOptions, loadLexicon, mergeData } from './load-lexicon.js';
export type { Lexicon, LexiconFileName, OrganisationEntry, OrganizationKind, PositionHeadEntry } from './schema.js';
