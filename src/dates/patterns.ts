/**
 * Date cores (day, month, year; no time) found in folded text. Each matcher yields only valid calendar dates;
 * overlaps between matchers are settled by the caller (leftmost, then longest).
 */
import monthData from '../data/date-months.json' with { type: 'json' };
import { expandYear, isValidDate, type DateParts } from './build.js';
import type { DateOptions } from './types.js';
import { prefixTree } from '../parse/regexp.js';

export interface DateCore {
  start: number;
  end: number;
  parts: DateParts;
  /** Two-digit-year numeric dates: in running text kept only with a time or a label next to them. */
  weak: boolean;
  /**
   * The date may carry its time in front: month-name dates (`3:45 PM EDT, Fri July 21, 2023`) and numeric ones with
   * a four-digit year (`18:34 19.10.2019`, an info line's time and day in two spans; `14:35, 05.03.2024`).
   */
  headTime: boolean;
  /** Month-first reading of an ambiguous `A/B/YYYY` read day-first by default; taken when a US zone follows. */
  monthFirst?: DateParts;
}

/** Japanese and ROC eras: year 1 of the era is `base + 1`. */
const ERA_BASE: Record<string, number> = { 令和: 2018, 平成: 1988, 民國: 1911, 民国: 1911 };
/** The same Japanese eras by their initials (`H24.3.5`). */
const ERA_INITIALS: Record<string, number> = { R: 2018, H: 1988 };

const MONTHS = new Map<string, number>();
for (const [lang, table] of Object.entries(monthData)) {
  if (lang.startsWith('_')) continue;
  for (const [name, num] of Object.entries(table as Record<string, number>)) {
    const prev = MONTHS.get(name);
    if (prev !== undefined && prev !== num) throw new Error(`date-months.json: "${name}" means ${prev} and ${num}`);
    MONTHS.set(name, num);
  }
}
const MONTH_RE = prefixTree([...MONTHS.keys()]);

// A year may run straight into its time when page text is glued from adjacent elements (`4 de mayo de 202200:00 hs`).
const YEAR_END = '(?:(?!\\d)|(?=\\d{1,2}:\\d{2}))';

const monthOf = (name: string): number => MONTHS.get(name.normalize('NFC').toLowerCase()) ?? 0;

/** Thai month names: their dates count years in the Buddhist era, 543 ahead (`5 มี.ค. 2567` is 5 March 2024). */
const THAI_MONTHS: ReadonlySet<string> = new Set(Object.keys(monthData.th));
const BUDDHIST_ERA_OFFSET = 543;
const BUDDHIST_ERA_FROM = 2400;
/** The year of a month-name date: a Buddhist-era one after a Thai month name, in the common era. */
function monthNameYear(year: number, month: string): number {
  return year > BUDDHIST_ERA_FROM && THAI_MONTHS.has(month.normalize('NFC')) ? year - BUDDHIST_ERA_OFFSET : year;
}

/** Solar Hijri month names (Iranian pages: `۱۵ اسفند ۱۳۹۰`), and the years of that calendar a news page may carry. */
const JALALI_MONTHS: ReadonlySet<string> = new Set(Object.keys(monthData['fa-jalali']));
const JALALI_YEARS = { from: 1300, to: 1499 };
const isJalaliYear = (year: number): boolean => year >= JALALI_YEARS.from && year <= JALALI_YEARS.to;

/** A Solar Hijri date in the Gregorian calendar (the 33-year arithmetic rule, exact for the years read here). */
export function fromJalali(jy: number, jm: number, jd: number): DateParts {
  const y = jy + 1595;
  let days =
    -355668 + 365 * y + Math.floor(y / 33) * 8 + Math.floor(((y % 33) + 3) / 4) + jd + (jm < 7 ? (jm - 1) * 31 : (jm - 7) * 30 + 186);
  let year = 400 * Math.floor(days / 146097);
  days %= 146097;
  if (days > 36524) {
    days--;
    year += 100 * Math.floor(days / 36524);
    days %= 36524;
    if (days >= 365) days++;
  }
  year += 4 * Math.floor(days / 1461);
  days %= 1461;
  if (days > 365) {
    year += Math.floor((days - 1) / 365);
    days = (days - 1) % 365;
  }
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  let month = 0;
  let day = days + 1;
  while (month < 11 && day > lengths[month]!) day -= lengths[month++]!;
  return { year, month: month + 1, day };
}

/**
 * A day-month-year date with a month name: a Solar Hijri month's only with a year of that calendar, converted (a Jalali
 * month with a Gregorian year is no date); a Thai month's year in the common era.
 */
function namedDate(day: number, month: string, year: number): DateParts {
  if (JALALI_MONTHS.has(month.normalize('NFC'))) {
    const jm = monthOf(month);
    return isJalaliYear(year) && day <= (jm <= 6 ? 31 : 30) ? fromJalali(year, jm, day) : { year: NaN, month: jm, day };
  }
  return { year: monthNameYear(year, month), month: monthOf(month), day };
}

/**
 * `A<sep>B<sep>Y`: a field above 12 decides; otherwise `opts.dayFirst` (set by the caller or from the text's
 * month-name dates, see findDateCores). Dots are always day-first: no locale writes month.day.year.
 */
function dayMonth(a: number, b: number, sep: string, opts?: DateOptions): [day: number, month: number] {
  if (a > 12 && b <= 12) return [a, b];
  if (b > 12 && a <= 12) return [b, a];
  const dayFirst = sep === '.' || (opts?.dayFirst ?? true);
  return dayFirst ? [a, b] : [b, a];
}

/** Options as the matchers see them: `callerOrder` = the caller fixed dayFirst, so no second reading. */
interface ReadOptions extends DateOptions {
  callerOrder?: boolean;
}

interface Matcher {
  re: RegExp;
  /** What `re` cannot match without: tested first, as most lines hold no date and the month-name patterns are slow. */
  needs: RegExp[];
  headTime?: boolean;
  /** Month-name matchers also tell which order the page writes numeric dates in. */
  order?: 'dayFirst' | 'monthFirst';
  read(g: string[], opts?: ReadOptions): { parts: DateParts; weak?: boolean; monthFirst?: DateParts } | null;
}

const n = (s: string | undefined): number => Number(s ?? 'NaN');

// Gaps are bounded (`\s{0,3}`, not `\s*`): two unbounded gaps around an optional part (`\s*,?\s*`)
// backtrack quadratically on a long run of spaces. Text reaching the matchers is whitespace-collapsed.

const FOUR_DIGITS = /\d{4}/;
const ANY_DIGIT = /\d/;
// A month name is a run of letters (and the vowel signs of Indic scripts, marks: `मार्च`) as long as the shortest
// name at least (what matches a letter ignoring case is a letter): numeric dates and ISO values (`2016-12-09T14:50:00+00:00`) never run, nor in a one-page run
// compile, the month-name patterns.
// Thai abbreviations hold a dot between single letters (`ม.ค`): they are needed as such, not by their length.
const SHORTEST_MONTH = Math.min(...[...MONTHS.keys()].filter((name) => !name.includes('.')).map((name) => [...name].length));
const MONTH_NAME_NEEDS = [FOUR_DIGITS, new RegExp(`[\\p{L}\\p{M}]{${SHORTEST_MONTH}}|\\p{L}\\p{M}*\\.\\p{L}`, 'u')];

const MATCHERS: Matcher[] = [
  {
    // 2023-07-21, 2023/7/21, 2023.07.21, 2023. 7. 21., and a two-digit day glued to its time by the markup
    // (`<span>2023-07-21</span><span>09:31</span>` reads `2023-07-2109:31`), or a year glued to the time before it
    // (`<span>10:21</span><span>2024/03/05</span>` reads `10:212024/03/05`).
    re: /(?:(?<!\d)|(?<=\d:\d\d))(\d{4})\s?([-/.])\s?(\d{1,2})\s?\2\s?(?:(\d{1,2})(?!\d|\.\d)|(\d{2})(?=\d{2}:\d{2}(?!\d)))/gu,
    needs: [FOUR_DIGITS],
    headTime: true,
    read: (g) => {
      const [year, month, day] = [n(g[1]), n(g[3]), n(g[4] || g[5])];
      // `۱۳۹۰/۱۲/۱۵` (Iranian pages): a year of the Solar Hijri calendar, which no Gregorian news date has.
      if (isJalaliYear(year)) return month <= 12 && day <= (month <= 6 ? 31 : 30) ? { parts: fromJalali(year, month, day) } : null;
      return { parts: { year, month, day } };
    },
  },
  {
    // ISO basic date-time 20230721T093105Z (only with the T: a bare 8-digit run is an ID more often than not)
    re: /(?<![A-Za-z\d])(\d{4})(\d{2})(\d{2})(?=T\d{4})/gu,
    needs: [FOUR_DIGITS],
    read: (g) => ({ parts: { year: n(g[1]), month: n(g[2]), day: n(g[3]) } }),
  },
  {
    // 2023年7月21日, 2023年07月21日09:31, 23年7月21日 (two-digit year: weak), Korean 2023년 7월 21일. Not archive menus
    // `2022年 8月 7月 6月`.
    re: /(?<![\d]|令和|平成|民國|民国)(\d{4}|\d{2})\s{0,3}[年년]\s{0,3}(\d{1,2})\s{0,3}[月월]\s{0,3}(\d{1,2})(?:\s{0,3}[日号號일]|(?!\d|\s{0,3}[月年월년]))/gu,
    needs: [/\d{2}\s{0,3}[年년]/],
    headTime: true,
    read: (g, opts) => {
      const y = g[1] ?? '';
      const year = y.length === 2 ? expandYear(n(y), opts) : n(y);
      return { parts: { year, month: n(g[2]), day: n(g[3]) }, weak: y.length === 2 };
    },
  },
  {
    // Vietnamese: ngày 21 tháng 7 năm 2023 (day, month, year, each after its word)
    re: /(?<!\d)(\d{1,2})\s{1,3}tháng\s{1,3}(\d{1,2})\s{0,3},?\s{1,3}năm\s{1,3}(\d{4})(?!\d)/giu,
    needs: [/tháng/iu],
    headTime: true,
    read: (g) => ({ parts: { year: n(g[3]), month: n(g[2]), day: n(g[1]) } }),
  },
  {
    // 令和5年7月21日, 民國112年7月21日
    re: /(令和|平成|民國|民国)\s{0,3}(\d{1,3}|元)\s{0,3}年\s{0,3}(\d{1,2})\s{0,3}月\s{0,3}(\d{1,2})\s{0,3}[日号號]?/gu,
    needs: [/令和|平成|民國|民国/],
    read: (g) => {
      const base = ERA_BASE[g[1] ?? ''] ?? NaN;
      const y = g[2] === '元' ? 1 : n(g[2]);
      return { parts: { year: base + y, month: n(g[3]), day: n(g[4]) } };
    },
  },
  {
    // H24.3.5, R6/3/5: Japanese pages write an era by its initial (Heisei 24 = 2012, Reiwa 6 = 2024). Read on Japanese
    // pages only (`eraInitials`): elsewhere `R6.3.5` is as likely a release number.
    re: /(?<![A-Za-z\d])([HR])\s?(\d{1,2}|元)([./])(\d{1,2})\3(\d{1,2})(?![\d./])/gu,
    needs: [/[HR]\s?(?:\d|元)/],
    headTime: true,
    read: (g, opts) => {
      if (!opts?.eraInitials) return null;
      const y = g[2] === '元' ? 1 : n(g[2]);
      return { parts: { year: (ERA_INITIALS[g[1] ?? ''] ?? NaN) + y, month: n(g[4]), day: n(g[5]) } };
    },
  },
  {
    // 113年3月5日 (2024): Taiwanese government pages write the ROC year without its era's name; a three-digit year before
    // 年, with a month and a day after it, is no other calendar's.
    re: /(?<!\d|(?:民國|民国)\s{0,3})(1\d{2})\s{0,3}年\s{0,3}(\d{1,2})\s{0,3}月\s{0,3}(\d{1,2})\s{0,3}[日号號]?/gu,
    needs: [/1\d{2}\s{0,3}年/],
    headTime: true,
    read: (g) => ({ parts: { year: (ERA_BASE['民國'] ?? NaN) + n(g[1]), month: n(g[2]), day: n(g[3]) } }),
  },
  {
    // 113-03-05, 113/03/05, 113.03.05 (2024): the same pages' numeric form (`發布日期：113-03-05`). Month and day of two
    // digits and a year of the ROC's own century (100–199): another three-digit run is a code. Weak, as a two-digit
    // year is: in running text it counts with a label or a time only.
    re: /(?<![\d.\-/])(1\d{2})([-/.])(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?![\d.\-/])/gu,
    needs: [/1\d{2}[-/.]/],
    headTime: true,
    read: (g) => ({ parts: { year: (ERA_BASE['民國'] ?? NaN) + n(g[1]), month: n(g[3]), day: n(g[4]) }, weak: true }),
  },
  {
    // 21.07.2023, 7/21/2023, 21-07-2023, 21.07.23, 07/21/23, and the two-digit-year-first 23-07-21; also right after a
    // label's colon (`发表时间：21/07/2023`), not after a time's (`10:21/07`).
    re: /(?<![\d.\-/]|\d:)(\d{1,2})\s?([./-])\s?(\d{1,2})\s?\2\s?(\d{4}|\d{2})(?!\d|[.\-/]\d)/gu,
    needs: [ANY_DIGIT],
    headTime: true,
    read: (g, opts) => {
      const a = n(g[1]);
      const b = n(g[3]);
      const sep = g[2] ?? '';
      const y = g[4] ?? '';
      if (y.length === 4) {
        const [day, month] = dayMonth(a, b, sep, opts);
        const parts = { year: n(y), month, day };
        const ambiguous = sep === '/' && a <= 12 && b <= 12 && a !== b && day === a && !opts?.callerOrder;
        return ambiguous ? { parts, monthFirst: { year: n(y), month: a, day: b } } : { parts };
      }
      // NN-NN-NN is YY-MM-DD first (Chinese portals: 23-07-21 09:31), then DD-MM-YY.
      if (sep === '-' && opts?.shortYearFirst !== false) {
        const ymd = { year: expandYear(a, opts), month: b, day: n(y) };
        if (isValidDate(ymd, opts)) return { parts: ymd, weak: true };
      }
      const [day, month] = dayMonth(a, b, sep, opts);
      return { parts: { year: expandYear(n(y), opts), month, day }, weak: true };
    },
  },
  {
    // 21 July 2023, 21. Juli 2023, 21 de julio de 2023, 1er juillet 2023, 21-Jul-2023, Fri, 21 Jul 2023
    re: new RegExp(
      `(?<!\\d)(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?(?:\\s{0,3}(?:de|of)\\s{1,3}|[\\s\\-/]{0,4})(${MONTH_RE})\\.?(?![\\p{L}\\p{M}])(?:,?\\s{0,3}(?:de|del)\\s{1,3}|[\\s,\\-/]{0,4})(\\d{4})${YEAR_END}`,
      'giu',
    ),
    needs: MONTH_NAME_NEEDS,
    headTime: true,
    order: 'dayFirst',
    read: (g) => ({ parts: namedDate(n(g[1]), g[2] ?? '', n(g[3])) }),
  },
  {
    // 2024. március 5. (Hungarian: year, month name, day, each closed by a dot)
    re: new RegExp(`(?<!\\d)(\\d{4})\\.\\s{0,3}(${MONTH_RE})\\.?\\s{0,3}(\\d{1,2})\\.(?!\\d)`, 'giu'),
    needs: MONTH_NAME_NEEDS,
    read: (g) => ({ parts: { year: n(g[1]), month: monthOf(g[2] ?? ''), day: n(g[3]) } }),
  },
  {
    // July 21, 2023; Jul. 21 2023; July 21st, 2023; julio 21 de 2023
    re: new RegExp(
      `(?<![\\p{L}\\p{M}])(${MONTH_RE})\\.?\\s{0,3}(\\d{1,2})(?:st|nd|rd|th)?(?!\\d)\\s{0,3},?\\s{0,3}(?:de\\s{1,3})?(\\d{4})${YEAR_END}`,
      'giu',
    ),
    needs: MONTH_NAME_NEEDS,
    headTime: true,
    order: 'monthFirst',
    read: (g) => ({ parts: { year: n(g[3]), month: monthOf(g[1] ?? ''), day: n(g[2]) } }),
  },
];

/**
 * Ambiguous `03/04/2023`: day-first unless the text itself writes month-name dates month first
 * (`July 21, 2023`) more often than day first — the US pages that use month/day numerically.
 * `matches` holds each matcher's matches in the text (see findDateCores).
 */
function textOrder(matches: RegExpExecArray[][]): boolean {
  let dayFirst = 0;
  let monthFirst = 0;
  MATCHERS.forEach((m, i) => {
    if (m.order === 'dayFirst') dayFirst += matches[i]!.length;
    else if (m.order === 'monthFirst') monthFirst += matches[i]!.length;
  });
  return monthFirst <= dayFirst;
}

const NO_MATCHES: RegExpExecArray[] = [];

/**
 * `[...text.matchAll(re)]` for a global pattern whose lastIndex rests at 0 (as the matchers' do), with the pattern
 * itself: matchAll copies the pattern first, on every line of every page that holds a date's digits.
 */
function allMatches(text: string, re: RegExp): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    out.push(m);
    // An empty match moves on by one character (a code point with the u flag), as matchAll does.
    if (m[0] === '') re.lastIndex += re.unicode && (text.codePointAt(re.lastIndex) ?? 0) > 0xffff ? 2 : 1;
  }
  return out;
}

/** Every valid date core of every matcher, in no particular order. */
export function findDateCores(text: string, options?: DateOptions): DateCore[] {
  if (!ANY_DIGIT.test(text)) return []; // every pattern holds a digit
  // Each pattern runs once: the month-name matches both set the order and are read below.
  const matches = MATCHERS.map((m) => (m.needs.every((re) => re.test(text)) ? allMatches(text, m.re) : NO_MATCHES));
  const opts: ReadOptions = {
    ...options,
    dayFirst: options?.dayFirst ?? textOrder(matches),
    callerOrder: options?.dayFirst !== undefined,
  };
  const out: DateCore[] = [];
  MATCHERS.forEach((m, i) => {
    for (const x of matches[i]!) {
      const r = m.read(
        [...x].map((s) => s ?? ''),
        opts,
      );
      if (!r || !isValidDate(r.parts, opts)) continue;
      const core: DateCore = {
        start: x.index,
        end: x.index + x[0].length,
        parts: r.parts,
        weak: r.weak ?? false,
        headTime: m.headTime ?? false,
      };
      if (r.monthFirst && isValidDate(r.monthFirst, opts)) core.monthFirst = r.monthFirst;
      out.push(core);
    }
  });
  return out;
}
