/**
 * Width folding that keeps string length: full-width digits/colons/letters (NFKC) and odd spaces become ASCII,
 * one UTF-16 unit for one, so match offsets in the folded text are offsets in the original text.
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
    const n = c.normalize('NFKC');
    // Only one-unit results (ｆ→f, ２→2, ：→:, U+3000/U+00A0→space); expansions like ㍻→平成 would shift offsets.
    out += n.length === 1 ? n : c;
  }
  return out;
}
