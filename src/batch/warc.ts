/**
 * HTML pages out of a WARC / WARC.gz file, streamed record by record. Only `response` records with a 2xx
 * status and an HTML body become pages; the rest is counted as not a page.
 *
 * Reading always ends and loses nothing silently: every byte range that cannot be read as records (a
 * corrupt or truncated gzip member, a header that is not a WARC header, a Content-Length that does not fit
 * the data, a record cut by the end of the file) becomes one `read` error record at the offset where the
 * damage starts, and reading resumes at the next gzip member (WARC.gz) or `WARC/1.` header line (WARC).
 * The format is read here rather than with warcio, whose reader spins forever at a truncated skipped
 * record and stops for good at the first damaged gzip member.
 */
import { open, type FileHandle } from 'node:fs/promises';
import { Readable } from 'node:stream';
import zlib from 'node:zlib';
import { BodyTooLargeError, decodeHttpBody, parseHttpHead } from './http-body.js';
import { failed, type SourceHooks, type SourceItem } from './inputs.js';
import { PullReader } from './pull-reader.js';
import { MAX_PAGE_BYTES, MAX_PAGE_DECODED_BYTES } from './read.js';
import { messageOf, type RecordIdentity } from './types.js';

const CHUNK = 64 * 1024;
/** A WARC header line or block longer than this is not a header. */
const MAX_HEADER_LINE = 64 * 1024;
const MAX_HEADER_BLOCK = 1024 * 1024;
/** Bytes of a response block read to find its HTTP head. */
const MAX_HTTP_HEAD = 64 * 1024;
/** CR/LF bytes accepted between records (the format has exactly two CRLF). */
const MAX_RECORD_GAP = 16;
const W = 0x57;

/** A record could not be read: reading goes on after the damage. */
class Damage {
  constructor(
    readonly reason: string,
    readonly resyncFrom?: number,
  ) {}
}

interface RecordContext {
  path: string;
  hooks: SourceHooks;
  /** Offset reported for the record (its first byte, or its gzip member's). */
  offset: number;
  /** File offset of the reader's byte 0 (plain files), to tell where to resync. */
  base: number;
}

export async function* warcPages(path: string, hooks: SourceHooks): AsyncGenerator<SourceItem> {
  let file: FileHandle;
  try {
    file = await open(path, 'r');
  } catch (err) {
    yield failed({ warc: path, record: { offset: 0, id: '' } }, 'read', messageOf(err));
    return;
  }
  try {
    const { size } = await file.stat();
    const magic = await readAt(file, 0, 2);
    yield* magic[0] === 0x1f && magic[1] === 0x8b ? gzipRecords(file, size, path, hooks) : plainRecords(file, size, path, hooks);
  } catch (err) {
    // An OS-level failure (EIO…): the message keeps its code, so a queue unit is retried rather than kept short.
    yield failed({ warc: path, record: { offset: 0, id: '' } }, 'read', messageOf(err));
  } finally {
    await file.close();
  }
}

/** One error record per damaged region, emitted when reading is back on track or the file ends. */
class DamageLog {
  #start: number | null = null;
  #reason = '';
  constructor(private readonly path: string) {}

  note(offset: number, reason: string): void {
    if (this.#start === null) {
      this.#start = offset;
      this.#reason = reason;
    }
  }

  /** The pending region's error record, ending at `end` (null: the file's end). */
  flush(end: number | null): SourceItem | null {
    if (this.#start === null) return null;
    const start = this.#start;
    this.#start = null;
    const after = end === null ? 'nothing readable after it' : `reading resumed at byte ${end}`;
    return failed(
      { warc: this.path, record: { offset: start, id: '' } },
      'read',
      `damaged WARC data from byte ${start}: ${this.#reason}; ${after}`,
    );
  }
}

async function* plainRecords(file: FileHandle, size: number, path: string, hooks: SourceHooks): AsyncGenerator<SourceItem> {
  const damage = new DamageLog(path);
  let base = 0;
  while (base < size) {
    const reader = new PullReader(fileChunks(file, base, size));
    let resyncFrom: number | null = null;
    try {
      for (;;) {
        await reader.skipNewlines();
        if ((await reader.peek()) === -1) break;
        const offset = base + reader.consumed;
        const outcome = await readRecord(reader, { path, hooks, offset, base });
        if (outcome instanceof Damage) {
          damage.note(offset, outcome.reason);
          resyncFrom = outcome.resyncFrom ?? offset + 1;
          break;
        }
        const pending = damage.flush(offset);
        if (pending) yield pending;
        if (outcome) yield outcome;
      }
    } finally {
      await reader.close();
    }
    if (resyncFrom === null) break;
    // The damage stays pending: it merges with any damage right after, and ends at the next good record.
    const next = await findPlainRecord(file, resyncFrom, size);
    if (next === -1) break;
    base = next;
  }
  const pending = damage.flush(null);
  if (pending) yield pending;
}

async function* gzipRecords(file: FileHandle, size: number, path: string, hooks: SourceHooks): AsyncGenerator<SourceItem> {
  const damage = new DamageLog(path);
  let pos = 0;
  while (pos < size) {
    const member = await openMember(file, pos, size);
    let damaged: string | null = member instanceof Damage ? member.reason : null;
    let end: number | null = null;
    if (!(member instanceof Damage)) {
      const reader = new PullReader(member.decoded);
      try {
        for (;;) {
          await reader.skipNewlines();
          if ((await reader.peek()) === -1) break;
          const outcome = await readRecord(reader, { path, hooks, offset: pos, base: pos });
          if (outcome instanceof Damage) {
            damaged = outcome.reason;
            // Skip the rest of the member: its framing is intact, the next member starts after it.
            while ((await reader.skip(CHUNK)) > 0);
            break;
          }
          const pending = damage.flush(pos);
          if (pending) yield pending;
          if (outcome) yield outcome;
        }
        end = member.end();
      } catch (err) {
        if (!isZlibError(err)) throw err;
        damaged = `gzip member ${zlibReason(err)}`;
      } finally {
        await reader.close();
      }
    }
    if (damaged !== null) damage.note(pos, damaged);
    const next = end !== null && end > pos ? end : await findGzipMember(file, pos + 1, size);
    if (next === -1 || next >= size) break;
    pos = next;
  }
  const pending = damage.flush(null);
  if (pending) yield pending;
}

/**
 * Reads one record from `reader` (positioned at its header line): the page, an error record for this page
 * (too large, undecodable), nothing (not a page, or resumed), or Damage.
 */
async function readRecord(reader: PullReader, ctx: RecordContext): Promise<SourceItem | null | Damage> {
  const first = await reader.readLine(MAX_HEADER_LINE);
  if (!first?.toString('latin1').startsWith('WARC/')) return new Damage('not a WARC record header');
  const headers = new Map<string, string>();
  let headerBytes = first.length;
  for (;;) {
    const line = await reader.readLine(MAX_HEADER_LINE);
    if (line === null || !line.includes(0x0a)) return new Damage('record header cut short');
    headerBytes += line.length;
    if (headerBytes > MAX_HEADER_BLOCK) return new Damage('record header too long');
    const text = line.toString('utf8').replace(/\r?\n$/, '');
    if (text === '') break;
    const colon = text.indexOf(':');
    if (colon > 0) headers.set(text.slice(0, colon).trim().toLowerCase(), text.slice(colon + 1).trim());
  }
  const headerEnd = ctx.base + reader.consumed;
  const lengthText = headers.get('content-length') ?? '';
  if (!/^\d{1,15}$/.test(lengthText)) return new Damage(`invalid Content-Length ${JSON.stringify(lengthText.slice(0, 40))}`, headerEnd);
  const contentLength = Number(lengthText);
  const type = headers.get('warc-type');
  if (!type) return new Damage('record without WARC-Type', headerEnd);

  const identity: RecordIdentity = { warc: ctx.path, record: { offset: ctx.offset, id: headers.get('warc-record-id') ?? '' } };
  const isHttp = type === 'response' && /^application\/http\b/i.test(headers.get('content-type') ?? 'application/http');
  const head = isHttp ? await reader.read(Math.min(contentLength, MAX_HTTP_HEAD)) : Buffer.alloc(0);
  if (head.length < Math.min(contentLength, isHttp ? MAX_HTTP_HEAD : 0)) return truncated(head.length, contentLength, headerEnd);
  const http = isHttp ? parseHttpHead(head) : null;
  const contentType = http?.headers.get('content-type');
  const verdict = http && http.status >= 200 && http.status < 300 ? htmlVerdict(contentType) : 'other';

  let outcome: SourceItem | null = null;
  let onClean: (() => void) | null = null;
  const rest = contentLength - head.length;
  if (verdict === 'other' || !http) {
    onClean = ctx.hooks.onNotAPage;
  } else if (ctx.hooks.skip?.(identity)) {
    onClean = ctx.hooks.onResumed;
  } else if (contentLength > MAX_PAGE_BYTES) {
    outcome = failed(identity, 'too-large', `record of ${contentLength} bytes`);
  }
  if (onClean !== null || outcome !== null) {
    const skipped = await reader.skip(rest);
    if (skipped < rest) return truncated(head.length + skipped, contentLength, headerEnd);
  } else if (http) {
    const body = await reader.read(rest);
    if (body.length < rest) return truncated(head.length + body.length, contentLength, headerEnd);
    outcome = pageOf(
      Buffer.concat([head.subarray(http.length), body]),
      http.headers,
      verdict === 'sniff',
      identity,
      headers.get('warc-target-uri') ?? '',
      contentType,
      validInstant(headers.get('warc-date')),
    );
    if (outcome === null) onClean = ctx.hooks.onNotAPage;
  }
  // The block must end with the record's CRLF CRLF, or be followed by another record or the end:
  // otherwise the Content-Length did not match the data and this record is not trustworthy. (Damage
  // after a proper CRLF CRLF belongs to the next record.)
  const gap = await reader.skipNewlines(MAX_RECORD_GAP);
  const next = await reader.peek();
  if (gap !== '\r\n\r\n' && next !== -1 && next !== W)
    return new Damage('Content-Length does not match the record (no record follows it)', headerEnd);
  onClean?.();
  return outcome;
}

/** A WARC-Date that names an instant; a damaged one dates nothing rather than failing the page. */
function validInstant(value: string | undefined): string | undefined {
  return value !== undefined && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

function truncated(got: number, contentLength: number, headerEnd: number): Damage {
  return new Damage(`record cut short: ${got} of ${contentLength} content bytes`, headerEnd);
}

/** The page item, an error record when its body cannot be decoded, or null when sniffing says it is not HTML. */
function pageOf(
  body: Buffer,
  httpHeaders: Map<string, string>,
  sniff: boolean,
  identity: RecordIdentity,
  url: string,
  contentType: string | undefined,
  capturedAt: string | undefined,
): SourceItem | null {
  let bytes: Buffer;
  try {
    bytes = decodeHttpBody(body, httpHeaders, MAX_PAGE_DECODED_BYTES);
  } catch (err) {
    return failed(identity, err instanceof BodyTooLargeError ? 'too-large' : 'read', messageOf(err));
  }
  if (sniff && !looksLikeHtml(bytes)) return null;
  return {
    kind: 'warc-record',
    warc: identity.warc ?? '',
    offset: identity.record?.offset ?? 0,
    recordId: identity.record?.id ?? '',
    url: url.replace(/^<(.*)>$/, '$1'),
    ...(contentType === undefined ? {} : { contentType }),
    ...(capturedAt === undefined ? {} : { capturedAt }),
    bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength),
  };
}

// ---------------------------------------------------------------------------------------------
// Bytes of the file, gzip members, and finding the next record after damage.

async function readAt(file: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await file.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}

async function* fileChunks(file: FileHandle, from: number, size: number): AsyncGenerator<Buffer> {
  for (let pos = from; pos < size; ) {
    const chunk = await readAt(file, pos, Math.min(CHUNK, size - pos));
    if (chunk.length === 0) return;
    pos += chunk.length;
    yield chunk;
  }
}

interface Member {
  decoded: AsyncIterable<Uint8Array>;
  /** The member's end in the file, once `decoded` is done. */
  end(): number;
}

/** The gzip member at `pos`: its header parsed here, its deflate data inflated as a stream. */
async function openMember(file: FileHandle, pos: number, size: number): Promise<Member | Damage> {
  const header = await readAt(file, pos, Math.min(CHUNK, size - pos));
  const headerLength = gzipHeaderLength(header);
  if (headerLength === null) return new Damage('not a gzip member');
  const inflate = zlib.createInflateRaw();
  const source = Readable.from(fileChunks(file, pos + headerLength, size), { objectMode: false });
  source.on('error', (err) => inflate.destroy(err));
  source.pipe(inflate);
  return {
    decoded: (async function* () {
      try {
        yield* inflate as AsyncIterable<Buffer>;
      } finally {
        source.unpipe(inflate);
        source.destroy();
        inflate.destroy();
      }
    })(),
    // Deflate data, then the 8-byte CRC32 + size trailer.
    end: () => Math.min(size, pos + headerLength + inflate.bytesWritten + 8),
  };
}

/** Length of the gzip member header at the start of `bytes` (RFC 1952), or null when there is none. */
function gzipHeaderLength(bytes: Buffer): number | null {
  if (bytes.length < 10 || bytes[0] !== 0x1f || bytes[1] !== 0x8b || bytes[2] !== 8) return null;
  const flags = bytes[3] ?? 0;
  let pos = 10;
  if (flags & 4) pos += 2 + (bytes.readUInt16LE(pos) || 0); // FEXTRA
  for (const flag of [8, 16]) {
    // FNAME, FCOMMENT: zero-terminated
    if (flags & flag) {
      const zero = bytes.indexOf(0, pos);
      if (zero === -1) return null;
      pos = zero + 1;
    }
  }
  if (flags & 2) pos += 2; // FHCRC
  return pos <= bytes.length ? pos : null;
}

/** The next gzip member at or after `from` whose data starts with a WARC header; -1 when none. */
async function findGzipMember(file: FileHandle, from: number, size: number): Promise<number> {
  const magic = Buffer.from([0x1f, 0x8b, 0x08]);
  for (let pos = await find(file, magic, from, size); pos !== -1; pos = await find(file, magic, pos + 1, size)) {
    if (await startsWithWarcHeader(file, pos, size)) return pos;
  }
  return -1;
}

async function startsWithWarcHeader(file: FileHandle, pos: number, size: number): Promise<boolean> {
  const head = await readAt(file, pos, Math.min(4096, size - pos));
  const headerLength = gzipHeaderLength(head);
  if (headerLength === null) return false;
  try {
    const out = zlib.inflateRawSync(head.subarray(headerLength), { finishFlush: zlib.constants.Z_SYNC_FLUSH, maxOutputLength: 64 * 1024 });
    return out.subarray(0, 7).toString('latin1') === 'WARC/1.';
  } catch (err) {
    // The probe reads a slice only: output beyond the limit still means the member starts well.
    if ((err as NodeJS.ErrnoException).code !== 'ERR_BUFFER_TOO_LARGE') return false;
    return true;
  }
}

/** The next `WARC/1.` at the start of a line, at or after `from`; -1 when none. */
async function findPlainRecord(file: FileHandle, from: number, size: number): Promise<number> {
  const marker = Buffer.from('WARC/1.');
  for (let pos = await find(file, marker, from, size); pos !== -1; pos = await find(file, marker, pos + 1, size)) {
    if (pos === 0) return pos;
    const before = await readAt(file, pos - 1, 1);
    if (before[0] === 0x0a) return pos;
  }
  return -1;
}

/** First offset >= from where `needle` occurs; -1 when none. Reads in chunks that overlap by the needle's length. */
async function find(file: FileHandle, needle: Buffer, from: number, size: number): Promise<number> {
  for (let pos = from; pos < size; pos += CHUNK) {
    const chunk = await readAt(file, pos, Math.min(CHUNK + needle.length - 1, size - pos));
    const at = chunk.indexOf(needle);
    if (at !== -1) return pos + at;
    if (chunk.length < needle.length) return -1;
  }
  return -1;
}

function isZlibError(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && code.startsWith('Z_');
}

function zlibReason(err: unknown): string {
  const message = messageOf(err);
  return message === 'unexpected end of file' ? 'cut short (unexpected end of file)' : `corrupt (${message})`;
}

/** `html` by Content-Type, `sniff` when the type says nothing useful, `other` for anything else (images, JSON…). */
export function htmlVerdict(contentType: string | undefined): 'html' | 'sniff' | 'other' {
  const mime = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (mime.includes('html')) return 'html';
  if (mime === '' || mime === 'text/plain' || mime === 'application/octet-stream' || mime.includes('unknown')) return 'sniff';
  return 'other';
}

/** The WHATWG "text/html" sniff: the body starts (after a BOM and whitespace) with a tag HTML pages start with. */
const HTML_START =
  /^(?:\uFEFF|\u00EF\u00BB\u00BF)?\s*<(?:!doctype\s+html|html|head|script|iframe|h1|div|font|table|a|style|title|b|body|br|p|!--)[\s>]/i;

export function looksLikeHtml(bytes: Uint8Array): boolean {
  return HTML_START.test(Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).toString('latin1'));
}
