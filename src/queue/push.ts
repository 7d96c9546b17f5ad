/** `queue push`: expand inputs, cut them into units and enqueue each once (jobId = unit id). */
import { Queue } from './deps.js';
import { connectionFor } from './connection.js';
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
  const queue = new Queue<UnitData, UnitResult>(opts.queue, { connection: connectionFor(opts.redisUrl, 'client') });
  queue.on('error', () => undefined); // connection errors also reject the awaited call, reported once there
  let added = 0;
  try {
    for (let i = 0; i < units.length; i += BULK) {
      const batch = units.slice(i, i + BULK);
      // Known ids are skipped by BullMQ anyway; looking them up first only makes the count honest.
      const states = await Promise.all(batch.map((u) => queue.getJobState(u.id)));
      const fresh = batch.filter((_, j) => states[j] === 'unknown');
      added += fresh.length;
      if (fresh.length > 0) await queue.addBulk(fresh.map((u) => toJob(u, opts)));
    }
  } finally {
    await queue.close();
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
