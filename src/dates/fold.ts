/**
 * Width folding that keeps string length: full-width digits/colons/letters (NFKC) and odd spaces become ASCII,
 * one UTF-16 unit for one, so match offsets in the folded text are offsets in the original text. So do the digits
 * of other scripts, which NFKC leaves alone: Arabic pages write `٥ مارس ٢٠١٢`, Persian ones `۱۵ اسفند ۱۳۹۰`, Hindi ones
 * may write `५ मार्च २०१२`; and the Arabic comma (`الاثنين، ٥ مارس`).
 */
export function foldWidth(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (c.charCodeAt(0) < 0x80) {
      out += c;
      continue;
    }
    // Zero-width characters sit between date and time on some CMS pages; read them as spaces.
    if (/[\u200b-\u200d\u2060\ufeff]/.test(c)) {
      out += ' ';
      continue;
    }
    const digit = scriptDigit(c.charCodeAt(0));
    if (digit !== null) {
      out += digit;
      continue;
    }
    if (c === '\u060c') {
      out += ',';
      continue;
    }
    const n = c.normalize('NFKC');
    // Only one-unit results (ｆ→f, ２→2, ：→:, U+3000/U+00A0→space); expansions like ㍻→平成 would shift offsets.
    out += n.length === 1 ? n : c;
  }
  return out;
}

/** Zeros of the decimal digit blocks of scripts whose pages write dates in them (Arabic-Indic, Persian, Devanagari, Bengali). */
const DIGIT_ZEROS = [0x0660, 0x06f0, 0x0966, 0x09e6];

/** The ASCII digit a digit of another script stands for, or null. */
function scriptDigit(code: number): string | null {
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return String(code - zero);
  return null;
}
