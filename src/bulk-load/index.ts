/** Offline bulk load of a JSON Lines export through `neo4j-admin database import` (docs/bulk-load.md). */
export { adminImportArguments, BulkLoadError, checkTarget, runAdminImport } from './admin-import.js';
export { type BulkLoadOptions, type BulkLoadSummary, bulkLoad } from './bulk-load.js';
export { ARRAY_DELIMITER, csvCell, csvTables, EMPTY_LISTS_LABEL } from './csv-tables.js';
export { finishBulkLoad, setEmptyLists } from './finish.js';
export { type ConversionSummary, convertJsonl } from './jsonl-to-csv.js';
