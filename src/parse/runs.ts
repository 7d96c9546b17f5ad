/**
 * Runs of one character longer than MAX_CHAR_RUN are cut to that length before parsing. No article holds sixty-five
 * thousand of one character in a row; hostile and broken pages hold megabytes of them, and every stage that reads
 * text (Readability reads the text of each ancestor of every candidate) pays for each character again.
 */
export const MAX_CHAR_RUN = 65_536;

/** `s` with every run of one UTF-16 unit longer than `max` cut to `max`, and how many units were cut. One pass. */
export function capCharRuns(s: string, max = MAX_CHAR_RUN): { text: string; cut: number } {
  let cut = 0;
  const parts: string[] = [];
  let from = 0;
  let runStart = 0;
  for (let i = 1; i <= s.length; i++) {
    if (i < s.length && s.charCodeAt(i) === s.charCodeAt(runStart)) continue;
    if (i - runStart > max) {
      parts.push(s.slice(from, runStart + max));
      from = i;
      cut += i - runStart - max;
    }
    runStart = i;
  }
  if (!cut) return { text: s, cut };
  parts.push(s.slice(from));
  return { text: parts.join(''), cut };
}
