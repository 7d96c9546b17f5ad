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
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') throw new Error(`Redis URL must start with redis:// or rediss://, got ${value}`);
  return value;
}

/**
 * Workers ride out Redis restarts (BullMQ requires maxRetriesPerRequest: null for blocking calls);
 * one-shot commands (push, status, retry) give up after a few seconds instead of hanging.
 */
export function connectionFor(url: string, role: 'worker' | 'client'): ConnectionOptions {
  if (role === 'worker') return { url, maxRetriesPerRequest: null };
  return {
    url,
    maxRetriesPerRequest: 2,
    connectTimeout: 5_000,
    retryStrategy: (times: number) => (times > 3 ? null : 250 * times),
  };
}
