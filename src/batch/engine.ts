/**
 * The batch engine behind the CLI and extractMany: pulls pages from the input stream only as fast as the
 * pool takes them (a bounded number in flight), and yields one record per page, as finished or in input
 * order (`ordered`, with a bounded reorder window).
 */
import { availableParallelism } from 'node:os';
import { performance } from 'node:perf_hooks';
import { expandInputs, type SourceItem } from './inputs.js';
import { identityOf } from './identity.js';
import { PagePool } from './pool.js';
import { readPageFile } from './read.js';
import type { PageMeta, PageOutcome } from './worker.js';
import { isErrorRecord, type BatchOptions, type BatchRecord, type BatchStats, type PageInput } from './types.js';
import type { ExtractOptions } from '../types.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_WORKER_MEMORY_MB = 1024;

/** Tasks per worker kept in flight: one running, one read and waiting, so a worker never idles on I/O. */
const TASKS_PER_WORKER = 2;
/** In ordered mode, how many finished records may wait for a slower earlier page, per in-flight slot. */
const REORDER_WINDOW_PER_SLOT = 16;

export type BatchInputs = Iterable<string | PageInput> | AsyncIterable<string | PageInput>;

/**
 * Cleans many pages. Strings are files, directories (walked for .html/.htm/.shtml/.xhtml/.txt and
 * .warc/.warc.gz), globs, or WARC files. Records carry their identity (`file`, or `warc` + `record`).
 * Bytes of `bytes`/`warc-record` inputs are copied before being sent to a worker.
 */
export function extractMany(inputs: BatchInputs, options: BatchOptions = {}): AsyncIterable<BatchRecord> {
  return new BatchRun(inputs, options).records();
}

/** The extractor, loaded into this thread only for `jobs: 0` (a pool's workers load their own). */
const inProcess = () => import('./worker.js');

/** One run of the engine, with its counters (read `stats` while or after iterating `records()`). */
export class BatchRun {
  readonly stats: BatchStats = {
    pages: 0, ok: 0, errors: {}, spamPages: 0, skipped: 0, resumed: 0, bytes: 0, seconds: 0, pagesPerSecond: 0,
    workerHeapPeakMb: null,
  };
  readonly #inputs: BatchInputs;
  readonly #options: BatchOptions;
  readonly #extractOptions: ExtractOptions;

  constructor(inputs: BatchInputs, options: BatchOptions = {}) {
    this.#inputs = inputs;
    this.#options = options;
    const { jobs: _jobs, timeoutMs: _timeout, maxWorkerMemoryMb: _memory, ordered: _ordered, skip: _skip, ...extractOptions } = options;
    this.#extractOptions = extractOptions;
  }

  async *records(): AsyncGenerator<BatchRecord> {
    const startedAt = performance.now();
    const jobs = this.#options.jobs ?? availableParallelism();
    const pool = jobs > 0
      ? new PagePool({
          jobs,
          timeoutMs: this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
          maxWorkerMemoryMb: this.#options.maxWorkerMemoryMb ?? DEFAULT_MAX_WORKER_MEMORY_MB,
          extractOptions: this.#extractOptions,
        })
      : null;
    const source = expandInputs(this.#inputs, {
      ...(this.#options.skip ? { skip: this.#options.skip } : {}),
      onNotAPage: () => { this.stats.skipped++; },
      onResumed: () => { this.stats.resumed++; },
    });
    const ordered = this.#options.ordered ?? false;
    const maxInFlight = pool ? jobs * TASKS_PER_WORKER : 1;
    const window = maxInFlight * REORDER_WINDOW_PER_SLOT;

    // Finished pages land in `settled`; `wake` resumes the loop when it waits for one.
    const settled: Array<{ seq: number; record: BatchRecord }> = [];
    let failure: unknown = null;
    let wake: (() => void) | null = null;
    const notify = () => { wake?.(); wake = null; };
    const SETTLED = Symbol('settled');
    const nextSettled = () => new Promise<typeof SETTLED>((resolve) => { wake = () => resolve(SETTLED); });

    let inFlight = 0;
    let nextSeq = 0;
    let nextToYield = 0;
    let exhausted = false;
    // The input being awaited: raced against finishing pages, so a slow input (a path list on stdin)
    // never holds back records that are done.
    let pendingInput: Promise<IteratorResult<SourceItem>> | null = null;
    const reordered = new Map<number, BatchRecord>();
    try {
      for (;;) {
        if (failure !== null) throw failure;
        for (const { seq, record } of settled.splice(0)) {
          inFlight--;
          this.#count(record);
          if (!ordered) {
            yield record;
            continue;
          }
          reordered.set(seq, record);
          for (let ready = reordered.get(nextToYield); ready !== undefined; ready = reordered.get(nextToYield)) {
            reordered.delete(nextToYield++);
            yield ready;
          }
        }
        const canStart = !exhausted && inFlight < maxInFlight && (!ordered || nextSeq - nextToYield < window);
        if (!canStart && inFlight === 0) break;
        if (settled.length > 0 || failure !== null) continue;
        if (!canStart) {
          await nextSettled();
          continue;
        }
        pendingInput ??= source.next();
        const next = await Promise.race([pendingInput, nextSettled()]);
        if (next === SETTLED) continue;
        pendingInput = null;
        if (next.done) {
          exhausted = true;
          continue;
        }
        const seq = nextSeq++;
        inFlight++;
        this.#process(next.value, pool).then(
          (record) => { settled.push({ seq, record }); notify(); },
          (err: unknown) => { failure ??= err; notify(); },
        );
      }
    } finally {
      // An input still being awaited (stdin) cannot be interrupted: let it end on its own.
      if (pendingInput) void source.return(undefined);
      else await source.return(undefined);
      await pool?.close();
      this.stats.seconds = (performance.now() - startedAt) / 1000;
      this.stats.pagesPerSecond = this.stats.seconds > 0 ? this.stats.pages / this.stats.seconds : 0;
      if (pool) this.stats.workerHeapPeakMb = pool.heapPeakMb;
    }
  }

  /** One page to one record; rejects only when the pool fails as a whole. */
  async #process(item: SourceItem, pool: PagePool | null): Promise<BatchRecord> {
    if (item.kind === 'failed') return item.record;
    const identity = identityOf(item);
    let bytes: Uint8Array;
    if (item.kind === 'file') {
      const read = await readPageFile(item.path);
      if ('error' in read) return { ...identity, ...read };
      bytes = read.bytes;
    } else {
      bytes = item.bytes;
    }
    this.stats.bytes += bytes.byteLength;
    const meta: PageMeta = {};
    if (item.url) meta.url = item.url;
    if (item.kind !== 'file' && item.contentType) meta.contentType = item.contentType;
    const outcome: PageOutcome = pool ? await pool.run(bytes, meta) : (await inProcess()).cleanPage(bytes, meta, this.#extractOptions);
    return 'error' in outcome ? { ...identity, error: outcome.error } : { ...identity, ...outcome.article };
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
