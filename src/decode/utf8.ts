/**
 * UTF-8 validation and the "mostly UTF-8" case: saved pages whose bytes are UTF-8 except for a few
 * stray legacy bytes (a Latin-1 template string pasted into a UTF-8 page, a string truncated mid-character).
 */
import { decodeWith } from './codecs.js';

/** One shared fatal decoder: validation runs on every page of a batch. */
const utf8Fatal = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** The text if bytes are entirely valid UTF-8, else null (native validation, no JS byte loop). */
export function tryUtf8(bytes: Uint8Array): string | null {
  try {
    return utf8Fatal.decode(bytes);
  } catch {
    return null;
  }
}

export interface Utf8Scan {
  /** Well-formed multi-byte sequences. */
  valid: number;
  /** Ill-formed subparts as [start, end) byte ranges (each one U+FFFD in a WHATWG decoder). */
  invalid: Array<[number, number]>;
}

/** Walks the bytes like the WHATWG UTF-8 decoder, counting good multi-byte sequences and bad subparts. */
export function scanUtf8(bytes: Uint8Array): Utf8Scan {
  const invalid: Array<[number, number]> = [];
  let valid = 0;
  let needed = 0;
  let seen = 0;
  let start = 0;
  let lower = 0x80;
  let upper = 0xbf;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i] as number;
    if (needed === 0) {
      if (b < 0x80) continue;
      start = i;
      if (b >= 0xc2 && b <= 0xdf) needed = 1;
      else if (b >= 0xe0 && b <= 0xef) {
        if (b === 0xe0) lower = 0xa0;
        if (b === 0xed) upper = 0x9f;
        needed = 2;
      } else if (b >= 0xf0 && b <= 0xf4) {
        if (b === 0xf0) lower = 0x90;
        if (b === 0xf4) upper = 0x8f;
        needed = 3;
      } else invalid.push([i, i + 1]);
      continue;
    }
    if (b < lower || b > upper) {
      invalid.push([start, i]);
      needed = seen = 0;
      lower = 0x80;
      upper = 0xbf;
      i--; // the byte starts afresh
      continue;
    }
    lower = 0x80;
    upper = 0xbf;
    if (++seen === needed) {
      valid++;
      needed = seen = 0;
    }
  }
  if (needed > 0) invalid.push([start, bytes.length]);
  return { valid, invalid };
}

/**
 * UTF-8 with a few errors rather than a legacy charset: good sequences outnumber bad ones four to one (GBK pages run about 1 : 4 the other way).
 * Real GBK/Big5/Shift_JIS text almost never forms valid UTF-8 sequences, so this does not misfire on it.
 */
export function isMostlyUtf8(scan: Utf8Scan): boolean {
  return scan.valid > 0 && scan.invalid.length * 4 <= scan.valid;
}

export interface Utf8Repair {
  text: string;
  /** Stray Latin-1 letters read as windows-1252. */
  repaired: number;
  /** Subparts left as U+FFFD. */
  replaced: number;
}

/**
 * Decodes mostly-UTF-8 bytes. A lone invalid byte that is a Latin-1 letter between two ASCII letters
 * ("Mitgef\xFChl") is almost certainly windows-1252 text in a UTF-8 page and is read as such; anything
 * else (e.g. a character cut in half by truncation) becomes U+FFFD as in a browser.
 */
export function decodeMostlyUtf8(bytes: Uint8Array, scan: Utf8Scan): Utf8Repair {
  const parts: string[] = [];
  let from = 0;
  let repaired = 0;
  let replaced = 0;
  for (const [s, e] of scan.invalid) {
    parts.push(decodeWith('utf-8', bytes.subarray(from, s)));
    const b = bytes[s] as number;
    if (e - s === 1 && b >= 0xc0 && b !== 0xd7 && b !== 0xf7 && isAsciiLetter(bytes[s - 1]) && isAsciiLetter(bytes[e])) {
      parts.push(String.fromCharCode(b)); // 0xC0–0xFF: windows-1252 == Latin-1 == U+00C0–U+00FF
      repaired++;
    } else {
      parts.push('\uFFFD');
      replaced++;
    }
    from = e;
  }
  parts.push(decodeWith('utf-8', bytes.subarray(from)));
  return { text: parts.join(''), repaired, replaced };
}

function isAsciiLetter(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x41 && b <= 0x5a) || (b >= 0x61 && b <= 0x7a));
}
