/** Reading one page file, bounded so that a stray multi-gigabyte file cannot exhaust memory. */
import { constants } from 'node:fs';
import { type FileHandle, open, stat } from 'node:fs/promises';
import { messageOf, type ErrorRecord } from './types.js';

/** Well above any real page (extract() has its own, lower limit); only guards the reader's memory. */
export const MAX_PAGE_BYTES = 256 * 1024 * 1024;

/**
 * Cap on a WARC page's decoded (decompressed) body: extract()'s MAX_INPUT_BYTES, which refuses anything
 * larger anyway (a test holds the two equal; importing it here would load the extractor into the main thread).
 */
export const MAX_PAGE_DECODED_BYTES = 16 * 1024 * 1024;

/** Why `path` is not a regular file (FIFO, socket, device, directory), or null when it is one. */
export function notRegularReason(stats: {
  isFile(): boolean;
  isFIFO(): boolean;
  isSocket(): boolean;
  isCharacterDevice(): boolean;
  isBlockDevice(): boolean;
  isDirectory(): boolean;
}): string | null {
  if (stats.isFile()) return null;
  const what = stats.isFIFO()
    ? 'a FIFO'
    : stats.isSocket()
      ? 'a socket'
      : stats.isCharacterDevice() || stats.isBlockDevice()
        ? 'a device'
        : stats.isDirectory()
          ? 'a directory'
          : 'not a file';
  return `not a regular file (${what}): not read`;
}

export async function readPageFile(path: string): Promise<{ bytes: Uint8Array } | Pick<ErrorRecord, 'error'>> {
  let file: FileHandle | undefined;
  try {
    // Checked before opening: opening a FIFO waits for a writer, a device may never end.
    const refused = notRegularReason(await stat(path));
    if (refused) return { error: { kind: 'read', message: refused } };
    // Non-blocking open, then checked again: the path may have been swapped for a FIFO in between.
    file = await open(path, constants.O_RDONLY | constants.O_NONBLOCK);
    const stats = await file.stat();
    const swapped = notRegularReason(stats);
    if (swapped) return { error: { kind: 'read', message: swapped } };
    if (stats.size > MAX_PAGE_BYTES) return { error: { kind: 'too-large', message: `file of ${stats.size} bytes` } };
    return { bytes: await file.readFile() };
  } catch (err) {
    return { error: { kind: 'read', message: messageOf(err) } };
  } finally {
    await file?.close();
  }
}
