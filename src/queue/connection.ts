/** Redis connection options for BullMQ, per role. */
import type { ConnectionOptions } from 'bullmq';

export function parseRedisUrl(url: string | undefined): string {
  const value = url ?? process.env.NEWSCLEAN_REDIS;
  if (!value) throw new Error('--redis URL is required (or set NEWSCLEAN_REDIS), e.g. redis://127.0.0.1:6379');
  let parsed: URL;
  try {
    parsed = new URL(value);
  } catch {
    throw new Error(`invalid Redis URL: ${value}`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new Error(`Redis URL must start with redis:// or rediss://, got ${value}`);
  return value;
}

/** How long one-shot commands (push, status, retry) and each Redis call wait for Redis by default. */
export const DEFAULT_REDIS_TIMEOUT_MS = 10_000;

/**
 * Workers ride out Redis restarts (BullMQ requires maxRetriesPerRequest: null for its blocking calls; the
 * worker's own health check decides when to give up); one-shot commands (push, status, retry) time out
 * each connect and command after `timeoutMs` and give up after a few reconnects.
 */
export function connectionFor(url: string, role: 'worker' | 'client', timeoutMs = DEFAULT_REDIS_TIMEOUT_MS): ConnectionOptions {
  if (role === 'worker') return { url, maxRetriesPerRequest: null, connectTimeout: timeoutMs };
  return {
    url,
    maxRetriesPerRequest: 2,
    connectTimeout: timeoutMs,
    commandTimeout: timeoutMs,
    retryStrategy: (times: number) => (times > 3 ? null : 250 * times),
  };
}

/** Redis did not answer in time (unreachable, or a listener that never replies). */
export class RedisTimeoutError extends Error {
  override name = 'RedisTimeoutError';
}

/**
 * Runs `work` against a deadline: a Redis that accepts connections and never answers must not hang a
 * command. On timeout `cleanup` runs (disconnect), and the error names the URL without its password.
 */
export async function withDeadline<T>(work: Promise<T>, timeoutMs: number, what: string, cleanup: () => void): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      cleanup();
      reject(new RedisTimeoutError(`${what}: no answer from Redis within ${timeoutMs} ms`));
    }, timeoutMs);
  });
  work.catch(() => undefined); // rejected after the deadline: already reported
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Closes a BullMQ queue without waiting longer than `timeoutMs` (a gone Redis must not hang the exit). */
export async function closeQuietly(queue: { close(): Promise<void>; disconnect(): Promise<void> }, timeoutMs: number): Promise<void> {
  await withDeadline(queue.close(), timeoutMs, 'close', () => void queue.disconnect().catch(() => undefined)).catch(() => undefined);
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
