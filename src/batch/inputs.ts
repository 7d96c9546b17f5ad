/**
 * Turns the user's inputs (paths, directories, globs, WARC files, ready PageInputs) into a lazy stream of
 * pages. Nothing is listed or read ahead: directories are walked entry by entry, globs streamed, WARC
 * records parsed as they are pulled, so memory stays flat on millions of pages.
 */
import type { BigIntStats, Dir, Dirent } from 'node:fs';
import { opendir, readlink, stat } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type FastGlob from 'fast-glob';
import { identityOf } from './identity.js';
import { notRegularReason } from './read.js';
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
  /** A file left out because another input already named it. */
  onDuplicate?: () => void;
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
  const seen = new SeenFiles();
  for await (const input of inputs) {
    if (typeof input === 'string') {
      for await (const item of expandPath(input, hooks, seen)) {
        // Error records are records too: a resumed run does not write them again.
        if (item.kind === 'failed' && hooks.skip?.(item.record)) hooks.onResumed();
        else yield item;
      }
    } else if (hooks.skip?.(identityOf(input))) {
      hooks.onResumed();
    } else if (input.kind === 'file') {
      yield* fromFile(input.path, hooks, seen, input);
    } else {
      // The caller's bytes are copied: the batch transfers (detaches) the buffers it sends to workers.
      yield { ...input, bytes: new Uint8Array(input.bytes) };
    }
  }
}

/**
 * The files a run has taken, by device and inode: a file named by several inputs (`dir`, `./dir`,
 * `dir/a.html`, a symlink, a hard link) is cleaned once, under the first name it was met by.
 */
class SeenFiles {
  readonly #keys = new Set<bigint>();
  /** True the first time a file is met. */
  add(stats: BigIntStats): boolean {
    const key = (stats.dev << 64n) | stats.ino;
    if (this.#keys.has(key)) return false;
    this.#keys.add(key);
    return true;
  }
}

async function* expandPath(path: string, hooks: SourceHooks, seen: SeenFiles): AsyncGenerator<SourceItem> {
  let stats: BigIntStats;
  try {
    stats = await stat(path, { bigint: true });
  } catch (err) {
    const fg = await loadFastGlob();
    if (fg.isDynamicPattern(path)) {
      for await (const match of fg.stream(path, { onlyFiles: true })) yield* fromFile(String(match), hooks, seen);
      return;
    }
    yield failed({ file: path }, 'read', brokenPathMessage(err));
    return;
  }
  yield* stats.isDirectory() ? walk(path, hooks, seen) : fromFile(path, hooks, seen, undefined, stats);
}

/**
 * One file: refused unless it is a regular file (a FIFO would block the run, a device never end), left
 * out when already taken under another name, else a WARC's records or a page.
 */
async function* fromFile(
  path: string,
  hooks: SourceHooks,
  seen: SeenFiles,
  input?: PageInput,
  known?: BigIntStats,
): AsyncGenerator<SourceItem> {
  let stats = known;
  if (!stats) {
    try {
      stats = await stat(path, { bigint: true });
    } catch (err) {
      yield failed({ file: path }, 'read', brokenPathMessage(err));
      return;
    }
  }
  const refused = notRegularReason(stats);
  if (refused) {
    yield failed({ file: path }, 'read', refused);
    return;
  }
  if (!seen.add(stats)) {
    hooks.onDuplicate?.();
  } else if (!input && isWarcPath(path)) {
    yield* warcPages(path, hooks);
  } else if (hooks.skip?.({ file: path })) {
    hooks.onResumed();
  } else {
    yield input ?? { kind: 'file', path };
  }
}

/**
 * Depth-first walk that streams entries (no directory is listed into memory). Symlinked directories are
 * not followed (so a link back up cannot loop); a symlink named like a page whose target is missing or
 * loops, and a FIFO, socket or device named like a page, give an error record without being opened.
 */
async function* walk(dir: string, hooks: SourceHooks, seen: SeenFiles): AsyncGenerator<SourceItem> {
  let entries: Awaited<ReturnType<typeof opendir>>;
  try {
    entries = await opendir(dir);
  } catch (err) {
    yield failed({ file: dir }, 'read', messageOf(err));
    return;
  }
  for await (const entry of hooks.sorted ? await sortedEntries(entries) : entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      yield* walk(path, hooks, seen);
      continue;
    }
    const named = PAGE_FILE.test(entry.name) || WARC_FILE.test(entry.name);
    if (entry.isSymbolicLink()) {
      let stats: BigIntStats;
      try {
        stats = await stat(path, { bigint: true });
      } catch (err) {
        if (named || (await linkNamesAPage(path))) yield failed({ file: path }, 'read', brokenPathMessage(err));
        continue;
      }
      if (named && !stats.isDirectory()) yield* fromFile(path, hooks, seen, undefined, stats);
    } else if (named) {
      yield* fromFile(path, hooks, seen);
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

/** A broken symlink whose target is named like a page (`latest -> story.html`) is reported too. */
async function linkNamesAPage(path: string): Promise<boolean> {
  try {
    const target = basename(await readlink(path));
    return PAGE_FILE.test(target) || WARC_FILE.test(target);
  } catch {
    return false;
  }
}

function brokenPathMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ELOOP') return `symbolic link loop: ${messageOf(err)}`;
  return messageOf(err);
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
    const fg = await loadFastGlob();
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

/** fast-glob, loaded for the first path that is no file: `import { extract } from 'newsclean'` never loads it. */
async function loadFastGlob(): Promise<typeof FastGlob> {
  return (await import('fast-glob')).default;
}
