/**
 * One JSONL file per unit, written atomically: records go to a hidden temp file in the same
 * directory, which is fsynced and renamed over `<unit-id>.jsonl`. Readers (and a retry of the same
 * unit on another worker) therefore see either no file or a complete one, never half of it.
 */
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

export function outputPath(outDir: string, unitId: string): string {
  return path.join(outDir, `${unitId}.jsonl`);
}

export async function outputExists(file: string): Promise<boolean> {
  return (await stat(file).catch(() => null))?.isFile() ?? false;
}

/** Buffered writer flushing every ~1 MB, so a big WARC unit does not sit in memory. */
export class AtomicJsonlWriter {
  private buf: string[] = [];
  private bufChars = 0;
  private done = false;

  private constructor(
    readonly target: string,
    readonly temp: string,
    private readonly fh: FileHandle,
  ) {}

  static async open(target: string): Promise<AtomicJsonlWriter> {
    // Dot-prefixed and `.tmp`-suffixed: never matched by `*.jsonl`; host+pid+random: unique across workers.
    const tag = `${hostname()}.${process.pid}.${randomBytes(4).toString('hex')}`; // parsed by removeStaleTemps
    const temp = path.join(path.dirname(target), `.${path.basename(target)}.${tag}.tmp`);
    return new AtomicJsonlWriter(target, temp, await open(temp, 'wx'));
  }

  async write(record: unknown): Promise<void> {
    const line = JSON.stringify(record) + '\n';
    this.buf.push(line);
    this.bufChars += line.length;
    if (this.bufChars >= 1 << 20) await this.flush();
  }

  /** Flush, fsync, rename into place, fsync the directory so the rename survives a crash. */
  async commit(): Promise<void> {
    await this.flush();
    await this.fh.sync();
    await this.fh.close();
    this.done = true;
    await rename(this.temp, this.target);
    const dir = await open(path.dirname(this.target), 'r');
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }

  /** Drop the temp file (the unit failed); the target is left untouched. */
  async abort(): Promise<void> {
    if (!this.done) await this.fh.close().catch(() => undefined);
    this.done = true;
    await unlink(this.temp).catch(() => undefined);
  }

  private async flush(): Promise<void> {
    if (this.buf.length === 0) return;
    const chunk = this.buf.join('');
    this.buf = [];
    this.bufChars = 0;
    await this.fh.write(chunk);
  }
}

/** Counts of an existing unit file, so a skipped unit still reports its pages to `status`. */
export async function summarizeOutput(file: string): Promise<{ pages: number; ok: number; errors: number }> {
  let pages = 0;
  let errors = 0;
  const lines = createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (!line.trim()) continue;
    pages++;
    const rec = JSON.parse(line) as { error?: unknown };
    if (rec.error !== undefined) errors++;
  }
  return { pages, ok: pages - errors, errors };
}

/**
 * Removes temp files that killed workers of this host left behind (their pid is gone). Temps of other
 * hosts cannot be judged from here and stay; they never match `*.jsonl`.
 */
export async function removeStaleTemps(outDir: string): Promise<number> {
  const host = hostname();
  let removed = 0;
  for (const name of await readdir(outDir)) {
    if (!name.startsWith('.') || !name.endsWith('.tmp')) continue;
    const m = /\.jsonl\.(.+)\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name);
    if (!m || m[1] !== host || isAlive(Number(m[2]))) continue;
    await unlink(path.join(outDir, name)).then(
      () => removed++,
      () => undefined,
    );
  }
  return removed;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}
