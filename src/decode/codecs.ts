/**
 * Byte → string for a canonical encoding name (see labels.ts). UTF-8/16 use the native TextDecoder;
 * legacy charsets use iconv-lite, whose tables are bundled and so do not depend on Node's ICU build.
 * gb18030, the hot path for Chinese portals, uses the native decoder when Node has full ICU: it is
 * ~25× faster than iconv-lite, gives identical text on valid GBK/GB18030, and is stricter on
 * out-of-range four-byte sequences. (Node's native big5/Shift_JIS/EUC/windows-125x decoders deviate
 * from WHATWG, e.g. 0x80 → U+0080, so those stay on iconv-lite.)
 */
import iconv from 'iconv-lite';

/** canonical name → iconv-lite codec, where they differ. */
const ICONV_CODEC: Readonly<Record<string, string>> = {
  big5: 'big5hkscs', // WHATWG big5 includes the HKSCS extensions; Hong Kong pages use them.
  shift_jis: 'cp932', // WHATWG Shift_JIS is Microsoft's cp932 (NEC/IBM extensions).
  'euc-kr': 'cp949', // WHATWG EUC-KR is the UHC superset.
  'euc-jp': 'eucjp',
  ibm866: 'cp866',
  'x-mac-cyrillic': 'maccyrillic',
};

/** Shared, non-fatal decoders: constructing TextDecoders per page is measurable in big batches. */
const utf8Lenient = new TextDecoder('utf-8', { ignoreBOM: true });
const utf16le = new TextDecoder('utf-16le', { ignoreBOM: true });
const utf16be = new TextDecoder('utf-16be', { ignoreBOM: true });
let iso2022jp: TextDecoder | null | undefined;
let gb18030: TextDecoder | null | undefined;

/** A native decoder for `label`, or null when this Node build lacks it (small-icu). */
function nativeDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** Decodes bytes (BOM already removed) with a canonical encoding; invalid sequences become U+FFFD. */
export function decodeWith(encoding: string, bytes: Uint8Array): string {
  switch (encoding) {
    case 'utf-8':
      return utf8Lenient.decode(bytes);
    case 'utf-16le':
      return utf16le.decode(bytes);
    case 'utf-16be':
      return utf16be.decode(bytes);
    case 'gb18030':
      if (gb18030 === undefined) gb18030 = nativeDecoder('gb18030');
      return gb18030 ? gb18030.decode(bytes) : iconv.decode(bytes, 'gb18030');
    case 'iso-2022-jp':
      // iconv-lite has no ISO-2022-JP; Node's TextDecoder does when built with full ICU (the default).
      if (iso2022jp === undefined) iso2022jp = nativeDecoder('iso-2022-jp');
      return iso2022jp ? iso2022jp.decode(bytes) : utf8Lenient.decode(bytes); // 7-bit: keeps ASCII readable
    default:
      return iconv.decode(bytes, ICONV_CODEC[encoding] ?? encoding);
  }
}

/** Number of U+FFFD in text. */
export function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i !== -1; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

/** Number of UTF-16 code units ≥ 0x80: the denominator for "how much of the non-ASCII text is broken". */
export function countNonAscii(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) >= 0x80) n++;
  return n;
}
