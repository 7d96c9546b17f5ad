/**
 * Guessing the charset of undeclared (or wrongly declared) non-UTF-8 bytes. chardet (ICU's
 * statistical recognisers) is reliable on page-sized CJK text but guesses blindly on short input,
 * so unless it is sure, each candidate decoding is scored by how much of it reads as real text.
 */
import { analyse } from 'chardet';
import { decodeWith } from './codecs.js';
import { isCommonCjk } from './common-chars.js';
import { isMultiByte, resolveLabel } from './labels.js';

export interface Detection {
  encoding: string;
  /** The whole input decoded with `encoding`. */
  text: string;
  /** chardet's confidence (0–100) for `encoding`, 0 when it did not propose it. */
  confidence: number;
  /** `chardet` when chardet's top answer was kept, `scored` when the plausibility check chose. */
  method: 'chardet' | 'scored';
  /** Plausibility score of the chosen decoding (see plausibility()). */
  score: number;
}

/** Bytes scored for plausibility, from just before the first non-ASCII byte. */
const SAMPLE_BYTES = 64 * 1024;
/** chardet runs ~30 recognisers over its input (~0.7 ms per KB); 8 KB of text is enough for its statistics. */
const CHARDET_BYTES = 8 * 1024;
/** chardet confidence above which its top answer is taken outright when the decoding also looks plausible. */
const SURE = 90;
/** Plausibility above which a decoding is taken as real text. */
export const PLAUSIBLE = 0.25;
/** Always scored when chardet is unsure: the charsets of the pages newsclean is built for. */
const USUAL_SUSPECTS = ['gb18030', 'big5', 'shift_jis', 'euc-jp', 'euc-kr', 'windows-1252', 'iso-8859-2'];

/** Detects the encoding of bytes that are not valid UTF-8 (and have no usable declaration). */
export function detectEncoding(bytes: Uint8Array): Detection {
  const sample = sampleOf(bytes);
  const highBytes = countHighBytes(sample);
  const proposals = chardetProposals(sample.subarray(0, CHARDET_BYTES));

  const decoded = new Map<string, { text: string; score: number }>();
  const evaluate = (encoding: string): { text: string; score: number } => {
    let r = decoded.get(encoding);
    if (!r) {
      const text = decodeWith(encoding, sample);
      r = { text, score: plausibility(text, highBytes, encoding) };
      decoded.set(encoding, r);
    }
    return r;
  };
  const finish = (encoding: string, method: Detection['method']): Detection => {
    const r = evaluate(encoding);
    return {
      encoding,
      // Reuse the sample's decoding when the sample is the whole input: no second decode.
      text: sample.length === bytes.length ? r.text : decodeWith(encoding, bytes),
      confidence: proposals.find((p) => p.encoding === encoding)?.confidence ?? 0,
      method,
      score: r.score,
    };
  };

  // A near-certain chardet answer that also reads as real text needs no second opinion.
  const top = proposals[0];
  if (top && top.confidence >= SURE && evaluate(top.encoding).score >= PLAUSIBLE) return finish(top.encoding, 'chardet');

  // Otherwise score chardet's leading answers and the usual suspects. Small priors break near-ties
  // without beating a decoding that plainly reads better: chardet's confidence; windows-1252 over
  // other Latin tables (German reads the same in iso-8859-2); and CJK over single-byte alphabets,
  // because a dozen random high bytes can pass for a Cyrillic or Greek word but newsclean's pages
  // are far more often Chinese.
  const pool = [...new Set([...proposals.slice(0, 6).map((p) => p.encoding), ...USUAL_SUSPECTS])];
  const prior = (encoding: string, score: number): number =>
    ((proposals.find((p) => p.encoding === encoding)?.confidence ?? 0) / 100) * 0.2 +
    (encoding === 'windows-1252' ? 0.05 : 0) +
    (isMultiByte(encoding) && score >= PLAUSIBLE ? 0.15 : 0);
  let best = pool[0] as string;
  let bestValue = -Infinity;
  for (const encoding of pool) {
    const { score } = evaluate(encoding);
    const value = score + prior(encoding, score);
    if (value > bestValue) [best, bestValue] = [encoding, value];
  }
  return finish(best, top?.encoding === best ? 'chardet' : 'scored');
}

interface Proposal {
  encoding: string;
  confidence: number;
}

/** chardet's answers mapped through the WHATWG label table (GB2312/GBK → gb18030, ISO-8859-1 → windows-1252). */
function chardetProposals(sample: Uint8Array): Proposal[] {
  const out: Proposal[] = [];
  for (const m of analyse(sample)) {
    const encoding = resolveLabel(m.name);
    // Unicode answers are irrelevant here (input is not UTF-8; UTF-16/32 need a BOM), ASCII too.
    if (encoding === null || encoding.startsWith('utf-') || m.name === 'ASCII') continue;
    if (out.some((p) => p.encoding === encoding)) continue;
    out.push({ encoding, confidence: m.confidence });
  }
  return out;
}

/** A window starting just before the first non-ASCII byte, so markup-heavy heads do not crowd it out. */
function sampleOf(bytes: Uint8Array): Uint8Array {
  if (bytes.length <= SAMPLE_BYTES) return bytes;
  let first = 0;
  while (first < bytes.length && (bytes[first] as number) < 0x80) first++;
  // Starting on an ASCII byte keeps multi-byte decoders aligned: no high byte precedes it.
  const start = Math.max(0, Math.min(first - 256, bytes.length - SAMPLE_BYTES));
  return bytes.subarray(start, start + SAMPLE_BYTES);
}

function countHighBytes(bytes: Uint8Array): number {
  let n = 0;
  for (const b of bytes) if (b >= 0x80) n++;
  return n;
}

/**
 * How much of a decoding looks like real text, per non-ASCII input byte: about 0.5–1 for a right
 * guess, near 0 or negative for mojibake. Credits frequent CJK characters (multi-byte decoders),
 * accented Latin letters inside ASCII words and letters of other alphabets next to their own kind
 * (single-byte decoders); debits U+FFFD, private-use and C1 control characters.
 */
export function plausibility(text: string, highBytes: number, encoding: string): number {
  if (highBytes === 0) return 0;
  const multiByte = isMultiByte(encoding);
  const japanese = encoding === 'shift_jis' || encoding === 'euc-jp' || encoding === 'iso-2022-jp';
  let good = 0;
  let bad = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    if (c <= 0x9f || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) {
      bad++;
      continue;
    }
    const prev = text.charCodeAt(i - 1);
    const next = text.charCodeAt(i + 1);
    if (multiByte) {
      // A lone ideograph inside a Latin word ("Gl點ks") is a Latin-1 letter swallowing its neighbour.
      if (isCommonCjk(c, japanese) && !(isAsciiLetter(prev) && isAsciiLetter(next))) good++;
    } else if (isUpperAfterLower(c, prev)) {
      // "ÐÕÃû": mixed case inside a word is what random high bytes look like in a cased alphabet.
    } else if (isLatinLetter(c)) {
      // "café", "Grüße": accents sit inside ASCII words; GBK read as Latin-1 makes runs of them.
      if (isAsciiLetter(prev) || isAsciiLetter(next)) good++;
    } else if (LATIN_PUNCTUATION.has(c)) {
      if (isAsciiWordChar(prev) || isAsciiWordChar(next)) good++;
    } else {
      // Letters only: Arabic/Hebrew vowel points are rare in web text but common in mojibake.
      const script = isCombiningPoint(c) ? 0 : scriptOf(c);
      if (script !== 0 && (scriptOf(prev) === script || scriptOf(next) === script)) good++;
    }
  }
  return ((multiByte ? 2 : 1) * good - 2 * bad) / highBytes;
}

/** An upper-case letter straight after a lower-case one (either may be ASCII). */
function isUpperAfterLower(c: number, prev: number): boolean {
  if (Number.isNaN(prev)) return false;
  const ch = String.fromCharCode(c);
  if (ch === ch.toLowerCase()) return false;
  const p = String.fromCharCode(prev);
  return p !== p.toUpperCase();
}

/**
 * Share of a CJK decoding's non-ASCII characters (within the first `limit`) that are frequent CJK
 * characters, less twice the share of broken ones. Real Chinese/Japanese/Korean pages score 0.5–0.9;
 * GBK read as Big5-HKSCS (which decodes almost without U+FFFD) scores about 0. NaN when there are
 * too few non-ASCII characters to judge.
 */
export function cjkShare(text: string, encoding: string, limit = 65536): number {
  const japanese = encoding === 'shift_jis' || encoding === 'euc-jp' || encoding === 'iso-2022-jp';
  let good = 0;
  let bad = 0;
  let n = 0;
  const end = Math.min(text.length, limit);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) continue;
    n++;
    if (c <= 0x9f || c === 0xfffd || (c >= 0xe000 && c <= 0xf8ff)) bad++;
    else if (isCommonCjk(c, japanese)) good++;
  }
  return n < 20 ? Number.NaN : (good - 2 * bad) / n;
}

/** For a declared charset's decoding: a share of U+FFFD that means the declaration is wrong. */
export function tooManyReplacements(replacements: number, nonAscii: number): boolean {
  return replacements >= 8 && replacements > nonAscii * 0.02;
}

const LATIN_PUNCTUATION = new Set([0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014, 0x2026, 0x20ac, 0xab, 0xbb, 0xb0, 0xa0]);

function isLatinLetter(c: number): boolean {
  return c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

function isAsciiWordChar(c: number): boolean {
  return isAsciiLetter(c) || (c >= 0x30 && c <= 0x39) || c === 0x20;
}

function isCombiningPoint(c: number): boolean {
  return (c >= 0x591 && c <= 0x5c7) || (c >= 0x64b && c <= 0x652);
}

/** Non-Latin alphabets single-byte charsets encode: Greek, Cyrillic, Hebrew, Arabic, Thai. */
function scriptOf(c: number): number {
  if (c >= 0x370 && c <= 0x3ff) return 1;
  if (c >= 0x400 && c <= 0x52f) return 2;
  if (c >= 0x590 && c <= 0x5ff) return 3;
  if (c >= 0x600 && c <= 0x6ff) return 4;
  if (c >= 0xe00 && c <= 0xe7f) return 5;
  return 0;
}
