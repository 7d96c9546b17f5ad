/**
 * Finding a declared charset without decoding: BOM sniffing, the HTTP Content-Type parameter and a
 * byte-level prescan of `<meta>` tags modelled on the WHATWG HTML prescan
 * (https://html.spec.whatwg.org/multipage/parsing.html#prescan-a-byte-stream-to-determine-its-encoding).
 * The scan works on bytes, so it reads ASCII markup correctly whatever the page's real encoding.
 */
import { resolveLabel } from './labels.js';

export interface Bom {
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
  length: number;
}

export function sniffBom(bytes: Uint8Array): Bom | null {
  const [a, b, c] = [bytes[0], bytes[1], bytes[2]];
  if (a === 0xef && b === 0xbb && c === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (a === 0xff && b === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (a === 0xfe && b === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** A charset declaration: the label as written and what it resolves to (null = unknown label). */
export interface Declaration {
  label: string;
  encoding: string | null;
  source: 'content-type' | 'meta' | 'xml';
}

/**
 * The WHATWG "extract a character encoding from a meta element" algorithm, also fine for an HTTP
 * Content-Type value: finds `charset`, optional spaces, `=`, then a quoted or bare value.
 */
export function extractCharset(value: string): string | null {
  const lower = value.toLowerCase();
  let pos = 0;
  for (;;) {
    const at = lower.indexOf('charset', pos);
    if (at === -1) return null;
    let i = at + 7;
    while (i < value.length && isSpaceChar(value.charCodeAt(i))) i++;
    if (value[i] !== '=') {
      pos = at + 7; // "charset" not followed by "=": look for a later one
      continue;
    }
    i++;
    while (i < value.length && isSpaceChar(value.charCodeAt(i))) i++;
    const q = value[i];
    if (q === '"' || q === "'") {
      const end = value.indexOf(q, i + 1);
      return end === -1 ? null : value.slice(i + 1, end).trim() || null;
    }
    let end = i;
    while (end < value.length && !isSpaceChar(value.charCodeAt(end)) && value[end] !== ';') end++;
    return end > i ? value.slice(i, end) : null;
  }
}

export function declarationFromContentType(contentType: string | undefined): Declaration | null {
  if (!contentType) return null;
  const label = extractCharset(contentType);
  return label ? { label, encoding: resolveLabel(label), source: 'content-type' } : null;
}

/** Prescan window: beyond the spec's 1024 bytes because saved portal pages often put long scripts first. */
export const PRESCAN_BYTES = 8192;

/**
 * Byte prescan for `<meta charset>` / `<meta http-equiv="Content-Type" content="…charset=…">`.
 * Unknown labels are collected (the scan goes on to the next meta, as browsers do); the first
 * resolvable declaration wins. Falls back to an `<?xml … encoding="…"?>` declaration (XHTML pages).
 */
export function prescanMeta(bytes: Uint8Array, limit = PRESCAN_BYTES): { found: Declaration | null; unknown: string[] } {
  const unknown: string[] = [];
  const end = Math.min(bytes.length, limit);
  // Attribute parsing may run a little past the window so a tag straddling it is still read whole.
  const hardEnd = Math.min(bytes.length, limit + 1024);
  let pos = 0;
  while (pos < end) {
    if (bytes[pos] !== 0x3c /* < */) {
      pos++;
      continue;
    }
    if (startsWith(bytes, pos, '<!--')) {
      const close = indexOfSeq(bytes, '-->', pos + 2, hardEnd);
      if (close === -1) break;
      pos = close + 3;
      continue;
    }
    if (startsWithCi(bytes, pos, '<meta') && isSpaceOrSlash(bytes[pos + 5])) {
      const r = readAttributes(bytes, pos + 6, hardEnd);
      pos = r.next;
      const label = metaCharset(r.attrs);
      if (label === null) continue;
      const encoding = resolveLabel(label);
      if (encoding === null) {
        unknown.push(label);
        continue;
      }
      // A meta declaring UTF-16 was itself readable as ASCII, so the page cannot be UTF-16 (WHATWG).
      const fixed = encoding === 'utf-16le' || encoding === 'utf-16be' ? 'utf-8' : encoding;
      return { found: { label, encoding: fixed, source: 'meta' }, unknown };
    }
    const next = bytes[pos + 1];
    if (next !== undefined && (isAsciiLetter(next) || (next === 0x2f /* / */ && isAsciiLetter(bytes[pos + 2])))) {
      // Any other tag: skip its attributes so a "<meta" inside an attribute value is not read as a tag.
      let i = pos + 1;
      while (i < hardEnd && !isSpace(bytes[i]) && bytes[i] !== 0x3e) i++;
      pos = readAttributes(bytes, i, hardEnd).next;
      continue;
    }
    if (next === 0x21 /* ! */ || next === 0x2f /* / */ || next === 0x3f /* ? */) {
      const close = bytes.indexOf(0x3e, pos + 1);
      if (close === -1 || close >= hardEnd) break;
      pos = close + 1;
      continue;
    }
    pos++;
  }
  const xml = xmlDeclaration(bytes);
  if (xml) {
    const encoding = resolveLabel(xml);
    if (encoding !== null && encoding !== 'utf-16le' && encoding !== 'utf-16be') {
      return { found: { label: xml, encoding, source: 'xml' }, unknown };
    }
    if (encoding === null) unknown.push(xml);
  }
  return { found: null, unknown };
}

/** The WHATWG decision for one meta tag's attributes: charset=, or http-equiv=content-type + content. */
function metaCharset(attrs: Map<string, string>): string | null {
  const charset = attrs.get('charset');
  if (charset !== undefined && charset.trim() !== '') return charset.trim();
  const content = attrs.get('content');
  if (content === undefined) return null;
  if ((attrs.get('http-equiv') ?? '').trim() !== 'content-type') return null;
  return extractCharset(content);
}

/**
 * Reads attributes from `pos` up to and including the tag's closing `>` (WHATWG "get an attribute"):
 * names and values lowercased, first occurrence of a name wins, quotes optional.
 */
function readAttributes(bytes: Uint8Array, pos: number, end: number): { attrs: Map<string, string>; next: number } {
  const attrs = new Map<string, string>();
  let i = pos;
  for (;;) {
    while (i < end && (isSpace(bytes[i]) || bytes[i] === 0x2f)) i++;
    if (i >= end) return { attrs, next: end };
    if (bytes[i] === 0x3e) return { attrs, next: i + 1 };
    let name = '';
    let value = '';
    // Name: up to "=", space, "/" or ">". A leading "=" belongs to the name (spec quirk).
    while (i < end) {
      const b = bytes[i] as number;
      if (b === 0x3d && name !== '') break;
      if (isSpace(b) || b === 0x2f || b === 0x3e) break;
      name += String.fromCharCode(lowerByte(b));
      i++;
    }
    while (i < end && isSpace(bytes[i])) i++;
    if (bytes[i] === 0x3d) {
      i++;
      while (i < end && isSpace(bytes[i])) i++;
      const q = bytes[i];
      const quoted = q === 0x22 || q === 0x27;
      if (quoted) i++;
      for (; i < end; i++) {
        const b = bytes[i] as number;
        if (quoted ? b === q : isSpace(b) || b === 0x3e) break;
        value += String.fromCharCode(lowerByte(b));
      }
      if (quoted) i++; // closing quote
    }
    if (!attrs.has(name)) attrs.set(name, value);
  }
}

/** `<?xml version="1.0" encoding="gb2312"?>` at the very start (after optional whitespace). */
function xmlDeclaration(bytes: Uint8Array): string | null {
  let i = 0;
  while (i < bytes.length && i < 64 && isSpace(bytes[i])) i++;
  if (!startsWith(bytes, i, '<?xml')) return null;
  const close = indexOfSeq(bytes, '?>', i, Math.min(bytes.length, i + 512));
  if (close === -1) return null;
  const decl = latin1(bytes.subarray(i, close));
  const m = /encoding\s*=\s*["']?\s*([^"'\s?]+)/i.exec(decl);
  return m?.[1]?.toLowerCase() ?? null;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return s;
}

function startsWith(bytes: Uint8Array, pos: number, ascii: string): boolean {
  for (let k = 0; k < ascii.length; k++) if (bytes[pos + k] !== ascii.charCodeAt(k)) return false;
  return true;
}

function startsWithCi(bytes: Uint8Array, pos: number, ascii: string): boolean {
  for (let k = 0; k < ascii.length; k++) {
    const b = bytes[pos + k];
    if (b === undefined || lowerByte(b) !== ascii.charCodeAt(k)) return false;
  }
  return true;
}

function indexOfSeq(bytes: Uint8Array, ascii: string, from: number, end: number): number {
  const first = ascii.charCodeAt(0);
  for (let i = bytes.indexOf(first, from); i !== -1 && i < end; i = bytes.indexOf(first, i + 1)) {
    if (startsWith(bytes, i, ascii)) return i;
  }
  return -1;
}

function lowerByte(b: number): number {
  return b >= 0x41 && b <= 0x5a ? b + 0x20 : b;
}

function isSpace(b: number | undefined): boolean {
  return b === 0x09 || b === 0x0a || b === 0x0c || b === 0x0d || b === 0x20;
}

function isSpaceOrSlash(b: number | undefined): boolean {
  return isSpace(b) || b === 0x2f;
}

function isSpaceChar(c: number): boolean {
  return c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d || c === 0x20;
}

function isAsciiLetter(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
}
