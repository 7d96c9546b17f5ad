/**
 * Runs of one character longer than MAX_CHAR_RUN are cut to that length before parsing. No article holds sixty-five
 * thousand of one character in a row; hostile and broken pages hold megabytes of them, and every stage that reads
 * text (Readability reads the text of each ancestor of every candidate) pays for each character again.
 */
export const MAX_CHAR_RUN = 65_536;

/**
 * `s` with every run of one UTF-16 unit longer than `max` cut to `max`, and how many units were cut.
 * Reads only every `step`-th unit (plus the runs found around equal samples), not every unit: this runs over every
 * page, and pages almost never hold such a run. A run of more than `max` units covers two neighbouring samples
 * (`step` = ⌈max / 2⌉ leaves no gap it could fit in), so one holding the same unit at both ends is where to look.
 */
export function capCharRuns(s: string, max = MAX_CHAR_RUN): { text: string; cut: number } {
  const step = Math.max(1, Math.floor((max + 1) / 2));
  let cut = 0;
  const parts: string[] = [];
  let from = 0;
  let p = 0;
  while (p + step < s.length) {
    const unit = s.charCodeAt(p);
    if (unit !== s.charCodeAt(p + step)) {
      p += step;
      continue;
    }
    let start = p;
    while (start > 0 && s.charCodeAt(start - 1) === unit) start--;
    let end = p + 1;
    while (end < s.length && s.charCodeAt(end) === unit) end++;
    if (end - start > max) {
      parts.push(s.slice(from, start + max));
      from = end;
      cut += end - start - max;
    }
    // The next sample after this run: a later run starts at or after `end`.
    p = Math.max(p + step, Math.ceil(end / step) * step);
  }
  if (!cut) return { text: s, cut };
  parts.push(s.slice(from));
  return { text: parts.join(''), cut };
}
