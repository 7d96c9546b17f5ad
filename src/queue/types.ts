/**
 * Shapes shared by the queue's producer (push), workers (work) and monitor (status).
 * A unit is one BullMQ job: one WARC file or a shard of page files, named by path.
 */
import type { BatchOptions, BatchRecord, PageInput } from '../batch/types.js';

export type UnitKind = 'pages' | 'warc';

/** Job data. `v` lets a later format coexist with units already in Redis. */
export interface UnitData {
  v: 1;
  kind: UnitKind;
  /** Refs the InputReader understands (absolute paths for the filesystem reader), sorted. */
  inputs: string[];
}

/** Job return value, also kept per unit in the results hash that `status` sums (see results.ts). */
export interface UnitResult {
  pages: number;
  ok: number;
  errors: number;
  seconds: number;
  /** The output file existed already, so the unit was not redone. */
  skipped?: boolean;
  /** host:pid of the worker that finished it. */
  worker?: string;
}

export interface PlannedUnit {
  id: string;
  data: UnitData;
}

/** The batch engine's entry point (src/batch/index.ts), injectable for tests. */
export type ExtractManyFn = (
  inputs: Iterable<string | PageInput> | AsyncIterable<string | PageInput>,
  options?: BatchOptions,
) => AsyncIterable<BatchRecord>;

export const DEFAULT_QUEUE = 'newsclean';
export const JOB_NAME = 'unit';
export const DEFAULTS = {
  shardSize: 200,
  attempts: 3,
  backoffMs: 5_000,
  concurrency: 1,
  lockMs: 30_000,
  maxStalled: 2,
  idlePollMs: 1_000,
  /** A worker gives up (exit 1) once Redis has not answered its health check for this long. */
  redisGiveUpMs: 60_000,
  /** After the first SIGINT/SIGTERM, how long active units may take to finish before the worker stops anyway. */
  stopTimeoutMs: 30_000,
  healthPollMs: 2_000,
} as const;
