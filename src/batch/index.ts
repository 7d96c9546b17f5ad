/** Public entry of the batch layer (re-exported by the package's index). */
export { extractMany, BatchRun, type BatchInputs } from './engine.js';
export { ExtractPool, type ExtractPoolOptions, type RecordsOptions } from './extract-pool.js';
export { isErrorRecord } from './types.js';
export type {
  BatchOptions,
  BatchRecord,
  BatchStats,
  ErrorKind,
  ErrorRecord,
  OkRecord,
  PageInput,
  RecordIdentity,
} from './types.js';
