/** Publication date encoded in a URL path (date only: URLs never carry a trustworthy time). */
import { dateOnly, isValidDate } from './build.js';
import type { DateOptions, ParsedDate } from './types.js';

// Tried in order; the first valid date in the path wins. Digits may not continue on either side, so long
// numeric IDs (`/12320230721999`) are not read as dates.
const URL_PATTERNS: RegExp[] = [
  // /2023/07/21/, /2023-07-21/, -2023-07-21-, /2023-07/21/, /202307/21/, /2023_07_21, /2023/7/21/
  /(?<!\d)(\d{4})[-_/]?(\d{1,2})[-_/](\d{1,2})(?!\d)/g,
  // /2023/0721/
  /(?<!\d)(\d{4})\/(\d{2})(\d{2})(?!\d)/g,
  // /20230721/, t20230721_123.html, doc-20230721
  /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/g,
  // /2023/jul/21/ (The Guardian)
  /(?<!\d)(\d{4})\/(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\/(\d{1,2})(?!\d)/gi,
];

const URL_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function pathOf(url: string): string {
  try {
    const u = new URL(url, 'http://x.invalid/');
    return decodeURIComponent(u.pathname);
  } catch {
    return url.split(/[?#]/)[0] ?? url;
  }
}

interface Hit {
  index: number;
  parsed: ParsedDate;
}

export function dateFromUrl(url: string, opts?: Pick<DateOptions, 'now'>): ParsedDate | null {
  const path = pathOf(url);
  let best: Hit | null = null;
  for (const re of URL_PATTERNS) {
    for (const m of path.matchAll(re)) {
      const g = m[2] ?? '';
      // `/202307/21/` has a 6-digit year-month; a 1-digit month is only trusted between separators.
      if (g.length === 1 && !/[-_/]/.test(path.charAt(m.index + 4))) continue;
      const month = /^\d+$/.test(g) ? Number(g) : URL_MONTHS.indexOf(g.toLowerCase()) + 1;
      const parts = { year: Number(m[1]), month, day: Number(m[3]) };
      if (!isValidDate(parts, opts)) continue;
      if (!best || m.index < best.index) best = { index: m.index, parsed: dateOnly(parts) };
      break;
    }
  }
  return best?.parsed ?? null;
}
