/**
 * The batch engine behind the CLI and extractMany: one run over a stream of inputs on its own
 * ExtractPool (see extract-pool.ts; schedule.ts holds the flow control), with the run's counters.
 */
import { performance } from 'node:perf_hooks';
import { ExtractPool, type BatchInputs } from './extract-pool.js';
import { isErrorRecord, type BatchOptions, type BatchRecord, type BatchStats } from './types.js';

export { DEFAULT_MAX_WORKER_MEMORY_MB, DEFAULT_TIMEOUT_MS, type BatchInputs } from './extract-pool.js';

/**
 * Cleans many pages. Strings are files, directories (walked for .html/.htm/.shtml/.xhtml/.txt and
 * .warc/.warc.gz), globs, or WARC files. Records carry their identity (`file`, or `warc` + `record`).
 * Bytes of `bytes`/`warc-record` inputs are copied before being sent to a worker.
 */
export function extractMany(inputs: BatchInputs, options: BatchOptions = {}): AsyncIterable<BatchRecord> {
  return new BatchRun(inputs, options).records();
}

/** One run of the engine, with its counters (read `stats` while or after iterating `records()`). */
export class BatchRun {
  readonly stats: BatchStats = {
    pages: 0,
    ok: 0,
    errors: {},
    spamPages: 0,
    skipped: 0,
    resumed: 0,
    duplicates: 0,
    bytes: 0,
    seconds: 0,
    pagesPerSecond: 0,
    workerHeapPeakMb: null,
  };
  readonly #inputs: BatchInputs;
  readonly #options: BatchOptions;

  constructor(inputs: BatchInputs, options: BatchOptions = {}) {
    this.#inputs = inputs;
    this.#options = options;
  }

  async *records(): AsyncGenerator<BatchRecord> {
    const startedAt = performance.now();
    const { ordered = false, skip, ...poolOptions } = this.#options;
    const pool = new ExtractPool(poolOptions);
    try {
      yield* pool.records(this.#inputs, {
        ordered,
        ...(skip ? { skip } : {}),
        onNotAPage: () => {
          this.stats.skipped++;
        },
        onResumed: () => {
          this.stats.resumed++;
        },
        onDuplicate: () => {
          this.stats.duplicates++;
        },
        onBytes: (bytes) => {
          this.stats.bytes += bytes;
        },
        onSettled: (record) => this.#count(record),
      });
    } finally {
      await pool.close();
      this.stats.seconds = (performance.now() - startedAt) / 1000;
      this.stats.pagesPerSecond = this.stats.seconds > 0 ? this.stats.pages / this.stats.seconds : 0;
      this.stats.workerHeapPeakMb = pool.heapPeakMb;
    }
  }

  #count(record: BatchRecord): void {
    this.stats.pages++;
    if (isErrorRecord(record)) {
      this.stats.errors[record.error.kind] = (this.stats.errors[record.error.kind] ?? 0) + 1;
    } else {
      this.stats.ok++;
      if (record.spam.detected) this.stats.spamPages++;
    }
  }
}
