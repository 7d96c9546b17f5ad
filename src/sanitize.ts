/**
 * Output hygiene: characters no Article string may hold, and the one pass that takes them out.
 * Control characters come from pages (a NUL in a title, a vertical tab pasted from a word processor),
 * noncharacters and lone surrogates from broken bytes or from cutting a string inside a surrogate pair.
 * None of them is text a reader sees, and several break the JSONL consumers downstream.
 */
import type { Article } from './types.js';

/**
 * C0 controls other than tab, newline and carriage return (CR is normalised, not dropped); the
 * noncharacters U+FDD0–U+FDEF and U+xFFFE/U+xFFFF of every plane; lone surrogate halves.
 */
const FORBIDDEN =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufdd0-\ufdef\ufffe\uffff]|[\ud83f\ud87f\ud8bf\ud8ff\ud93f\ud97f\ud9bf\ud9ff\uda3f\uda7f\udabf\udaff\udb3f\udb7f\udbbf\udbff][\udffe\udfff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/** Test form of FORBIDDEN (no `g`: `test` on a global regex is stateful), plus a carriage return. */
const UNCLEAN = new RegExp(`${FORBIDDEN.source}|\\r`);

/** Whether a string holds a character an Article string may not hold (see FORBIDDEN; also CR). */
export function hasForbiddenChars(s: string): boolean {
  return UNCLEAN.test(s);
}

/** `s` with CR/CRLF as LF and forbidden characters dropped, and how many were dropped. */
export function cleanOutputString(s: string): { text: string; dropped: number } {
  if (!UNCLEAN.test(s)) return { text: s, dropped: 0 };
  let dropped = 0;
  const text = s.replace(/\r\n?/g, '\n').replace(FORBIDDEN, () => {
    dropped++;
    return '';
  });
  return { text, dropped };
}

/**
 * Cleans every string of a value in place (objects and arrays are walked; the Article is shallow, so a stack is
 * not needed, but one is used so no caller-supplied shape can overflow it). Returns the characters dropped.
 */
export function sanitizeStrings(root: object): number {
  let dropped = 0;
  const stack: object[] = [root];
  while (stack.length) {
    const obj = stack.pop()! as Record<string, unknown>;
    for (const key of Object.keys(obj)) {
      const v = obj[key];
      if (typeof v === 'string') {
        const c = cleanOutputString(v);
        if (c.text !== v) obj[key] = c.text;
        dropped += c.dropped;
      } else if (v && typeof v === 'object') stack.push(v);
    }
  }
  return dropped;
}

/** Warning text when characters were dropped from the output. */
export function droppedWarning(count: number): string {
  return `dropped ${count} control character${count === 1 ? '' : 's'} or noncharacter${count === 1 ? '' : 's'} from the output`;
}

/** Article fields that are null when absent: a value emptied by the cleaning becomes null, not `''`. */
const NULLABLE = ['title', 'source', 'siteName', 'editor', 'lang', 'excerpt', 'html', 'url', 'encoding'] as const;

/**
 * Cleans an Article in place: every string (warnings, removed samples and origins included) loses its
 * forbidden characters, an empty or blank nullable field becomes null, a list entry left empty leaves its
 * list, and a warning says how many characters went.
 */
export function sanitizeArticle(article: Article): Article {
  const dropped = sanitizeStrings(article);
  // also without drops: a page with no body gave `html: ''`
  const fields = article as unknown as Record<string, unknown>;
  for (const key of NULLABLE) if (typeof fields[key] === 'string' && !(fields[key] as string).trim()) fields[key] = null;
  if (dropped === 0) return article;
  article.section = article.section.filter((s) => s.trim());
  article.authors = article.authors.filter((s) => s.trim());
  article.spam.hosts = article.spam.hosts.filter((s) => s);
  article.warnings.push(droppedWarning(dropped));
  return article;
}
