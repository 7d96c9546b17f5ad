/**
 * `queue work`: a BullMQ worker that runs units through the batch engine and writes
 * `<out-dir>/<unit-id>.jsonl`. Units whose worker dies keep their lock only `lockMs`; the stalled
 * check of any other worker then puts them back in the queue, and the atomic per-unit output file
 * makes the redo safe.
 */
import { mkdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { Queue, Worker, type Job } from './deps.js';
import type { ExtractPool, ExtractPoolOptions } from '../batch/extract-pool.js';
import { connectionFor } from './connection.js';
import { removeStaleTemps } from './output.js';
import { openRedis, storeResult } from './results.js';
import { errorMessage, processUnit, type UnitExtractor } from './process.js';
import { FsReader, type InputReader } from './reader.js';
import { DEFAULTS, type UnitData, type UnitResult } from './types.js';

export interface WorkOptions {
  redisUrl: string;
  queue: string;
  outDir: string;
  /** Engine threads of this process, shared by its units (ExtractPool's jobs); default: the engine's. */
  jobs?: number;
  timeoutMs?: number;
  /** Extraction and worker-pool options (rules, spam keywords, date zone, debug, heap limit…) for every page. */
  extractOptions?: ExtractPoolOptions;
  /** Units held at once by this process (they share the engine threads). */
  concurrency?: number;
  /** Lock time and stalled-check interval: how soon a dead worker's unit is picked up again. */
  lockMs?: number;
  /** Times a unit may be recovered from a dead worker before it is failed. */
  maxStalled?: number;
  /** Exit once nothing is waiting, delayed or active (for CI and one-shot runs). */
  exitWhenIdle?: boolean;
  idlePollMs?: number;
  reader?: InputReader;
  /** Stand-in for the engine (tests); by default one ExtractPool serves every unit of this process. */
  extract?: UnitExtractor;
  log?: (line: string) => void;
  /** Stop on these signals (the CLI passes SIGINT/SIGTERM); first: finish active units, second: stop now. */
  signals?: NodeJS.Signals[];
}

export async function runWorker(opts: WorkOptions): Promise<number> {
  const log = opts.log ?? ((line: string) => process.stderr.write(line + '\n'));
  const me = `${hostname()}:${process.pid}`;
  await mkdir(opts.outDir, { recursive: true });
  const stale = await removeStaleTemps(opts.outDir);
  if (stale > 0) log(`[${me}] removed ${stale} temp file(s) of dead workers of this host`);
  const reader = opts.reader ?? new FsReader();
  const poolOptions: ExtractPoolOptions = { ...opts.extractOptions };
  if (opts.jobs !== undefined) poolOptions.jobs = opts.jobs;
  if (opts.timeoutMs !== undefined) poolOptions.timeoutMs = opts.timeoutMs;
  const lockMs = opts.lockMs ?? DEFAULTS.lockMs;
  // One thread pool for all units of this process (starting one costs seconds), each unit a stream of
  // its own on it, in input order. Loaded lazily: push/status must not pay for the extraction stack.
  let pool: ExtractPool | null = null;
  let extract: UnitExtractor | undefined = opts.extract;
  if (!extract) {
    const shared = (pool = new (await import('../batch/extract-pool.js')).ExtractPool(poolOptions));
    extract = (inputs) => shared.records(inputs, { ordered: true });
  }

  const redis = openRedis(opts.redisUrl, 'worker');

  const processor = async (job: Job<UnitData, UnitResult>): Promise<UnitResult> => {
    const id = job.id ?? '';
    const start = Date.now();
    const result = await processUnit(id, job.data, {
      outDir: opts.outDir,
      reader,
      extract,
      onStart: () => log(`[${me}] active ${id} (${job.data.kind}, ${job.data.inputs.length} input(s), try ${job.attemptsStarted})`),
    });
    // After the rename: an entry means the unit's file exists. A skipped unit writes it too (the first
    // run may have died between its rename and this line).
    await storeResult(redis, opts.queue, id, { ...result, start, end: Date.now() }, result.skipped === true);
    return result;
  };

  const worker = new Worker<UnitData, UnitResult>(opts.queue, processor, {
    connection: connectionFor(opts.redisUrl, 'worker'),
    concurrency: opts.concurrency ?? DEFAULTS.concurrency,
    lockDuration: lockMs,
    stalledInterval: lockMs,
    maxStalledCount: opts.maxStalled ?? DEFAULTS.maxStalled,
    name: me,
    autorun: false,
  });
  worker.on('completed', (job, r) => {
    const how = r.skipped ? ' (output existed, not redone)' : ` in ${r.seconds}s`;
    log(`[${me}] done ${job.id}: ${r.pages} pages (${r.ok} ok, ${r.errors} errors)${how}`);
  });
  worker.on('failed', (job, err) => {
    const tries = job ? ` attempt ${job.attemptsMade}/${job.opts.attempts ?? 1}` : '';
    log(`[${me}] failed ${job?.id ?? '?'}${tries}: ${err.message}`);
  });
  worker.on('error', (err) => log(`[${me}] error: ${errorMessage(err)}`));

  let stopping: Promise<void> | null = null;
  const stop = (): Promise<void> => (stopping ??= worker.close());
  const onSignal = (sig: NodeJS.Signals) => {
    if (stopping) {
      // Second signal: leave now; the active units' locks expire and other workers redo them.
      log(`[${me}] ${sig}: stopping now`);
      process.exit(130);
    }
    log(`[${me}] ${sig}: finishing active units (again to stop now)`);
    void stop();
  };
  for (const sig of opts.signals ?? []) process.on(sig, onSignal);

  const idle = opts.exitWhenIdle ? watchIdle(opts, () => void stop()) : null;
  log(`[${me}] working on queue ${opts.queue} → ${opts.outDir}`);
  try {
    await worker.run();
    await stopping;
  } finally {
    await idle?.close();
    await pool?.close();
    redis.disconnect();
    for (const sig of opts.signals ?? []) process.off(sig, onSignal);
  }
  log(`[${me}] stopped`);
  return 0;
}

/** Polls the queue's counts; calls `onIdle` once nothing can still come this worker's way. */
function watchIdle(opts: WorkOptions, onIdle: () => void): { close(): Promise<void> } {
  const queue = new Queue(opts.queue, { connection: connectionFor(opts.redisUrl, 'worker') });
  queue.on('error', () => undefined); // reconnects on its own; the worker logs connection trouble
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    // One call, one consistent snapshot. Delayed = waiting for a retry; active includes units of dead
    // workers until the stalled check requeues them, so this worker stays for those.
    queue
      .getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'waiting-children')
      .then((c) => {
        if (Object.values(c).every((n) => n === 0)) {
          clearInterval(timer);
          onIdle();
        }
      })
      .catch(() => undefined)
      .finally(() => (busy = false));
  }, opts.idlePollMs ?? DEFAULTS.idlePollMs);
  return {
    async close() {
      clearInterval(timer);
      await queue.close();
    },
  };
}
