/** `queue status`: unit counts by state, page totals from the per-unit results hash, failed units with reasons. */
import { Queue } from './deps.js';
import { connectionFor } from './connection.js';
import { openRedis, sumResults } from './results.js';
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
}

/** Failed units listed (all are counted). */
const FAILED_LIMIT = 1_000;

export async function getStatus(redisUrl: string, queueName: string, failedLimit = FAILED_LIMIT): Promise<QueueStatus> {
  const queue = new Queue<UnitData, UnitResult>(queueName, { connection: connectionFor(redisUrl, 'client') });
  queue.on('error', () => undefined); // connection errors also reject the awaited call, reported once there
  const redis = openRedis(redisUrl, 'client');
  try {
    const c = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'completed', 'failed');
    const n = (k: string): number => c[k] ?? 0;
    const units = {
      waiting: n('waiting') + n('prioritized'),
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
    return { queue: queueName, units, pages: { done: r.pages, ok: r.ok, errors: r.errors }, pagesPerSecond, elapsedSeconds, failed };
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

export function formatStatus(s: QueueStatus, redisUrl: string): string {
  const u = s.units;
  const lines = [
    `queue ${s.queue} at ${redactUrl(redisUrl)}`,
    `units: ${u.waiting} waiting, ${u.delayed} retry-pending, ${u.active} active, ${u.done} done, ${u.failed} failed (${u.total} total)`,
    `pages: ${s.pages.done} done (${s.pages.ok} ok, ${s.pages.errors} errors)` +
      (s.pagesPerSecond !== null ? `, ${s.pagesPerSecond} pages/s over ${s.elapsedSeconds?.toFixed(1)}s` : ''),
  ];
  if (s.failed.length > 0) {
    lines.push(s.failed.length < u.failed ? `failed units (first ${s.failed.length}):` : 'failed units:');
    for (const f of s.failed) {
      const what = f.inputs.length === 1 ? f.inputs[0] : `${f.inputs.length} ${f.kind ?? ''} inputs from ${f.inputs[0] ?? '?'}`;
      lines.push(`  ${f.id} (${what}) after ${f.attempts} attempt(s): ${f.reason}`);
    }
  }
  return lines.join('\n');
}

/** Never print a password from the URL. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return url;
  }
}
