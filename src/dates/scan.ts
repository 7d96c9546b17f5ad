/** Shared scanner: date cores → non-overlapping dates with their attached time, zone and label. */
import { dateOnly, withTime, type DateParts } from './build.js';
import { labelAfter, labelBefore } from './labels.js';
import { findDateCores, type DateCore } from './patterns.js';
import { isUsZone, timeAfter, timeBefore, timeParts, type FoundTime } from './time.js';
import type { DateOptions, FoundDate } from './types.js';
import { ownWeekdayBefore } from './weekdays.js';

// Numeric dates right after a version word are version numbers (`v2023.07.21`, `版本 2.10.2023`).
const VERSION_BEFORE = /(?:\bv|\bver\.?|\bversion|版本|版本号)\s*$/iu;

/** An English weekday right before a date: `Tue, 03/05/2024 - 10:21` (Drupal's default). Sunday is 0. */
const WEEKDAY_BEFORE = /(?<![A-Za-z])(sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s{0,3}$/i;
const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

/** Whether the weekday printed before an ambiguous `A/B/YYYY` is that of its month-first reading and not the other's. */
function weekdayPicks(text: string, start: number, monthFirst: DateParts, dayFirst: DateParts): boolean {
  const m = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
  if (!m) return false;
  const named = WEEKDAYS.indexOf(m[1]!.toLowerCase());
  const weekday = (d: DateParts): number => new Date(Date.UTC(d.year, d.month - 1, d.day)).getUTCDay();
  return weekday(monthFirst) === named && weekday(dayFirst) !== named;
}

/** Leftmost first, then longest; drop anything overlapping an earlier pick. */
function resolveOverlaps(cores: DateCore[]): DateCore[] {
  const sorted = [...cores].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: DateCore[] = [];
  let lastEnd = -1;
  for (const c of sorted) {
    if (c.start < lastEnd) continue;
    out.push(c);
    lastEnd = c.end;
  }
  return out;
}

/**
 * Scan folded text. `strict` (running text) drops weak two-digit-year dates that have neither a time, a label nor their weekday,
 * since bare `12-05-23` in prose is as likely a score, code or phone fragment as a date.
 */
export function scanDates(text: string, opts: DateOptions | undefined, strict: boolean): FoundDate[] {
  const cores = resolveOverlaps(findDateCores(text, opts));
  const out: FoundDate[] = [];
  let prevEnd = 0;
  const updatedAfter: FoundDate[] = [];
  for (let i = 0; i < cores.length; i++) {
    const c = cores[i] as DateCore;
    if (VERSION_BEFORE.test(text.slice(Math.max(0, c.start - 12), c.start))) continue;
    const nextStart = cores[i + 1]?.start ?? text.length;
    let start = c.start;
    let end = c.end;
    let time: FoundTime | null = timeAfter(text, c.end);
    if (time && time.at > nextStart) time = null;
    if (time) end = time.at;
    // (not to a weak date, `12:30 10.11.12`: a time before it would make it count)
    else if (c.headTime && !c.weak) {
      time = timeBefore(text, c.start, prevEnd);
      if (time) start = time.at;
    }
    const before = labelBefore(text, start, prevEnd);
    const after = before ? undefined : labelAfter(text, end, nextStart);
    const label = before ?? after?.label;
    // Its own weekday before it makes a weak date count too (`Di 03.05.22`: the name checks the digits).
    if (strict && c.weak && !time && !label && !ownWeekdayBefore(text.slice(Math.max(prevEnd, c.start - 20), c.start), c.parts)) continue;
    const parts = c.monthFirst && (isUsZone(time?.zone) || weekdayPicks(text, c.start, c.monthFirst, c.parts)) ? c.monthFirst : c.parts;
    const parsed = time ? withTime(parts, timeParts(time, parts, opts), opts) : dateOnly(parts);
    const found: FoundDate = { parsed, index: start, raw: text.slice(start, end) };
    if (label) found.label = label;
    if (after?.label === 'modified') updatedAfter.push(found);
    out.push(found);
    // (after this date's own label word: `09:00 更新 | 2024-03-05 10:30 首发` labels the second date by 首发 only)
    prevEnd = after?.end ?? end;
  }
  // `更新` after a date is the update's only beside a date labelled published (`09:00 更新 | 10:30 首发`): alone on an
  // old portal's info line (`2005-04-05 06:40更新 来源：转载文章`) it is the time the page was put up. Measured: 2
  // corpus pages of that form, dated by it.
  if (!out.some((d) => d.label === 'published')) for (const d of updatedAfter) delete d.label;
  return out;
}
