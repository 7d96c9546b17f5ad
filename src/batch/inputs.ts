/**
 * Turns the user's inputs (paths, directories, globs, WARC files, ready PageInputs) into a lazy stream of
 * pages. Nothing is listed or read ahead: directories are walked entry by entry, globs streamed, WARC
 * records parsed as they are pulled, so memory stays flat on millions of pages.
 */
import type { Dir, Dirent } from 'node:fs';
import { opendir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import fg from 'fast-glob';
import { identityOf } from './identity.js';
import { warcPages } from './warc.js';
import { messageOf, type ErrorKind, type ErrorRecord, type PageInput, type RecordIdentity } from './types.js';

/** A page to process, or an input that already failed (unreadable path, broken WARC). */
export type SourceItem = PageInput | { kind: 'failed'; record: ErrorRecord };

export interface SourceHooks {
  /** Leave a page out (resume); checked before its bytes are read. */
  skip?: (identity: RecordIdentity) => boolean;
  /** A WARC record that is not an HTML page. */
  onNotAPage: () => void;
  /** A page left out by `skip`. */
  onResumed: () => void;
  /** Walk directories in sorted path order (--ordered); each directory's entries are then listed before use. */
  sorted?: boolean;
}

/** Extensions picked up when walking a directory. Files named explicitly or by a glob are taken as they are. */
const PAGE_FILE = /\.(?:html?|shtml|xhtml|txt)$/i;
const WARC_FILE = /\.warc(?:\.gz)?$/i;

export function isWarcPath(path: string): boolean {
  return WARC_FILE.test(path);
}

export function failed(identity: RecordIdentity, kind: ErrorKind, message: string): SourceItem {
  return { kind: 'failed', record: { ...identity, error: { kind, message } } };
}

export async function* expandInputs(
  inputs: Iterable<string | PageInput> | AsyncIterable<string | PageInput>,
  hooks: SourceHooks,
): AsyncGenerator<SourceItem> {
  for await (const input of inputs) {
    if (typeof input === 'string') {
      yield* expandPath(input, hooks);
    } else if (hooks.skip?.(identityOf(input))) {
      hooks.onResumed();
    } else {
      // The caller's bytes are copied: the batch transfers (detaches) the buffers it sends to workers.
      yield input.kind === 'file' ? input : { ...input, bytes: new Uint8Array(input.bytes) };
    }
  }
}

async function* expandPath(path: string, hooks: SourceHooks): AsyncGenerator<SourceItem> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch (err) {
    if (fg.isDynamicPattern(path)) {
      for await (const match of fg.stream(path, { onlyFiles: true })) yield* fromFile(String(match), hooks);
      return;
    }
    yield failed({ file: path }, 'read', messageOf(err));
    return;
  }
  yield* isDirectory ? walk(path, hooks) : fromFile(path, hooks);
}

async function* fromFile(path: string, hooks: SourceHooks): AsyncGenerator<SourceItem> {
  if (isWarcPath(path)) {
    yield* warcPages(path, hooks);
  } else if (hooks.skip?.({ file: path })) {
    hooks.onResumed();
  } else {
    yield { kind: 'file', path };
  }
}

/** Depth-first walk that streams entries (no directory is listed into memory); symlinked directories are not followed. */
async function* walk(dir: string, hooks: SourceHooks): AsyncGenerator<SourceItem> {
  let entries;
  try {
    entries = await opendir(dir);
  } catch (err) {
    yield failed({ file: dir }, 'read', messageOf(err));
    return;
  }
  for await (const entry of hooks.sorted ? await sortedEntries(entries) : entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* walk(path, hooks);
    } else if ((PAGE_FILE.test(entry.name) || WARC_FILE.test(entry.name)) && (entry.isFile() || (await isSymlinkToFile(path)))) {
      yield* fromFile(path, hooks);
    }
  }
}

/** A directory's entries in the order of their paths (a subdirectory sorts as `name/`, as its files' paths do). */
async function sortedEntries(dir: Dir): Promise<Dirent[]> {
  const list: Dirent[] = [];
  for await (const entry of dir) list.push(entry);
  const key = (e: Dirent): string => (e.isDirectory() ? `${e.name}/` : e.name);
  return list.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

async function isSymlinkToFile(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/**
 * Counts the page files the paths expand to, for the progress bar's ETA. Null when the total cannot be
 * known without reading content (a WARC file is among them) or when `signal` aborts first.
 */
export async function countPageFiles(paths: string[], signal: AbortSignal): Promise<number | null> {
  let count = 0;
  for (const path of paths) {
    for await (const name of pageFileNames(path)) {
      if (name === null || signal.aborted) return null;
      count++;
    }
  }
  return count;
}

/** The page files a path expands to, without reading them; null for a WARC file. */
async function* pageFileNames(path: string): AsyncGenerator<string | null> {
  let isDirectory: boolean;
  try {
    isDirectory = (await stat(path)).isDirectory();
  } catch {
    if (!fg.isDynamicPattern(path)) return;
    for await (const match of fg.stream(path, { onlyFiles: true })) yield isWarcPath(String(match)) ? null : String(match);
    return;
  }
  if (!isDirectory) {
    yield isWarcPath(path) ? null : path;
    return;
  }
  const pending = [path];
  for (let dir = pending.pop(); dir !== undefined; dir = pending.pop()) {
    try {
      for await (const entry of await opendir(dir)) {
        if (entry.isDirectory()) pending.push(join(dir, entry.name));
        else if (WARC_FILE.test(entry.name)) yield null;
        else if (PAGE_FILE.test(entry.name)) yield entry.name;
      }
    } catch {
      // An unreadable directory is reported by the batch itself.
    }
  }
}
