/**
 * Where records go: JSONL on a stream or file, one JSON file per page in a directory, or one page
 * rendered for reading (--format). Writes wait for the stream to drain, so a slow consumer slows the batch.
 */
import { createHash } from 'node:crypto';
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Writable } from 'node:stream';
import { formatArticle, type PageFormat } from './format.js';
import { identityKey } from './identity.js';
import { isErrorRecord, type BatchRecord, type OkRecord, type RecordIdentity } from './types.js';

const FILE_EXTENSION: Record<PageFormat, string> = { json: 'json', text: 'txt', markdown: 'md', html: 'html' };

export interface RecordSink {
  write(record: BatchRecord): Promise<void>;
  close(): Promise<void>;
}

/** Writes text with backpressure; a stream error (disk full…) is thrown by the next write. */
class StreamWriter {
  #error: Error | null = null;
  constructor(
    readonly stream: Writable,
    private readonly owned: boolean,
  ) {
    stream.on('error', (err: Error) => {
      this.#error = err;
    });
  }

  async write(text: string): Promise<void> {
    if (this.#error) throw this.#error;
    if (!this.stream.write(text)) await once(this.stream, 'drain');
  }

  async close(): Promise<void> {
    if (this.#error) throw this.#error;
    if (!this.owned) return;
    this.stream.end();
    await once(this.stream, 'finish');
  }
}

/** Opens a file for writing and waits until it is open, so that a bad path fails before any page is cleaned. */
export async function openOutputFile(path: string, append: boolean): Promise<WriteStream> {
  await mkdir(dirname(path), { recursive: true }); // `--out out/articles.jsonl` on a fresh checkout
  const stream = createWriteStream(path, { flags: append ? 'a' : 'w' });
  await once(stream, 'open');
  return stream;
}

/** One JSON object per line, identity first (resume reads it from the line's start). */
export class JsonlSink implements RecordSink {
  readonly #out: StreamWriter;
  constructor(stream: Writable, owned = false) {
    this.#out = new StreamWriter(stream, owned);
  }

  write(record: BatchRecord): Promise<void> {
    return this.#out.write(`${JSON.stringify(record)}\n`);
  }

  close(): Promise<void> {
    return this.#out.close();
  }
}

/**
 * One file per page, named by `outDirFileName`: pretty JSON, or the page rendered in `format` (a failed page
 * is then reported on `errors`). Written to a temporary name then renamed, so a killed run leaves no half file.
 */
export class OutDirSink implements RecordSink {
  #ready: Promise<unknown> | null = null;
  constructor(
    readonly dir: string,
    private readonly format: PageFormat = 'json',
    private readonly errors: Writable = process.stderr,
  ) {}

  async write(record: BatchRecord): Promise<void> {
    this.#ready ??= mkdir(this.dir, { recursive: true });
    await this.#ready;
    if (this.format !== 'json' && isErrorRecord(record)) {
      this.errors.write(`newsclean: ${record.file ?? record.warc ?? ''}: ${record.error.kind}: ${record.error.message}\n`);
      return;
    }
    const path = join(this.dir, outDirFileName(record, this.format));
    await writeFile(
      `${path}.partial`,
      this.format === 'json' ? `${JSON.stringify(record, null, 2)}\n` : formatArticle(record as OkRecord, this.format),
    );
    await rename(`${path}.partial`, path);
  }

  async close(): Promise<void> {}
}

/**
 * A safe, unique file name for a page: the input path (or WARC name and record offset) reduced to
 * [A-Za-z0-9._-], its last 100 characters, then a hash of the identity so that paths reduced alike differ.
 */
export function outDirFileName(identity: RecordIdentity, format: PageFormat = 'json'): string {
  const label =
    identity.warc !== undefined
      ? `${basename(identity.warc)}@${identity.record?.offset ?? 0}`
      : identity.file === '-'
        ? 'stdin'
        : (identity.file ?? '');
  const safe =
    label
      .replace(/[^A-Za-z0-9._-]+/g, '_')
      .replace(/^[._-]+/, '')
      .slice(-100) || 'page';
  const hash = createHash('sha1').update(identityKey(identity)).digest('hex').slice(0, 12);
  return `${safe}.${hash}.${FILE_EXTENSION[format]}`;
}

/** A single page rendered with --format; a failed page is reported on `errors` instead. */
export class PageFormatSink implements RecordSink {
  readonly #out: StreamWriter;
  constructor(
    stream: Writable,
    owned: boolean,
    private readonly format: PageFormat,
    private readonly errors: Writable,
  ) {
    this.#out = new StreamWriter(stream, owned);
  }

  async write(record: BatchRecord): Promise<void> {
    if (isErrorRecord(record)) {
      this.errors.write(`newsclean: ${record.file ?? record.warc ?? ''}: ${record.error.kind}: ${record.error.message}\n`);
      return;
    }
    await this.#out.write(formatArticle(record, this.format)); // the record: its `file` is kept
  }

  close(): Promise<void> {
    return this.#out.close();
  }
}
