/**
 * One page → one outcome. Runs in a piscina worker (default export) or in the calling thread (`cleanPage`,
 * for `jobs: 0`). Never throws for a bad page: extract()'s errors become `{ error: { kind, message } }`.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { getHeapStatistics } from 'node:v8';
import { extract } from '../extract.js';
import { ExtractError } from '../errors.js';
import { messageOf, type ErrorRecord } from './types.js';
import type { Article, ExtractOptions } from '../types.js';

/** What a page is besides its bytes. */
export interface PageMeta {
  url?: string;
  contentType?: string;
  /** When the page was saved (a WARC record's WARC-Date, a manifest's time); outranks the batch's own `capturedAt`. */
  capturedAt?: string;
}

export type PageOutcome = { article: Article } | Pick<ErrorRecord, 'error'>;

/** A task as posted to a worker: the bytes travel as a transferred ArrayBuffer. */
export interface PageTask extends PageMeta {
  taskId: number;
  bytes: ArrayBuffer;
}

export interface PageReply {
  outcome: PageOutcome;
  /** The worker's committed V8 heap after the page, for the memory figures of stats and the benchmark. */
  heapBytes: number;
}

/** Posted on parentPort when a task starts, so that the page's time limit excludes its wait in the queue. */
export interface TaskStarted {
  newscleanTaskStarted: number;
}

/** The pool's workerData: extract options shared by every page (sent once, not per task). */
export interface WorkerSettings {
  extractOptions: ExtractOptions;
}

export function cleanPage(bytes: Uint8Array, meta: PageMeta, options: ExtractOptions): PageOutcome {
  try {
    return { article: extract(bytes, { ...options, ...meta }) };
  } catch (err) {
    // RangeError (stack overflow on absurd nesting) and other bugs land here too: the batch goes on.
    const kind = err instanceof ExtractError ? err.kind : 'extract';
    return { error: { kind, message: messageOf(err) } };
  }
}

const settings = workerData as WorkerSettings | null;

export default function runPageTask(task: PageTask): PageReply {
  parentPort?.postMessage({ newscleanTaskStarted: task.taskId } satisfies TaskStarted);
  const meta: PageMeta = {};
  if (task.url) meta.url = task.url;
  if (task.contentType) meta.contentType = task.contentType;
  if (task.capturedAt) meta.capturedAt = task.capturedAt;
  const outcome = cleanPage(new Uint8Array(task.bytes), meta, settings?.extractOptions ?? {});
  return { outcome, heapBytes: getHeapStatistics().total_heap_size };
}
