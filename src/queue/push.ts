/** `queue push`: expand inputs, cut them into units and enqueue each once (jobId = unit id). */
import { Queue } from './deps.js';
import { closeQuietly, connectionFor, DEFAULT_REDIS_TIMEOUT_MS, redactUrl, withDeadline } from './connection.js';
import { openRedis, pushedKey, rootsKey } from './results.js';
import { FsReader, type InputReader } from './reader.js';
import { JOB_NAME, DEFAULTS, type PlannedUnit, type UnitData, type UnitResult } from './types.js';
import { planUnits } from './units.js';

export interface PushOptions {
  redisUrl: string;
  queue: string;
  inputs: string[];
  shardSize?: number;
  /** Tries per unit before it is kept as failed. */
  attempts?: number;
  /** First retry delay; doubles on each further retry. */
  backoffMs?: number;
  reader?: InputReader;
  /** Bound on the whole push's Redis work and on each call (default DEFAULT_REDIS_TIMEOUT_MS per call, 6x for the whole). */
  redisTimeoutMs?: number;
}

export interface PushSummary {
  units: number;
  added: number;
  existing: number;
  pages: number;
  warcs: number;
  ids: string[];
}

const BULK = 500;

export async function pushUnits(opts: PushOptions): Promise<PushSummary> {
  const reader = opts.reader ?? new FsReader();
  const refs = await reader.list(opts.inputs);
  const units = planUnits(refs, opts.shardSize ?? DEFAULTS.shardSize);
  const roots = (await reader.roots?.(opts.inputs)) ?? [];
  const timeoutMs = opts.redisTimeoutMs ?? DEFAULT_REDIS_TIMEOUT_MS;
  const queue = new Queue<UnitData, UnitResult>(opts.queue, { connection: connectionFor(opts.redisUrl, 'client', timeoutMs) });
  queue.on('error', () => undefined); // connection errors also reject the awaited call, reported once there
  const client = openRedis(opts.redisUrl, 'client', timeoutMs);
  let added = 0;
  const enqueue = async () => {
    // Roots and ledger first: a unit in the queue always has its roots recorded and is counted as pushed.
    if (roots.length > 0) await client.sadd(rootsKey(opts.queue), ...roots);
    for (let i = 0; i < units.length; i += BULK) {
      const batch = units.slice(i, i + BULK);
      await client.sadd(pushedKey(opts.queue), ...batch.map((u) => u.id));
      // Known ids are skipped by BullMQ anyway; looking them up first only makes the count honest.
      const states = await Promise.all(batch.map((u) => queue.getJobState(u.id)));
      const fresh = batch.filter((_, j) => states[j] === 'unknown');
      added += fresh.length;
      if (fresh.length > 0) await queue.addBulk(fresh.map((u) => toJob(u, opts)));
    }
  };
  try {
    // Each call has its own timeout; the whole is bounded too, scaled by the batches sent.
    const batches = Math.max(1, Math.ceil(units.length / BULK));
    await withDeadline(enqueue(), timeoutMs * (2 + 4 * batches), `push to ${redactUrl(opts.redisUrl)}`, () => {
      client.disconnect();
      void queue.disconnect().catch(() => undefined);
    });
  } finally {
    client.disconnect();
    await closeQuietly(queue, timeoutMs);
  }
  const warcs = units.filter((u) => u.data.kind === 'warc').length;
  return {
    units: units.length,
    added,
    existing: units.length - added,
    pages: refs.length - warcs,
    warcs,
    ids: units.map((u) => u.id),
  };
}

function toJob(u: PlannedUnit, opts: PushOptions) {
  return {
    name: JOB_NAME,
    data: u.data,
    opts: {
      jobId: u.id,
      attempts: opts.attempts ?? DEFAULTS.attempts,
      backoff: { type: 'exponential' as const, delay: opts.backoffMs ?? DEFAULTS.backoffMs },
      // Completed and failed jobs stay: they dedupe later pushes and feed `status`.
      removeOnComplete: false,
      removeOnFail: false,
    },
  };
}
