/** Import of the JSON Lines export (docs/export.md): validation of the whole file, then idempotent batched writes. */
export {
  DEFAULT_IMPORT_BATCH_SIZE,
  type ImportProblem,
  type ImportSummary,
  ImportValidationError,
  importJsonl,
  validateJsonl,
} from './import-jsonl.js';
export { type ImportRecord, LineError, parseLine } from './validate.js';
