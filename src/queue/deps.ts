/**
 * The queue's optional dependencies (bullmq, ioredis), loaded on first use: library users of `newsclean`
 * do not install the queue stack, and `newsclean queue …` without it stops with one line naming the
 * install command instead of a module-resolution stack trace.
 */
import type * as BullMQ from 'bullmq';
import type * as IORedis from 'ioredis';

/** The command that installs what the queue needs. */
export const QUEUE_INSTALL_COMMAND = 'npm install bullmq ioredis';

/** Thrown (at import time of any queue module) when bullmq or ioredis is not installed. */
export class QueueDependencyError extends Error {
  constructor(readonly missing: string) {
    super(`the queue needs ${missing}, which is not installed: run \`${QUEUE_INSTALL_COMMAND}\``);
    this.name = 'QueueDependencyError';
  }
}

/** `import(name)`, turning "not installed" into a QueueDependencyError. */
async function load<T>(name: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if ((code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') && String((err as Error).message).includes(`'${name}'`)) {
      throw new QueueDependencyError(name);
    }
    throw err;
  }
}

const bullmq = await load<typeof BullMQ>('bullmq');
const ioredis = await load<typeof IORedis>('ioredis');

export const Queue = bullmq.Queue;
// biome-ignore lint/suspicious/noExplicitAny: the same defaults as bullmq's own class
export type Queue<D = any, R = any> = BullMQ.Queue<D, R>;
export const Worker = bullmq.Worker;
export const UnrecoverableError = bullmq.UnrecoverableError;
// biome-ignore lint/suspicious/noExplicitAny: the same defaults as bullmq's own class
export type Worker<D = any, R = any> = BullMQ.Worker<D, R>;
export type { ConnectionOptions, Job } from 'bullmq';
export const Redis = ioredis.Redis;
export type Redis = IORedis.Redis;
