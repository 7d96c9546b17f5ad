/** Library surface of the queue (the CLI lives in ./cli.ts). */
export { pushUnits, type PushOptions, type PushSummary } from './push.js';
export { runWorker, type WorkOptions } from './work.js';
export { retryUnits, formatRetry, type RetrySummary } from './retry.js';
export { getStatus, formatStatus, type QueueStatus, type FailedUnit } from './status.js';
export { processUnit, perUnitExtractor, UnitReadError, type ProcessContext, type UnitExtractor } from './process.js';
export { FsReader, isWarc, type InputReader } from './reader.js';
export { planUnits, unitId } from './units.js';
export { AtomicJsonlWriter, outputPath } from './output.js';
export { resultsKey, type StoredResult } from './results.js';
export { runQueueCli } from './cli.js';
export * from './types.js';
