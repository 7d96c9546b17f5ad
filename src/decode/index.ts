/**
 * Bytes of a saved page → text, with the encoding actually used and warnings about anything doubtful.
 *
 * Order of evidence: BOM; HTTP Content-Type charset; `<meta>` (byte prescan); then the bytes
 * themselves. Declarations on saved pages are often stale (a page re-saved as UTF-8 keeps its
 * `charset=gb2312`), so valid UTF-8 always wins over a legacy declaration, and a declaration whose
 * decoding is riddled with U+FFFD, or (for CJK tables, which overlap) hardly reads as CJK text, is
 * second-guessed by detection. Only undeclared non-UTF-8 bytes pay for chardet.
 */
import { countNonAscii, countReplacements, decodeWith } from './codecs.js';
import { cjkShare, detectEncoding, PLAUSIBLE, tooManyReplacements, type Detection } from './detect.js';
import { isAsciiCompatible, isMultiByte } from './labels.js';
import { declarationFromContentType, prescanMeta, sniffBom, type Declaration } from './prescan.js';
import { sniffUtf16 } from './sniff.js';
import { decodeMostlyUtf8, isMostlyUtf8, scanUtf8, tryUtf8 } from './utf8.js';

export { binaryFormat, isProbablyBinary, looksLikeHtml } from './sniff.js';
export { resolveLabel } from './labels.js';

export interface DecodeOptions {
  /** HTTP Content-Type header; its charset parameter outranks `<meta>`. */
  contentType?: string;
}

export interface DecodeResult {
  /** Decoded text, BOM removed. */
  text: string;
  /** Canonical lowercase name of the encoding used: `utf-8`, `gb18030`, `big5`, `shift_jis`, `windows-1252`… */
  encoding: string;
  warnings: string[];
}

type ResolvedDeclaration = Declaration & { encoding: string };

export function decodeBytes(bytes: Uint8Array, opts: DecodeOptions = {}): DecodeResult {
  const warnings: string[] = [];

  // 1. A BOM is unambiguous and outranks any declaration (as in browsers).
  const bom = sniffBom(bytes);
  if (bom) {
    const body = bytes.subarray(bom.length);
    if (bom.encoding !== 'utf-8') return { text: decodeWith(bom.encoding, body), encoding: bom.encoding, warnings };
    const valid = tryUtf8(body);
    if (valid !== null) return { text: valid, encoding: 'utf-8', warnings };
    return { text: decodeUtf8WithErrors(body, warnings), encoding: 'utf-8', warnings };
  }

  // 2. Declarations, most authoritative first.
  const declarations = findDeclarations(bytes, opts.contentType, warnings);
  const first = declarations[0];

  // UTF-16 cannot be read by the ASCII prescan: trust a header saying so, or the NUL pattern.
  const utf16 = sniffUtf16(bytes);
  if (utf16 && (!first || first.encoding.startsWith('utf-16'))) {
    if (!first) warnings.push(`no BOM or charset; the bytes look like ${utf16}`);
    return { text: decodeWith(utf16, bytes), encoding: utf16, warnings };
  }

  // 3. Valid UTF-8 (one native pass; the result is the text).
  const utf8 = tryUtf8(bytes);
  if (utf8 !== null) {
    const ascii = utf8.length === bytes.length; // every non-ASCII UTF-8 character takes more bytes than code units
    if (ascii) {
      if (ISO_2022_JP_ESCAPE.test(utf8) && (!first || first.encoding === 'iso-2022-jp' || first.encoding === 'utf-8')) {
        if (first?.encoding !== 'iso-2022-jp') warnings.push('ISO-2022-JP escape sequences found; decoded as iso-2022-jp');
        return { text: decodeWith('iso-2022-jp', bytes), encoding: 'iso-2022-jp', warnings };
      }
      // ASCII reads the same in any ASCII-compatible charset: report the declaration, skip a second decode.
      if (first && isAsciiCompatible(first.encoding)) return { text: utf8, encoding: first.encoding, warnings };
      return { text: utf8, encoding: 'utf-8', warnings };
    }
    // 4. A legacy declaration on bytes that are valid UTF-8 is stale: real legacy text is never valid UTF-8.
    if (first && first.encoding !== 'utf-8') warnings.push(`declared ${first.label} but the bytes are valid UTF-8`);
    return { text: utf8, encoding: 'utf-8', warnings };
  }

  // Not valid UTF-8, but maybe UTF-8 with a few stray bytes (mixed-encoding pages, truncated strings).
  const scan = scanUtf8(bytes);
  if (isMostlyUtf8(scan)) {
    if (first && first.encoding !== 'utf-8') warnings.push(`declared ${first.label} but the bytes are mostly valid UTF-8`);
    return { text: decodeUtf8WithErrors(bytes, warnings, scan), encoding: 'utf-8', warnings };
  }

  // 5/6. Legacy bytes: the first declaration that decodes cleanly, else detection.
  let fallback: { decl: ResolvedDeclaration; text: string; replacements: number } | null = null;
  for (const decl of declarations) {
    if (decl.encoding === 'utf-8' || decl.encoding.startsWith('utf-16')) {
      warnings.push(`declared ${decl.label} (${SOURCE_NAME[decl.source]}) but the bytes are not ${decl.encoding.toUpperCase()}`);
      continue;
    }
    const text = decodeWith(decl.encoding, bytes);
    const replacements = countReplacements(text);
    if (replacements === 0 || !tooManyReplacements(replacements, countNonAscii(text))) {
      const other = isMultiByte(decl.encoding) ? secondOpinion(bytes, text, decl) : null;
      if (other) {
        warnings.push(`declared ${decl.label} but the text reads as ${other.encoding}; decoded as ${other.encoding}`);
        return { text: other.text, encoding: other.encoding, warnings };
      }
      if (decl !== first) warnings.push(`used ${decl.encoding} declared in ${SOURCE_NAME[decl.source]}`);
      return { text, encoding: decl.encoding, warnings };
    }
    fallback ??= { decl, text, replacements };
  }

  const detected = detectEncoding(bytes);
  const how = `${detected.method === 'chardet' ? 'chardet' : 'plausibility check'}, confidence ${detected.confidence}`;
  if (fallback) {
    const detectedReplacements = countReplacements(detected.text);
    const { decl, replacements } = fallback;
    if (detected.encoding !== decl.encoding && detected.score >= PLAUSIBLE && detectedReplacements * 4 < replacements) {
      warnings.push(
        `declared ${decl.label} but decoding produced ${replacements} replacement characters; detected ${detected.encoding} (${how})`,
      );
      return { text: detected.text, encoding: detected.encoding, warnings };
    }
    warnings.push(`decoding as ${decl.encoding} (declared ${decl.label}) produced ${replacements} replacement characters`);
    return { text: fallback.text, encoding: decl.encoding, warnings };
  }
  if (declarations.length === 0) warnings.push(`no charset declared and the bytes are not UTF-8; detected ${detected.encoding} (${how})`);
  else warnings.push(`detected ${detected.encoding} (${how})`);
  const replacements = countReplacements(detected.text);
  if (replacements > 0) warnings.push(`${replacements} replacement characters after decoding as ${detected.encoding}`);
  return { text: detected.text, encoding: detected.encoding, warnings };
}

const SOURCE_NAME: Readonly<Record<Declaration['source'], string>> = {
  'content-type': 'Content-Type',
  meta: '<meta>',
  xml: '<?xml?>',
};

/** ESC $ @, ESC $ B (JIS X 0208), ESC $ ( D, ESC ( J, ESC ( I: ISO-2022-JP mode switches. */
const ISO_2022_JP_ESCAPE = /\x1b(?:\$[@B]|\$\(D|\([JI])/;

/** Real CJK text scores 0.5 or more on cjkShare(); below this a declared CJK charset is doubted. */
const DOUBTFUL_CJK_SHARE = 0.2;

/**
 * CJK tables overlap so much that a wrong one (GBK bytes declared big5) decodes with almost no U+FFFD.
 * When the declared decoding hardly contains common CJK characters, detection gets a say.
 */
function secondOpinion(bytes: Uint8Array, text: string, decl: ResolvedDeclaration): Detection | null {
  const share = cjkShare(text, decl.encoding);
  if (!(share < DOUBTFUL_CJK_SHARE)) return null; // also NaN: too little CJK to judge
  const detected = detectEncoding(bytes);
  if (detected.encoding === decl.encoding || detected.score < PLAUSIBLE) return null;
  return cjkShare(detected.text, detected.encoding) > share + 0.3 ? detected : null;
}

/** Content-Type first, then the `<meta>` prescan; unknown labels become warnings and are skipped. */
function findDeclarations(bytes: Uint8Array, contentType: string | undefined, warnings: string[]): ResolvedDeclaration[] {
  const out: ResolvedDeclaration[] = [];
  const header = declarationFromContentType(contentType);
  if (header) {
    if (header.encoding === null) warnings.push(`unknown charset "${header.label}" in Content-Type ignored`);
    else out.push({ ...header, label: header.label.toLowerCase(), encoding: header.encoding });
  }
  const { found, unknown } = prescanMeta(bytes);
  for (const label of unknown) warnings.push(`unknown charset "${label}" in the page ignored`);
  if (found?.encoding && found.encoding !== out[0]?.encoding) out.push({ ...found, encoding: found.encoding });
  return out;
}

/** UTF-8 that failed validation: repair stray Latin-1 letters, U+FFFD for the rest, and say so. */
function decodeUtf8WithErrors(bytes: Uint8Array, warnings: string[], scan = scanUtf8(bytes)): string {
  const r = decodeMostlyUtf8(bytes, scan);
  const parts: string[] = [];
  if (r.repaired) parts.push(`${r.repaired} stray Latin-1 byte${r.repaired === 1 ? '' : 's'} read as windows-1252`);
  if (r.replaced) parts.push(`${r.replaced} replaced with U+FFFD`);
  warnings.push(`${scan.invalid.length} invalid UTF-8 sequence${scan.invalid.length === 1 ? '' : 's'} (${parts.join(', ')})`);
  return r.text;
}
