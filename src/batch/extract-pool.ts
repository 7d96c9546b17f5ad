/**
 * A reusable handle on the engine: one worker pool (started once, which costs seconds) serving any
 * number of `records()` streams and single `page()` calls, at any time and at once, until `close()`.
 * Each page keeps the pool's guards (time limit from the moment a worker starts it, heap limit per
 * worker). extractMany / BatchRun use one for a single run; a queue worker keeps one for all its units.
 */
import { availableParallelism } from 'node:os';
import { expandInputs, type SourceHooks, type SourceItem } from './inputs.js';
import { identityOf } from './identity.js';
import { PagePool, WorkerPoolError } from './pool.js';
import { readPageFile } from './read.js';
import { schedule } from './schedule.js';
import type { PageMeta, PageOutcome } from './worker.js';
import type { BatchOptions, BatchRecord, PageInput } from './types.js';
import type { ExtractOptions } from '../types.js';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_MAX_WORKER_MEMORY_MB = 1024;

/** Tasks per worker kept in flight by one stream: one running, one read and waiting, so a worker never idles on I/O. */
const TASKS_PER_WORKER = 2;

export type BatchInputs = Iterable<string | PageInput> | AsyncIterable<string | PageInput>;

/** The pool's settings: threads, guards and extract options, shared by every page it cleans. */
export type ExtractPoolOptions = Omit<BatchOptions, 'ordered' | 'skip'>;

export interface RecordsOptions extends Partial<SourceHooks> {
  /** Yield in input order (bounded reorder window) rather than as finished. */
  ordered?: boolean;
  /** A page finished (before reordering): for counters. */
  onSettled?: (record: BatchRecord) => void;
  /** Input bytes of a page about to be cleaned: for counters. */
  onBytes?: (bytes: number) => void;
}

/** The extractor, loaded into this thread only for `jobs: 0` (a pool's workers load their own). */
const inProcess = () => import('./worker.js');

/** A pool of extraction worker threads shared by any number of record streams and single pages (see `records`, `page`). */
export class ExtractPool {
  readonly #jobs: number;
  readonly #options: ExtractPoolOptions;
  readonly #extractOptions: ExtractOptions;
  /** Null for `jobs: 0`, or after the pool failed as a whole (the next page starts a fresh one). */
  #pool: PagePool | null = null;
  #retiredHeapPeakMb = 0;
  /** Closing failed pools, awaited by close(). */
  readonly #retiring: Array<Promise<void>> = [];
  #closed = false;

  constructor(options: ExtractPoolOptions = {}) {
    this.#options = options;
    this.#jobs = options.jobs ?? availableParallelism();
    const { jobs: _jobs, timeoutMs: _timeout, maxWorkerMemoryMb: _memory, ...extractOptions } = options;
    this.#extractOptions = extractOptions;
    if (this.#jobs > 0) this.#pool = this.#newPool(); // threads start loading now, while inputs are listed
  }

  /** Largest worker heap seen (MB); null in-process. */
  get heapPeakMb(): number | null {
    return this.#jobs > 0 ? Math.max(this.#retiredHeapPeakMb, this.#pool?.heapPeakMb ?? 0) : null;
  }

  /**
   * Cleans the pages of `inputs` (files, directories, globs, WARCs, PageInputs; see extractMany) and
   * yields one record per page as soon as it is done (`ordered`: in input order). Pulls inputs only as
   * fast as the pool takes them; leaving the loop early drops the rest. Streams may overlap.
   */
  records(inputs: BatchInputs, options: RecordsOptions = {}): AsyncGenerator<BatchRecord> {
    this.#assertOpen();
    const source = expandInputs(inputs, {
      ...(options.skip ? { skip: options.skip } : {}),
      onNotAPage: options.onNotAPage ?? (() => {}),
      onResumed: options.onResumed ?? (() => {}),
      ...(options.onDuplicate ? { onDuplicate: options.onDuplicate } : {}),
      sorted: options.ordered ?? false,
    });
    return schedule(source, (item) => this.#process(item, options.onBytes), {
      maxInFlight: this.#jobs > 0 ? this.#jobs * TASKS_PER_WORKER : 1,
      ordered: options.ordered ?? false,
      ...(options.onSettled ? { onSettled: options.onSettled } : {}),
    });
  }

  /** Cleans one page; resolves with its record (an error record for a bad page). Bytes are copied. */
  page(input: PageInput): Promise<BatchRecord> {
    this.#assertOpen();
    return this.#process(input.kind === 'file' ? input : { ...input, bytes: new Uint8Array(input.bytes) });
  }

  /** Stops the threads. Call it once the streams are done: pages still running become `worker` errors. */
  async close(): Promise<void> {
    this.#closed = true;
    const pool = this.#pool;
    this.#pool = null;
    if (pool) this.#retiredHeapPeakMb = Math.max(this.#retiredHeapPeakMb, pool.heapPeakMb);
    await Promise.all([pool?.close(), ...this.#retiring]);
  }

  #newPool(): PagePool {
    return new PagePool({
      jobs: this.#jobs,
      timeoutMs: this.#options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      maxWorkerMemoryMb: this.#options.maxWorkerMemoryMb ?? DEFAULT_MAX_WORKER_MEMORY_MB,
      extractOptions: this.#extractOptions,
    });
  }

  #assertOpen(): void {
    if (this.#closed) throw new Error('ExtractPool is closed');
  }

  /** One page to one record; rejects only when the pool fails as a whole. */
  async #process(item: SourceItem, onBytes?: (bytes: number) => void): Promise<BatchRecord> {
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
    onBytes?.(bytes.byteLength);
    const meta: PageMeta = {};
    if (item.url) meta.url = item.url;
    if (item.kind !== 'file' && item.contentType) meta.contentType = item.contentType;
    if (item.kind !== 'bytes' && item.capturedAt) meta.capturedAt = item.capturedAt;
    const outcome = this.#jobs > 0 ? await this.#runInPool(bytes, meta) : (await inProcess()).cleanPage(bytes, meta, this.#extractOptions);
    return 'error' in outcome ? { ...identity, error: outcome.error } : { ...identity, ...outcome.article };
  }

  async #runInPool(bytes: Uint8Array, meta: PageMeta): Promise<PageOutcome> {
    this.#assertOpen();
    const pool = (this.#pool ??= this.#newPool());
    try {
      return await pool.run(bytes, meta);
    } catch (err) {
      // A failed pool runs nothing more: its pages fail (the caller decides what that means), and a
      // long-lived owner (a queue worker) gets a fresh pool for its next pages instead of a dead one.
      if (err instanceof WorkerPoolError && this.#pool === pool) {
        this.#pool = null;
        this.#retiredHeapPeakMb = Math.max(this.#retiredHeapPeakMb, pool.heapPeakMb);
        this.#retiring.push(pool.close().catch(() => {}));
      }
      throw err;
    }
  }
}
