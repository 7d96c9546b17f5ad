/**
 * Per-unit results in one Redis hash (field = unit id), written by the worker once the unit's file is in
 * place. `status` sums it without loading every job (whose data holds the unit's paths). HSET by unit id
 * is idempotent: a redone unit overwrites its entry, so totals never count a unit twice.
 */
import { Redis } from './deps.js';
import { DEFAULT_REDIS_TIMEOUT_MS } from './connection.js';
import type { UnitResult } from './types.js';

export interface StoredResult extends UnitResult {
  /** ms since epoch: unit start and finish, for the cluster's pages/s. */
  start: number;
  end: number;
}

export interface ResultTotals {
  units: number;
  pages: number;
  ok: number;
  errors: number;
  /** Earliest start / latest end over the units; null when there is none. */
  first: number | null;
  last: number | null;
}

/** Under the queue's BullMQ prefix, so removing `bull:<queue>:*` resets it with the queue. */
export function resultsKey(queue: string): string {
  return `bull:${queue}:newsclean:results`;
}

/** The push ledger: every unit id ever pushed to the queue, so `status` can tell units that vanished. */
export function pushedKey(queue: string): string {
  return `bull:${queue}:newsclean:pushed`;
}

/** Input roots recorded by push: the default of what workers may read. */
export function rootsKey(queue: string): string {
  return `bull:${queue}:newsclean:roots`;
}

export function openRedis(url: string, role: 'worker' | 'client', timeoutMs = DEFAULT_REDIS_TIMEOUT_MS): Redis {
  const redis =
    role === 'worker'
      ? new Redis(url, { maxRetriesPerRequest: null, connectTimeout: timeoutMs })
      : new Redis(url, {
          maxRetriesPerRequest: 2,
          connectTimeout: timeoutMs,
          commandTimeout: timeoutMs,
          retryStrategy: (t) => (t > 3 ? null : 250 * t),
        });
  redis.on('error', () => undefined); // failures surface through the awaited commands
  return redis;
}

/** `keep`: only if the unit has no entry yet (a skipped unit must not replace the real run's timing). */
export async function storeResult(redis: Redis, queue: string, unitId: string, result: StoredResult, keep = false): Promise<void> {
  if (keep) await redis.hsetnx(resultsKey(queue), unitId, JSON.stringify(result));
  else await redis.hset(resultsKey(queue), unitId, JSON.stringify(result));
}

/** Streams the hash (HSCAN), so a million units do not make one giant reply. */
export async function sumResults(redis: Redis, queue: string): Promise<ResultTotals> {
  const totals: ResultTotals = { units: 0, pages: 0, ok: 0, errors: 0, first: null, last: null };
  let cursor = '0';
  do {
    const [next, flat] = await redis.hscan(resultsKey(queue), cursor, 'COUNT', 1000);
    cursor = next;
    for (let i = 1; i < flat.length; i += 2) {
      const r = JSON.parse(flat[i] as string) as Partial<StoredResult>;
      totals.units++;
      totals.pages += r.pages ?? 0;
      totals.ok += r.ok ?? 0;
      totals.errors += r.errors ?? 0;
      if (typeof r.start === 'number') totals.first = Math.min(totals.first ?? Infinity, r.start);
      if (typeof r.end === 'number') totals.last = Math.max(totals.last ?? 0, r.end);
    }
  } while (cursor !== '0');
  return totals;
}
