/**
 * Pull-style reading over a stream of byte chunks (a file region, or one decompressed gzip member): lines,
 * exact sizes and skips, each bounded, each returning short at the end of the stream instead of waiting.
 * Counts what it consumed, so callers know byte offsets.
 */
const EMPTY = Buffer.alloc(0);
const CR = 0x0d;
const LF = 0x0a;

export class PullReader {
  readonly #source: AsyncIterator<Uint8Array>;
  #buffer: Buffer = EMPTY;
  #ended = false;
  /** Bytes handed out or skipped so far. */
  consumed = 0;

  constructor(source: AsyncIterable<Uint8Array>) {
    this.#source = source[Symbol.asyncIterator]();
  }

  /** Loads one more chunk; false at the end of the stream. */
  async #fill(): Promise<boolean> {
    if (this.#ended) return false;
    const next = await this.#source.next();
    if (next.done) {
      this.#ended = true;
      return false;
    }
    const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
    this.#buffer = this.#buffer.length === 0 ? chunk : Buffer.concat([this.#buffer, chunk]);
    return true;
  }

  #take(n: number): Buffer {
    const out = this.#buffer.subarray(0, n);
    this.#buffer = this.#buffer.subarray(n);
    this.consumed += n;
    return out;
  }

  /** The next byte without consuming it; -1 at the end. */
  async peek(): Promise<number> {
    while (this.#buffer.length === 0) if (!(await this.#fill())) return -1;
    return this.#buffer[0] ?? -1;
  }

  /** Consumes CR and LF bytes (at most `max`); returns them. */
  async skipNewlines(max = Infinity): Promise<string> {
    let skipped = '';
    for (let byte = await this.peek(); skipped.length < max && (byte === CR || byte === LF); byte = await this.peek()) {
      this.#take(1);
      skipped += byte === CR ? '\r' : '\n';
    }
    return skipped;
  }

  /**
   * One line with its LF; at most `max` bytes (a longer line comes back cut, without LF). Null at the end of
   * the stream; the stream's last bytes without LF come back as they are.
   */
  async readLine(max: number): Promise<Buffer | null> {
    let searched = 0;
    for (;;) {
      const newline = this.#buffer.indexOf(LF, searched);
      if (newline !== -1 && newline < max) return Buffer.from(this.#take(newline + 1));
      if (this.#buffer.length >= max) return Buffer.from(this.#take(max));
      searched = this.#buffer.length;
      if (!(await this.#fill())) return this.#buffer.length > 0 ? Buffer.from(this.#take(this.#buffer.length)) : null;
    }
  }

  /** Up to `n` bytes (fewer only at the end of the stream). */
  async read(n: number): Promise<Buffer> {
    const parts: Buffer[] = [];
    let got = 0;
    while (got < n) {
      if (this.#buffer.length === 0 && !(await this.#fill())) break;
      const part = this.#take(Math.min(n - got, this.#buffer.length));
      parts.push(part);
      got += part.length;
    }
    return parts.length === 1 ? Buffer.from(parts[0] as Buffer) : Buffer.concat(parts, got);
  }

  /** Skips up to `n` bytes without keeping them; returns how many (fewer only at the end of the stream). */
  async skip(n: number): Promise<number> {
    let skipped = 0;
    while (skipped < n) {
      if (this.#buffer.length === 0 && !(await this.#fill())) break;
      skipped += this.#take(Math.min(n - skipped, this.#buffer.length)).length;
    }
    return skipped;
  }

  /** Stops the source (a generator's finally blocks run). */
  async close(): Promise<void> {
    this.#ended = true;
    this.#buffer = EMPTY;
    await this.#source.return?.();
  }
}
