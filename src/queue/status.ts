/** `queue status`: unit counts by state, page totals from the per-unit results hash, failed units with reasons. */
import { Queue, type Redis } from './deps.js';
import { closeQuietly, connectionFor, DEFAULT_REDIS_TIMEOUT_MS, redactUrl, withDeadline } from './connection.js';
import { openRedis, pushedKey, sumResults } from './results.js';
import type { UnitData, UnitKind, UnitResult } from './types.js';

export interface FailedUnit {
  id: string;
  kind: UnitKind | null;
  inputs: string[];
  reason: string;
  attempts: number;
}

export interface QueueStatus {
  queue: string;
  units: { waiting: number; delayed: number; active: number; done: number; failed: number; total: number };
  pages: { done: number; ok: number; errors: number };
  /** Cluster throughput: pages of done units over the wall time from the first start to the last finish (or now while units are active). */
  pagesPerSecond: number | null;
  elapsedSeconds: number | null;
  /** The first FAILED_LIMIT failed units, oldest first. */
  failed: FailedUnit[];
  /**
   * Units the push ledger holds that Redis no longer knows (a Redis restarted empty, evicted keys): `pushed`
   * ledger entries, `missing` of them, the first few ids. `pushed` 0 with no unit known: nothing was ever
   * pushed here, or Redis lost everything, ledger included.
   */
  ledger: { pushed: number; missing: number; missingIds: string[] };
}

/** Why a status is a failure (non-zero exit), or null when the queue is whole. */
export function statusProblem(s: QueueStatus): string | null {
  if (s.ledger.missing > 0) {
    return `${s.ledger.missing} of ${s.ledger.pushed} pushed units are gone from Redis (restarted empty, or keys evicted); push the same inputs again to restore them (units with output files are not redone)`;
  }
  if (s.ledger.pushed === 0 && s.units.total === 0) {
    return `queue ${s.queue} holds no units and no push ledger: nothing was pushed to it on this Redis, or Redis lost its data`;
  }
  return null;
}

/** Failed units listed (all are counted). */
const FAILED_LIMIT = 1_000;

/** Missing unit ids listed. */
const MISSING_LIMIT = 20;

export async function getStatus(
  redisUrl: string,
  queueName: string,
  failedLimit = FAILED_LIMIT,
  timeoutMs = DEFAULT_REDIS_TIMEOUT_MS,
): Promise<QueueStatus> {
  const queue = new Queue<UnitData, UnitResult>(queueName, { connection: connectionFor(redisUrl, 'client', timeoutMs) });
  queue.on('error', () => undefined); // connection errors also reject the awaited call, reported once there
  const redis = openRedis(redisUrl, 'client', timeoutMs);
  try {
    return await withDeadline(readStatus(queue, redis, queueName, failedLimit), timeoutMs * 6, `status of ${redactUrl(redisUrl)}`, () => {
      redis.disconnect();
      void queue.disconnect().catch(() => undefined);
    });
  } finally {
    redis.disconnect();
    await closeQuietly(queue, timeoutMs);
  }
}

async function readStatus(queue: Queue<UnitData, UnitResult>, redis: Redis, queueName: string, failedLimit: number): Promise<QueueStatus> {
  {
    const c = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed', 'waiting-children');
    const n = (k: string): number => c[k] ?? 0;
    const units = {
      waiting: n('waiting') + n('prioritized') + n('waiting-children'),
      delayed: n('delayed'),
      active: n('active'),
      done: n('completed'),
      failed: n('failed'),
      total: 0,
    };
    units.total = units.waiting + units.delayed + units.active + units.done + units.failed;

    const r = await sumResults(redis, queueName);
    // While units are active the clock runs on; otherwise (done, or no worker running) it stops at the last finish.
    const end = units.active > 0 ? Date.now() : r.last;
    const elapsedSeconds = r.first !== null && end !== null && end > r.first ? (end - r.first) / 1000 : null;
    const pagesPerSecond = elapsedSeconds ? Math.round((r.pages / elapsedSeconds) * 10) / 10 : null;

    const failed: FailedUnit[] = [];
    for (const job of await queue.getJobs(['failed'], 0, failedLimit - 1, true)) {
      if (!job) continue;
      failed.push({
        id: job.id ?? '?',
        kind: job.data?.kind ?? null,
        inputs: job.data?.inputs ?? [],
        reason: job.failedReason,
        attempts: job.attemptsMade,
      });
    }
    const ledger = await checkLedger(redis, queueName, units.total);
    return {
      queue: queueName,
      units,
      pages: { done: r.pages, ok: r.ok, errors: r.errors },
      pagesPerSecond,
      elapsedSeconds,
      failed,
      ledger,
    };
  }
}

/** Compares the push ledger with the units Redis knows; lists missing ids only when some are missing. */
async function checkLedger(redis: Redis, queueName: string, known: number): Promise<QueueStatus['ledger']> {
  const pushed = await redis.scard(pushedKey(queueName));
  if (pushed <= known) return { pushed, missing: 0, missingIds: [] };
  let missing = 0;
  const missingIds: string[] = [];
  let cursor = '0';
  do {
    const [next, ids] = await redis.sscan(pushedKey(queueName), cursor, 'COUNT', 1000);
    cursor = next;
    const pipeline = redis.pipeline();
    for (const id of ids) pipeline.exists(`bull:${queueName}:${id}`);
    const exists = (await pipeline.exec()) ?? [];
    ids.forEach((id, i) => {
      if (exists[i]?.[1] === 0) {
        missing++;
        if (missingIds.length < MISSING_LIMIT) missingIds.push(id);
      }
    });
  } while (cursor !== '0');
  return { pushed, missing, missingIds: missingIds.sort() };
}

export function formatStatus(s: QueueStatus, redisUrl: string): string {
  const u = s.units;
  const lines = [
    `queue ${s.queue} at ${redactUrl(redisUrl)}`,
    `units: ${u.waiting} waiting, ${u.delayed} retry-pending, ${u.active} active, ${u.done} done, ${u.failed} failed (${u.total} total)`,
    `pages: ${s.pages.done} done (${s.pages.ok} ok, ${s.pages.errors} errors)` +
      (s.pagesPerSecond !== null ? `, ${s.pagesPerSecond} pages/s over ${s.elapsedSeconds?.toFixed(1)}s` : ''),
  ];
  const problem = statusProblem(s);
  if (problem) {
    lines.push(`LOST: ${problem}`);
    if (s.ledger.missingIds.length > 0)
      lines.push(
        `  missing units${s.ledger.missingIds.length < s.ledger.missing ? ` (first ${s.ledger.missingIds.length})` : ''}: ${s.ledger.missingIds.join(' ')}`,
      );
  }
  if (s.failed.length > 0) {
    lines.push(s.failed.length < u.failed ? `failed units (first ${s.failed.length}):` : 'failed units:');
    for (const f of s.failed) {
      const what = f.inputs.length === 1 ? f.inputs[0] : `${f.inputs.length} ${f.kind ?? ''} inputs from ${f.inputs[0] ?? '?'}`;
      lines.push(`  ${f.id} (${what}) after ${f.attempts} attempt(s): ${f.reason}`);
    }
  }
  return lines.join('\n');
}
