/**
 * The worker pool: piscina sized to the jobs, each page under a time limit (counted from the moment a
 * worker starts it) and each worker under a heap limit. A page over either limit costs its worker,
 * which piscina replaces; the page becomes a `timeout` / `memory` error and the batch goes on.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { setFlagsFromString } from 'node:v8';
import type { Piscina } from 'piscina';
import type { ExtractOptions } from '../types.js';
import type { PageMeta, PageOutcome, PageReply, PageTask, TaskStarted, WorkerSettings } from './worker.js';
import v8Tuning from '../data/v8-tuning.json' with { type: 'json' };
import { messageOf } from './types.js';

export interface PagePoolOptions {
  jobs: number;
  timeoutMs: number;
  maxWorkerMemoryMb: number;
  extractOptions: ExtractOptions;
}

/** The compiled worker next to this module; from src/ (vitest) the build's copy in dist/. */
function workerFilename(): string {
  // Beside this module (dist/batch/); from the CLI bundle in dist/, its batch/ folder; from src/, dist/batch/.
  for (const relative of ['./worker.js', './batch/worker.js']) {
    const file = fileURLToPath(new URL(relative, import.meta.url));
    if (existsSync(file)) return file;
  }
  return fileURLToPath(new URL('../../dist/batch/worker.js', import.meta.url));
}

/** The pool itself failed (a worker died while starting up, e.g. under too small a heap limit). */
export class WorkerPoolError extends Error {
  override name = 'WorkerPoolError';
}

const YOUNG_GENERATION_MB = 192;

/**
 * V8 flags for the workers (src/data/v8-tuning.json; the command sets the same for its own process), each of
 * which changes only when code is compiled, never what it does (the corpus output is the same with and without
 * them). V8 flags are the process's, not a worker's (Worker `execArgv` takes no V8 options), so they are set
 * once each, by the first pool that needs them (scripts/bench.mjs measures them; the README's speed section):
 * - the tier-up budget, 8× the default (67,584 bytes of bytecode run between profiler ticks). With the default,
 *   V8 optimises every function that runs a little, and on a batch each worker spends the first hundred or so
 *   pages compiling in background threads: one worker used 1.38 cores, and on two cores two workers were only
 *   1.04–1.07× one over 300 pages. With 8× only the really hot code is optimised, later: one worker's CPU over
 *   300 corpus pages 8.4 → 7.3 s at the same wall time, two workers 5.8 → 4.9 s; over 1,500 pages one worker
 *   unchanged (26.1 → 25.8 s), two 19.0 → 17.5 s.
 * - no regexp tier-up: by default V8 runs a regular expression in its bytecode interpreter first and compiles it
 *   to machine code only after that; a worker runs the same few hundred expressions (labels, dates, lexicons,
 *   chrome phrases) over every page, mostly over long texts, so interpreting them first only costs. Compiled at
 *   once: one worker over 300 corpus pages 6.15 → 5.88 s wall, over 828 pages 14.7 → 14.2 s, two workers over
 *   300 pages 4.6 → 4.45 s; `newsclean page.html` 0.21–0.35 → 0.17–0.29 s (with the raised budget).
 */
export const V8_TUNING: readonly string[] = v8Tuning.flags;

/**
 * Set besides V8_TUNING when a pool has a worker for every core (src/data/v8-tuning.json):
 * - no concurrent recompilation: V8 optimises a hot function on a compiler thread of its own, so that the thread
 *   running the code need not wait. With a core to spare (one worker on two cores) that is time won; with every
 *   core running a worker, the compiler threads only take turns with the workers, and each optimisation costs a
 *   hand-over between threads besides. Two workers over the 300 pages of `npm run bench` on two cores, five
 *   alternated runs each: 4.32 → 4.17 s wall (8.40 → 8.18 s CPU); one worker with it, 5.8 → 6.5 s, hence only then.
 */
export const V8_TUNING_EVERY_CORE: readonly string[] = v8Tuning.whenEveryCoreHasAWorker;

/** A flag's name as V8 reads it: without `--`, `no`, a value, and with `_` as `-`. */
function flagName(arg: string): string {
  return arg
    .replace(/^--(no-?)?/, '')
    .replace(/=.*$/, '')
    .replace(/_/g, '-');
}

/**
 * The V8 flags to set: `flags` (V8_TUNING unless given) without those the process was started with a value of its
 * own for (in its arguments or NODE_OPTIONS: the user's choice stands); none when NEWSCLEAN_V8_TUNING is `off`.
 */
export function v8TuningFlags(env: NodeJS.ProcessEnv, execArgv: readonly string[], flags: readonly string[] = V8_TUNING): string[] {
  if (env['NEWSCLEAN_V8_TUNING'] === 'off' || env['NEWSCLEAN_V8_TUNING'] === '0') return [];
  const own = new Set([...execArgv, ...(env['NODE_OPTIONS'] ?? '').split(/\s+/)].filter((arg) => arg.startsWith('--')).map(flagName));
  return flags.filter((flag) => !own.has(flagName(flag)));
}

/** The flags a pool of `jobs` workers on `cores` cores sets: V8_TUNING, and V8_TUNING_EVERY_CORE when no core is spare. */
export function poolV8Flags(jobs: number, cores: number, env: NodeJS.ProcessEnv, execArgv: readonly string[]): string[] {
  return v8TuningFlags(env, execArgv, jobs >= cores ? [...V8_TUNING, ...V8_TUNING_EVERY_CORE] : V8_TUNING);
}

/** The flags set so far in this process: V8 flags are the process's, and each is set once. */
const flagsSet = new Set<string>();
function tuneV8(jobs: number): void {
  for (const flag of poolV8Flags(jobs, availableParallelism(), process.env, process.execArgv)) {
    if (flagsSet.has(flag)) continue;
    flagsSet.add(flag);
    setFlagsFromString(flag);
  }
}

export class PagePool {
  readonly #pool: Piscina<PageTask, PageReply>;
  readonly #timeoutMs: number;
  /** Starts the time limit of a task once its worker reports it started. */
  readonly #onStarted = new Map<number, () => void>();
  #lastTaskId = 0;
  /** Rejects when the pool itself fails (a worker dies while starting up): nothing can run then. */
  readonly #failure: Promise<never>;
  #heapPeakBytes = 0;

  constructor(options: PagePoolOptions) {
    this.#timeoutMs = options.timeoutMs;
    tuneV8(options.jobs);
    this.#pool = new (loadPiscina())<PageTask, PageReply>({
      filename: workerFilename(),
      minThreads: options.jobs,
      maxThreads: options.jobs,
      idleTimeout: Infinity,
      // A large young generation: parsing a page allocates many short-lived nodes, and with the
      // default size two workers spend much of their time in scavenges (measured: ~20% faster).
      resourceLimits: { maxOldGenerationSizeMb: options.maxWorkerMemoryMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
      workerData: { extractOptions: options.extractOptions } satisfies WorkerSettings,
    });
    this.#pool.on('message', (message: unknown) => {
      if (isTaskStarted(message)) this.#onStarted.get(message.newscleanTaskStarted)?.();
    });
    this.#failure = new Promise<never>((_, reject) => {
      this.#pool.on('error', (err: unknown) =>
        reject(new WorkerPoolError(`worker pool failed (a worker died while starting; is --max-worker-mb too low?): ${messageOf(err)}`)),
      );
    });
    this.#failure.catch(() => {});
  }

  /** Largest committed heap a worker reported, in MB. */
  get heapPeakMb(): number {
    return Math.round(this.#heapPeakBytes / 2 ** 20);
  }

  /** Cleans one page in a worker. Resolves with an outcome for every page; rejects only if the pool fails. */
  async run(bytes: Uint8Array, meta: PageMeta): Promise<PageOutcome> {
    const taskId = ++this.#lastTaskId;
    const abort = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    this.#onStarted.set(taskId, () => {
      timer = setTimeout(() => abort.abort(), this.#timeoutMs);
    });
    const buffer = ownBuffer(bytes);
    try {
      const reply = await Promise.race([
        this.#pool.run({ taskId, bytes: buffer, ...meta }, { transferList: [buffer], signal: abort.signal }),
        this.#failure,
      ]);
      this.#heapPeakBytes = Math.max(this.#heapPeakBytes, reply.heapBytes);
      return reply.outcome;
    } catch (err) {
      if (abort.signal.aborted) return { error: { kind: 'timeout', message: `no result within ${this.#timeoutMs} ms` } };
      if (isOutOfMemory(err)) return { error: { kind: 'memory', message: messageOf(err) } };
      if (err instanceof WorkerPoolError) throw err;
      return { error: { kind: 'worker', message: messageOf(err) } };
    } finally {
      clearTimeout(timer);
      this.#onStarted.delete(taskId);
    }
  }

  async close(): Promise<void> {
    await this.#pool.destroy();
  }
}

/**
 * An ArrayBuffer holding exactly these bytes, so it can be transferred: a Buffer may be a view on a shared
 * pool (fs returns one for an empty file), which must be copied, never transferred.
 */
function ownBuffer(bytes: Uint8Array): ArrayBuffer {
  if (bytes.byteOffset === 0 && bytes.byteLength === bytes.buffer.byteLength && bytes.buffer instanceof ArrayBuffer) {
    return bytes.buffer;
  }
  return new Uint8Array(bytes).buffer; // a copy (Buffer#slice would be another view)
}

function isTaskStarted(message: unknown): message is TaskStarted {
  return typeof message === 'object' && message !== null && 'newscleanTaskStarted' in message;
}

function isOutOfMemory(err: unknown): boolean {
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === 'ERR_WORKER_OUT_OF_MEMORY';
}

/** piscina (CommonJS), loaded by the first pool: `import { extract } from 'newsclean'` never loads it. */
function loadPiscina(): typeof Piscina {
  return (createRequire(import.meta.url)('piscina') as { Piscina: typeof Piscina }).Piscina;
}
