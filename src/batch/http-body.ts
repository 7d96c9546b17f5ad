/**
 * The HTTP message inside a WARC response record: status line and headers parsed, the body's chunked
 * transfer encoding and gzip/deflate/br content encoding undone. Decompression stops at a byte cap
 * (zlib's maxOutputLength), so a small record that inflates to gigabytes costs at most the cap in memory.
 */
import zlib from 'node:zlib';

export interface HttpHead {
  status: number;
  headers: Map<string, string>;
  /** Bytes of the status line and headers, blank line included. */
  length: number;
}

const HEAD_END_CRLF = Buffer.from('\r\n\r\n');
const HEAD_END_LF = Buffer.from('\n\n');

/** The status line and headers at the start of `block`, or null when it holds no complete HTTP head. */
export function parseHttpHead(block: Buffer): HttpHead | null {
  const crlf = block.indexOf(HEAD_END_CRLF);
  const lf = block.indexOf(HEAD_END_LF);
  const [end, sepLength] = crlf !== -1 && (lf === -1 || crlf < lf) ? [crlf, 4] : lf !== -1 ? [lf, 2] : [-1, 0];
  if (end === -1) return null;
  const lines = block.subarray(0, end).toString('latin1').split(/\r?\n/);
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(lines[0] ?? '');
  if (!status) return null;
  const headers = new Map<string, string>();
  for (const line of lines.slice(1)) {
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    const name = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    // Repeated headers joined as HTTP says; Content-Type keeps its first value.
    const known = headers.get(name);
    headers.set(name, known === undefined ? value : name === 'content-type' ? known : `${known}, ${value}`);
  }
  return { status: Number(status[1]), headers, length: end + sepLength };
}

export class BodyTooLargeError extends Error {
  override name = 'BodyTooLargeError';
}

/**
 * The body as the page's bytes: chunked transfer undone (a malformed chunk stream is kept as it is, like
 * browsers do), then the content encoding, capped at `maxBytes` (BodyTooLargeError beyond). A truncated
 * compressed body yields what could be inflated; an undecodable one throws.
 */
export function decodeHttpBody(body: Buffer, headers: Map<string, string>, maxBytes: number): Buffer {
  const transfer = (headers.get('transfer-encoding') ?? '').toLowerCase();
  const raw = transfer.includes('chunked') ? (dechunk(body) ?? body) : body;
  const encodings = (headers.get('content-encoding') ?? '')
    .toLowerCase()
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e && e !== 'identity');
  let bytes = raw;
  // Applied in order, so undone in reverse.
  for (const encoding of encodings.reverse()) bytes = inflate(bytes, encoding, maxBytes);
  return bytes;
}

function inflate(bytes: Buffer, encoding: string, maxBytes: number): Buffer {
  // maxOutputLength one above the cap: reaching it means "more than the cap".
  const options = { maxOutputLength: maxBytes + 1, finishFlush: zlib.constants.Z_SYNC_FLUSH };
  let out: Buffer;
  try {
    if (encoding === 'gzip' || encoding === 'x-gzip') out = zlib.gunzipSync(bytes, options);
    else if (encoding === 'br')
      out = zlib.brotliDecompressSync(bytes, { maxOutputLength: maxBytes + 1, finishFlush: zlib.constants.BROTLI_OPERATION_FLUSH });
    else if (encoding === 'deflate') out = inflateDeflate(bytes, options);
    else return bytes; // an encoding we do not know: the bytes as they are (the sniff or extract will judge)
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE')
      throw new BodyTooLargeError(`${encoding} body inflates to more than ${maxBytes} bytes`);
    throw new Error(`${encoding} body cannot be decoded: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (out.length > maxBytes) throw new BodyTooLargeError(`${encoding} body inflates to more than ${maxBytes} bytes`);
  return out;
}

/** `deflate` is meant to be zlib-wrapped, but servers send raw deflate too. */
function inflateDeflate(bytes: Buffer, options: zlib.ZlibOptions): Buffer {
  try {
    return zlib.inflateSync(bytes, options);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw err;
    return zlib.inflateRawSync(bytes, options);
  }
}

/** Undoes chunked transfer coding; null when the body is not a well-formed chunk stream. */
function dechunk(body: Buffer): Buffer | null {
  const parts: Buffer[] = [];
  let pos = 0;
  while (pos < body.length) {
    const lineEnd = body.indexOf(0x0a, pos);
    if (lineEnd === -1) return parts.length > 0 ? Buffer.concat(parts) : null; // cut mid-stream: keep what came
    const sizeText = body.subarray(pos, lineEnd).toString('latin1').split(';')[0]?.trim() ?? '';
    if (!/^[0-9a-f]+$/i.test(sizeText)) return parts.length > 0 ? Buffer.concat(parts) : null;
    const size = parseInt(sizeText, 16);
    if (size === 0) break;
    const start = lineEnd + 1;
    parts.push(body.subarray(start, Math.min(start + size, body.length)));
    pos = start + size;
    if (body[pos] === 0x0d) pos++;
    if (body[pos] === 0x0a) pos++;
  }
  return Buffer.concat(parts);
}
