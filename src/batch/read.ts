/** Reading one page file, bounded so that a stray multi-gigabyte file cannot exhaust memory. */
import { open } from 'node:fs/promises';
import { messageOf, type ErrorRecord } from './types.js';

/** Well above any real page (extract() has its own, lower limit); only guards the reader's memory. */
export const MAX_PAGE_BYTES = 256 * 1024 * 1024;

export async function readPageFile(path: string): Promise<{ bytes: Uint8Array } | Pick<ErrorRecord, 'error'>> {
  let file;
  try {
    file = await open(path, 'r');
    const { size } = await file.stat();
    if (size > MAX_PAGE_BYTES) return { error: { kind: 'too-large', message: `file of ${size} bytes` } };
    return { bytes: await file.readFile() };
  } catch (err) {
    return { error: { kind: 'read', message: messageOf(err) } };
  } finally {
    await file?.close();
  }
}
