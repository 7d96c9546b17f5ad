/**
 * Contract of the batch engine (shared by the CLI, the library's extractMany and the queue workers).
 */
import type { Article, ExtractOptions } from '../types.js';
import type { ExtractErrorKind } from '../errors.js';

/** One page to clean: a file on disk, raw bytes from stdin, or a WARC record. */
export type PageInput =
  | {
      kind: 'file';
      path: string;
      url?: string;
      /** When the page was saved (a manifest's capture time: ExtractOptions.capturedAt). */
      capturedAt?: string;
    }
  | { kind: 'bytes'; id: string; bytes: Uint8Array; url?: string; contentType?: string }
  | {
      kind: 'warc-record';
      warc: string;
      offset: number;
      recordId: string;
      url: string;
      contentType?: string;
      /** The record's WARC-Date: when the page was saved (ExtractOptions.capturedAt). */
      capturedAt?: string;
      bytes: Uint8Array;
    };

/** Where a record came from: `file`, or `warc` + `record`. */
export interface RecordIdentity {
  file?: string;
  warc?: string;
  record?: { offset: number; id: string };
}

/**
 * Why a page produced no article: extract()'s own kinds, plus the batch layer's:
 * `read` (file or WARC unreadable), `timeout` (over the per-page limit), `memory` (worker out of heap),
 * `worker` (worker crashed otherwise).
 */
export type ErrorKind = ExtractErrorKind | 'read' | 'timeout' | 'memory' | 'worker';

export interface ErrorRecord extends RecordIdentity {
  error: { kind: ErrorKind; message: string };
}

export type OkRecord = RecordIdentity & Article;

export type BatchRecord = OkRecord | ErrorRecord;

export interface BatchOptions extends Omit<ExtractOptions, 'url' | 'contentType'> {
  /** Worker threads; default: all cores. 0 = run in this thread (no time or memory guard). */
  jobs?: number;
  /** Per-page time limit in ms (default 10000). */
  timeoutMs?: number;
  /** Per-worker heap limit in MB before the worker is replaced (default 1024). */
  maxWorkerMemoryMb?: number;
  /** Keep the input order in the output. */
  ordered?: boolean;
  /** Pages to leave out (e.g. already written by an earlier run); checked before a page is read. */
  skip?: (identity: RecordIdentity) => boolean;
}

/** Counters of one batch run (the CLI's `--stats` file). */
export interface BatchStats {
  /** Pages that produced a record (ok + errors). */
  pages: number;
  ok: number;
  errors: Partial<Record<ErrorKind, number>>;
  /** Ok pages with `spam.detected`. */
  spamPages: number;
  /** WARC records that are not HTML pages (requests, images, revisits, non-2xx responses…). */
  skipped: number;
  /** Pages left out by `skip` (already in the output of an earlier run). */
  resumed: number;
  /** Files left out because an earlier input named the same file (`dir` and `dir/a.html`, a symlink…). */
  duplicates: number;
  /** Input bytes of the pages processed. */
  bytes: number;
  seconds: number;
  pagesPerSecond: number;
  /** Largest committed V8 heap a worker reported after a page (MB); null in-process. */
  workerHeapPeakMb: number | null;
}

/** True for the record of a page that produced no article (it has `error` instead of the Article's fields). */
export function isErrorRecord(record: BatchRecord): record is ErrorRecord {
  return 'error' in record;
}

/** The message of anything thrown. */
export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
