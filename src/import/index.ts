/** Import of the JSON Lines export (docs/export.md): validation of the whole file, then idempotent batched writes. */
export {
  DEFAULT_IMPORT_BATCH_SIZE,
  ImportValidationError,
  importJsonl,
  validateJsonl,
  type ImportProblem,
  type ImportSummary,
} from './import-jsonl.js';
export { LineError, parseLine, type ImportRecord } from './validate.js';
