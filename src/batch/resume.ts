/** Resuming an interrupted JSONL run: what the output file already holds, after repairing its end. */
import { createReadStream } from 'node:fs';
import { type FileHandle, open } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { identityKeyOfLine } from './identity.js';

const TAIL_CHUNK = 64 * 1024;

/**
 * Cuts a half-written last line off `path` (a run killed mid-write) and returns the identity keys of the
 * records it holds. A missing file holds none.
 */
export async function loadWrittenIdentities(path: string): Promise<Set<string>> {
  const written = new Set<string>();
  if (!(await truncateToLastLine(path))) return written;
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Infinity });
  for await (const line of lines) {
    const key = identityKeyOfLine(line);
    if (key !== null) written.add(key);
  }
  return written;
}

/** Truncates the file after its last newline; false when the file does not exist. */
export async function truncateToLastLine(path: string): Promise<boolean> {
  let file: FileHandle;
  try {
    file = await open(path, 'r+');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw err;
  }
  try {
    const { size } = await file.stat();
    const chunk = Buffer.alloc(TAIL_CHUNK);
    // Scan backwards for the last '\n'; everything after it is an unfinished line.
    for (let end = size; end > 0; end -= TAIL_CHUNK) {
      const start = Math.max(0, end - TAIL_CHUNK);
      const { bytesRead } = await file.read(chunk, 0, end - start, start);
      const newline = chunk.subarray(0, bytesRead).lastIndexOf(0x0a);
      if (newline !== -1) {
        if (start + newline + 1 < size) await file.truncate(start + newline + 1);
        return true;
      }
    }
    if (size > 0) await file.truncate(0);
    return true;
  } finally {
    await file.close();
  }
}
