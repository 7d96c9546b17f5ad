/**
 * `queue retry`: failed units back to waiting once their cause is fixed (a restored WARC, a remounted
 * share), through BullMQ's own Job.retry. A retried unit gets its full `--attempts` budget again
 * (attemptsMade is reset; attemptsStarted keeps counting every try). It wrote no output file, so a
 * worker redoes it from scratch; completed units are never touched.
 */
import { Queue } from './deps.js';
import { closeQuietly, connectionFor, DEFAULT_REDIS_TIMEOUT_MS } from './connection.js';
import type { UnitData, UnitResult } from './types.js';

export interface RetrySummary {
  /** Units moved from failed back to waiting. */
  retried: string[];
  /** Named units that were not retried: `unknown`, or their state when it is not `failed`. */
  skipped: Array<{ id: string; state: string }>;
}

/** Ids listed per round trip, and retries sent at once. */
const PAGE = 1_000;
const PARALLEL = 100;

/** Retries the named units, or every failed unit when `ids` is empty. */
export async function retryUnits(
  redisUrl: string,
  queueName: string,
  ids: readonly string[] = [],
  timeoutMs = DEFAULT_REDIS_TIMEOUT_MS,
): Promise<RetrySummary> {
  // Each call times out on its own (connectionFor's commandTimeout), so a silent Redis cannot hang this.
  const queue = new Queue<UnitData, UnitResult>(queueName, { connection: connectionFor(redisUrl, 'client', timeoutMs) });
  queue.on('error', () => undefined); // connection errors also reject the awaited call, reported once there
  const summary: RetrySummary = { retried: [], skipped: [] };
  try {
    // Snapshot first: retrying shrinks the failed set, which would make paging through it skip units.
    const wanted = ids.length > 0 ? [...new Set(ids)] : await failedIds(queue);
    for (let i = 0; i < wanted.length; i += PARALLEL) {
      const outcomes = await Promise.all(wanted.slice(i, i + PARALLEL).map((id) => retryOne(queue, id)));
      for (const o of outcomes) {
        if (o.state === 'retried') summary.retried.push(o.id);
        else summary.skipped.push(o);
      }
    }
  } finally {
    await closeQuietly(queue, timeoutMs);
  }
  return summary;
}

async function failedIds(queue: Queue<UnitData, UnitResult>): Promise<string[]> {
  const ids: string[] = [];
  for (let start = 0; ; start += PAGE) {
    const page = await queue.getRanges(['failed'], start, start + PAGE - 1, true);
    ids.push(...page);
    if (page.length < PAGE) return ids;
  }
}

async function retryOne(queue: Queue<UnitData, UnitResult>, id: string): Promise<{ id: string; state: string }> {
  const job = await queue.getJob(id);
  if (!job) return { id, state: 'unknown' };
  try {
    await job.retry('failed', { resetAttemptsMade: true });
    return { id, state: 'retried' };
  } catch (err) {
    // Not in the failed set (waiting, active, completed, or retried by someone else meanwhile).
    const state = await queue.getJobState(id);
    if (state === 'failed') throw err;
    return { id, state };
  }
}

export function formatRetry(s: RetrySummary): string {
  const lines = [`${s.retried.length} failed unit(s) re-queued`];
  for (const { id, state } of s.skipped)
    lines.push(`  ${id}: ${state === 'unknown' ? 'no such unit' : `not failed (${state})`}, left as it is`);
  return lines.join('\n');
}
