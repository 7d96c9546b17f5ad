/**
 * `queue work`: a BullMQ worker that runs units through the batch engine and writes
 * `<out-dir>/<unit-id>.jsonl`. Units whose worker dies keep their lock only `lockMs`; the stalled
 * check of any other worker then puts them back in the queue, and the atomic per-unit output file
 * makes the redo safe.
 */
import { mkdir } from 'node:fs/promises';
import { hostname } from 'node:os';
import { Queue, Redis, UnrecoverableError, Worker, type Job } from './deps.js';
import type { ExtractPool, ExtractPoolOptions } from '../batch/extract-pool.js';
import { connectionFor, DEFAULT_REDIS_TIMEOUT_MS, withDeadline } from './connection.js';
import { UnitRejectedError, validateUnit } from './units.js';
import { removeStaleTemps } from './output.js';
import { openRedis, rootsKey, storeResult } from './results.js';
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
  /**
   * Directories (or files) units may read from. Default: the roots push recorded for the queue. A unit
   * naming anything else fails at once with the reason.
   */
  inputRoots?: string[];
  /** Connect and command timeout of each Redis call that is not a blocking wait. */
  redisTimeoutMs?: number;
  /** Give up (exit 1) when Redis has not answered for this long; an authentication failure gives up at once. */
  redisGiveUpMs?: number;
  /** After the first stop signal, how long active units may take before the worker stops anyway (exit 1). */
  stopTimeoutMs?: number;
  healthPollMs?: number;
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

  const redis = openRedis(opts.redisUrl, 'worker', opts.redisTimeoutMs);

  const timeoutMs = opts.redisTimeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS;
  const health = healthClient(opts.redisUrl, timeoutMs);
  const allowedRoots = async (): Promise<string[]> => opts.inputRoots ?? (await health.smembers(rootsKey(opts.queue)));

  const processor = async (job: Job<UnitData, UnitResult>): Promise<UnitResult> => {
    const start = Date.now();
    let result: UnitResult;
    try {
      // Job ids and data come from Redis: checked before the id names a file or the data names inputs.
      validateUnit(job.id, job.data);
      const id = job.id as string;
      result = await processUnit(id, job.data, {
        outDir: opts.outDir,
        reader,
        extract,
        allowedRoots: await allowedRoots(),
        onStart: () => log(`[${me}] active ${id} (${job.data.kind}, ${job.data.inputs.length} input(s), try ${job.attemptsStarted})`),
      });
    } catch (err) {
      // A unit push would never make: no retry can help.
      if (err instanceof UnitRejectedError) throw new UnrecoverableError(err.message);
      throw err;
    }
    const id = job.id as string;
    // After the rename: an entry means the unit's file exists. A skipped unit writes it too (the first
    // run may have died between its rename and this line).
    await storeResult(redis, opts.queue, id, { ...result, start, end: Date.now() }, result.skipped === true);
    return result;
  };

  const worker = new Worker<UnitData, UnitResult>(opts.queue, processor, {
    connection: connectionFor(opts.redisUrl, 'worker', timeoutMs),
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

  let exitCode = 0;
  let stopping: Promise<void> | null = null;
  /** Stops the worker: active units get `graceMs` to finish, then it stops anyway (their locks expire and other workers redo them). */
  const stop = (graceMs: number): Promise<void> =>
    (stopping ??= (async () => {
      try {
        await withDeadline(worker.close(), graceMs, 'stop', () => undefined);
      } catch {
        log(`[${me}] active units not finished within ${graceMs} ms: stopping anyway (other workers redo them)`);
        exitCode ||= 1;
        await withDeadline(worker.close(true), timeoutMs, 'forced stop', () => undefined).catch(() => undefined);
      }
    })());
  const fail = (message: string) => {
    if (exitCode !== 0 && stopping) return;
    log(`[${me}] ${message}`);
    exitCode = 1;
    void stop(0);
  };
  const stopTimeoutMs = opts.stopTimeoutMs ?? DEFAULTS.stopTimeoutMs;
  const onSignal = (sig: NodeJS.Signals) => {
    if (stopping) {
      // Second signal: leave now; the active units' locks expire and other workers redo them.
      log(`[${me}] ${sig}: stopping now`);
      process.exit(130);
    }
    log(`[${me}] ${sig}: finishing active units (at most ${stopTimeoutMs} ms; again to stop now)`);
    void stop(stopTimeoutMs);
  };
  for (const sig of opts.signals ?? []) process.on(sig, onSignal);

  const watchdog = watchRedis(health, {
    giveUpMs: opts.redisGiveUpMs ?? DEFAULTS.redisGiveUpMs,
    pollMs: opts.healthPollMs ?? DEFAULTS.healthPollMs,
    timeoutMs,
    log: (line) => log(`[${me}] ${line}`),
    onFatal: fail,
  });
  const idle = opts.exitWhenIdle ? watchIdle(opts, () => void stop(stopTimeoutMs)) : null;
  log(`[${me}] working on queue ${opts.queue} → ${opts.outDir}`);
  try {
    // run() may never settle once Redis is gone: the stop (bounded) ends the wait too.
    const running = worker.run().catch((err: unknown) => fail(`worker failed: ${errorMessage(err)}`));
    await Promise.race([
      running,
      new Promise<void>((resolve) => {
        const check = setInterval(() => {
          if (stopping) {
            clearInterval(check);
            resolve();
          }
        }, 100);
      }),
    ]);
    await stopping;
  } finally {
    watchdog.close();
    await withDeadline(idle?.close() ?? Promise.resolve(), timeoutMs, 'idle watch close', () => undefined).catch(() => undefined);
    await pool?.close();
    redis.disconnect();
    health.disconnect();
    void worker.disconnect().catch(() => undefined);
    for (const sig of opts.signals ?? []) process.off(sig, onSignal);
  }
  log(`[${me}] stopped`);
  return exitCode;
}

/** A connection for health checks: fails fast while Redis is down (no offline queue), reconnects forever. */
function healthClient(url: string, timeoutMs: number): Redis {
  const redis = new Redis(url, {
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    retryStrategy: () => Math.min(1_000, timeoutMs),
  });
  redis.on('error', () => undefined); // reported by the watchdog's pings
  return redis;
}

const AUTH_FAILURE = /WRONGPASS|NOAUTH|invalid (?:username-)?password|AUTH.*(?:failed|without any password)|NOPERM/i;

/**
 * Pings Redis every `pollMs`. Trouble is logged when it starts and every ten seconds, with the time left;
 * an authentication failure, or no answer for `giveUpMs`, calls onFatal.
 */
function watchRedis(
  health: Redis,
  o: { giveUpMs: number; pollMs: number; timeoutMs: number; log: (line: string) => void; onFatal: (message: string) => void },
): { close(): void } {
  let lastOk = Date.now();
  let lastLogged = 0;
  let down = false;
  let busy = false;
  // A refused AUTH shows as a connection error, while pings only see "not connected".
  health.on('error', (err: Error) => {
    if (AUTH_FAILURE.test(err.message)) o.onFatal(`Redis refused authentication (${err.message}): giving up`);
  });
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    withDeadline(health.ping(), o.timeoutMs, 'ping', () => undefined)
      .then(() => {
        if (down) o.log('Redis answers again');
        down = false;
        lastOk = Date.now();
      })
      .catch((err: unknown) => {
        const reason = errorMessage(err);
        if (AUTH_FAILURE.test(reason)) {
          o.onFatal(`Redis refused authentication (${reason}): giving up`);
          return;
        }
        const silentMs = Date.now() - lastOk;
        if (silentMs >= o.giveUpMs) {
          o.onFatal(`Redis has not answered for ${Math.round(silentMs / 1000)} s (${reason}): giving up`);
          return;
        }
        if (!down || Date.now() - lastLogged >= 10_000) {
          o.log(`Redis not answering (${reason}); retrying, giving up in ${Math.round((o.giveUpMs - silentMs) / 1000)} s`);
          lastLogged = Date.now();
        }
        down = true;
      })
      .finally(() => (busy = false));
  }, o.pollMs);
  return { close: () => clearInterval(timer) };
}

/** Polls the queue's counts; calls `onIdle` once nothing can still come this worker's way. */
function watchIdle(opts: WorkOptions, onIdle: () => void): { close(): Promise<void> } {
  const queue = new Queue(opts.queue, { connection: connectionFor(opts.redisUrl, 'worker', opts.redisTimeoutMs) });
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
