/**
 * Cheap content sniffing on the first bytes/characters: binary files the pipeline should reject with
 * a clear error, BOM-less UTF-16, and whether decoded text is HTML or a plain-text dump.
 */
import { sniffBom } from './prescan.js';

const SNIFF_BYTES = 8192;

/** Signatures of binary formats that sometimes get saved with an .html name (PDFs start ASCII-clean). */
const SIGNATURES: ReadonlyArray<readonly [string, readonly number[]]> = [
  ['pdf', [0x25, 0x50, 0x44, 0x46, 0x2d]], // %PDF-
  ['gzip', [0x1f, 0x8b]],
  ['zip', [0x50, 0x4b, 0x03, 0x04]],
  ['png', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  ['jpeg', [0xff, 0xd8, 0xff]],
  ['gif', [0x47, 0x49, 0x46, 0x38]], // GIF8
  ['riff', [0x52, 0x49, 0x46, 0x46]], // WebP, WAV, AVI
  ['zstd', [0x28, 0xb5, 0x2f, 0xfd]],
  ['7z', [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c]],
  ['elf', [0x7f, 0x45, 0x4c, 0x46]],
];

/** The name of a known binary format whose signature starts the bytes, else null. */
export function binaryFormat(bytes: Uint8Array): string | null {
  for (const [name, sig] of SIGNATURES) if (sig.every((b, i) => bytes[i] === b)) return name;
  return null;
}

/**
 * BOM-less UTF-16: markup is mostly ASCII, which UTF-16 stores with a NUL in every other byte.
 * Returns the byte order, or null.
 */
export function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SNIFF_BYTES) & ~1;
  if (n < 16) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.3 && evenNul * 8 <= oddNul) return 'utf-16le';
  if (evenNul >= pairs * 0.3 && oddNul * 8 <= evenNul) return 'utf-16be';
  return null;
}

/**
 * True for input that is not text: a known binary signature, NUL bytes (more than a stray one), or
 * over 5% control bytes in the first 8 KB. UTF-16 (with a BOM, or recognisably without one) is text.
 * ESC is allowed (ISO-2022-JP uses it), as are tab, CR, LF, VT and FF.
 */
export function isProbablyBinary(bytes: Uint8Array): boolean {
  const bom = sniffBom(bytes);
  if (bom && bom.encoding !== 'utf-8') return false;
  if (binaryFormat(bytes)) return true;
  if (!bom && sniffUtf16(bytes)) return false;
  const n = Math.min(bytes.length, SNIFF_BYTES);
  let nul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i] as number;
    if (b === 0) nul++;
    if (b < 0x09 || (b > 0x0d && b < 0x20 && b !== 0x1b) || b === 0x7f) control++;
  }
  // One NUL per 512 bytes: compressed/binary data has ~1 in 256; a text page at most a stray one.
  if (nul > 0 && nul * 512 >= n) return true;
  return control * 20 > n;
}

const HTML_TAG =
  /<(?:!doctype\s+html\b|(?:html|head|body|div|p|meta|title|article|section|main|header|table|span|br|ul|ol|li|h[1-6]|script|style|link|form|iframe|img|a|font|center)(?=[\s>/]))/i;

/** True when the first 8 KB of text hold an HTML tag (`<html`, `<head`, `<body`, `<div`, `<p`, `<!doctype html`…). */
export function looksLikeHtml(text: string): boolean {
  return HTML_TAG.test(text.length > SNIFF_BYTES ? text.slice(0, SNIFF_BYTES) : text);
}
