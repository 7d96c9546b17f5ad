/**
 * Contract of the batch engine (shared by the CLI, the library's extractMany and the queue workers).
 */
import type { Article, ExtractOptions } from '../types.js';

/** One page to clean: a file on disk, raw bytes from stdin, or a WARC record. */
export type PageInput =
  | { kind: 'file'; path: string }
  | { kind: 'bytes'; id: string; bytes: Uint8Array; url?: string; contentType?: string }
  | { kind: 'warc-record'; warc: string; offset: number; recordId: string; url: string; contentType?: string; bytes: Uint8Array };

/** Where a record came from: `file`, or `warc` + `record`. */
export interface RecordIdentity {
  file?: string;
  warc?: string;
  record?: { offset: number; id: string };
}

export type ErrorKind = 'read' | 'decode' | 'parse' | 'extract' | 'timeout' | 'memory' | 'empty' | 'too-large' | 'worker';

export interface ErrorRecord extends RecordIdentity {
  error: { kind: ErrorKind; message: string };
}

export type OkRecord = RecordIdentity & Article;

export type BatchRecord = OkRecord | ErrorRecord;

export interface BatchOptions extends Omit<ExtractOptions, 'url' | 'contentType'> {
  /** Worker threads; default: all cores. 0 = run in this thread. */
  jobs?: number;
  /** Per-page time limit in ms. */
  timeoutMs?: number;
  /** Per-worker heap limit in MB before the worker is replaced. */
  maxWorkerMemoryMb?: number;
  /** Keep the input order in the output. */
  ordered?: boolean;
}
