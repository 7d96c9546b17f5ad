/**
 * Dates a page shows relative to when it was served: `3小时前`, `昨天 10:21`, `2 hours ago`, `vor 3 Stunden`, and, on
 * Chinese, Japanese and Korean pages, a day without its year (`03-05 10:21`, `3月5日`, `3/5(火) 17:09`). They name a
 * day only against the moment the page was saved, which the caller gives (a WARC record's WARC-Date); without it they
 * are not read at all, as no date is guessed from the clock of the machine that reads the page.
 */
import words from '../data/date-relative.json' with { type: 'json' };
import { escapeRegExp, prefixTree } from '../parse/regexp.js';
import {
  daysInMonth,
  fromInstant,
  normalizeOffset,
  offsetMinutes,
  renderDate,
  withTime,
  zoneOffsetMinutes,
  type TimeParts,
} from './build.js';
import { timeAfter, type FoundTime } from './time.js';
import type { ParsedDate } from './types.js';

/** Where the page's wall clock stands against UTC: its language's fixed offset, or the zone its language places it in. */
export interface PageClock {
  /** `+08:00`: a time written without a zone is in it, and an instant is written in it. */
  offset: string | null;
  /** An IANA zone (`Europe/Berlin`): the capture's day is counted in it where no offset is given. */
  zone: string | null;
}

const UNITS = new Map(Object.entries(words.units).map(([w, s]) => [w.toLowerCase(), s]));
const NUMBER_WORDS = new Map(Object.entries(words.numberWords));
const DAY_WORDS: Record<string, Record<string, number>> = words.dayWords;

const COUNT = `(\\d{1,3}|${prefixTree([...NUMBER_WORDS.keys()])})`;
// Longest unit first within the tree; a Latin unit must end its word (`min` is not `mine`).
const UNIT = `(${prefixTree([...UNITS.keys()])})(?![\\p{Script=Latin}])`;
/**
 * A count glued to the month or year before it (`本月5日前`: before the 5th) is a date, not a distance; a Latin count
 * word starts a word (`a day ago`, not `data day ago`).
 */
const AGO = new RegExp(
  words.agoForms.map((form) => `(?<![月年第\\d\\p{Script=Latin}])${form.replace('{n}', COUNT).replace('{unit}', UNIT)}`).join('|'),
  'iu',
);
const AGO_GROUPS = 2;

interface DayForms {
  words: Map<string, number>;
  /** The day word, standing alone as a word; the time after it (`昨天 10:21`, `yesterday at 3:21 PM`) is timeAfter's. */
  word: RegExp;
  alone: RegExp;
}
const dayForms = new Map<string, DayForms | null>();

/** The day words of the page's language (its primary subtag), compiled on first use. */
function dayFormsOf(lang: string): DayForms | null {
  const primary = lang.toLowerCase().split(/[-_]/)[0]!;
  let forms = dayForms.get(primary);
  if (forms === undefined) {
    const table = DAY_WORDS[primary];
    forms = null;
    if (table) {
      const word = `(${prefixTree(Object.keys(table).map((w) => w.toLowerCase()))})`;
      forms = {
        words: new Map(Object.entries(table).map(([w, d]) => [w.toLowerCase(), d])),
        word: new RegExp(`(?<![\\p{L}])${word}(?![\\p{Script=Latin}])`, 'iu'),
        alone: new RegExp(`^${word}$`, 'iu'),
      };
    }
    dayForms.set(primary, forms);
  }
  return forms;
}

const INSTANT = new RegExp(`(?:${words.instantWords.map(escapeRegExp).join('|')})`, 'iu');
/**
 * A day without its year: `03-05 10:21`, `3/5(火) 17:09`, `3月5日 10:21`, `3月5日`; month first, as East Asia writes it.
 * The time after it, a weekday in brackets between, is timeAfter's.
 */
const YEARLESS = /(?<![\d/.\-年])(\d{1,2})(?:([-/.])|月)(\d{1,2})(日)?(?![\d/.-])/u;
const EAST_ASIAN = /^(?:zh|ja|ko)(?:$|[-_])/i;

/** The capture's day on the page's wall clock, and the offset an instant is written in (null: UTC). */
function wallClock(captured: number, clock: PageClock): { year: number; month: number; day: number; offset: string | null } {
  const offset = clock.offset ? normalizeOffset(clock.offset) : null;
  const minutes = offset ? offsetMinutes(offset) : clock.zone ? zoneOffsetMinutes(clock.zone, captured) : 0;
  const local = new Date(captured + minutes * 60_000);
  return { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate(), offset };
}

/** The day `delta` days from y-m-d. */
function shiftDay(y: number, m: number, d: number, delta: number): { year: number; month: number; day: number } {
  const t = new Date(Date.UTC(y, m - 1, d + delta));
  return { year: t.getUTCFullYear(), month: t.getUTCMonth() + 1, day: t.getUTCDate() };
}

/** A time read by timeAfter as the wall time it shows (a zone word after it is not read: the page's clock is known). */
const wallTime = (t: FoundTime): TimeParts => ({ hour: t.hour, minute: t.minute, second: t.second });

const countOf = (raw: string): number => NUMBER_WORDS.get(raw.toLowerCase()) ?? Number(raw);

/**
 * The date `text` (one short line of the page) shows relative to `capturedAt` (ms since the epoch), or null. `lang`
 * (the page's) chooses the day words read, and a Chinese, Japanese or Korean page's day without a year (month first).
 */
export function relativeDate(text: string, capturedAt: number, clock: PageClock, lang: string | null): ParsedDate | null {
  return findRelativeDate(text, capturedAt, clock, lang)?.parsed ?? null;
}

/** relativeDate with where in `text` the date starts (a label before it tells a publication from an update). */
export function findRelativeDate(
  text: string,
  capturedAt: number,
  clock: PageClock,
  lang: string | null,
): { parsed: ParsedDate; index: number } | null {
  const now = wallClock(capturedAt, clock);
  const at = (parsed: ParsedDate | null, index: number) => (parsed ? { parsed, index } : null);
  const ago = AGO.exec(text);
  if (ago) {
    for (let i = 1; i < ago.length; i += AGO_GROUPS) {
      if (ago[i] === undefined) continue;
      const seconds = countOf(ago[i]!) * (UNITS.get(ago[i + 1]!.toLowerCase()) ?? Number.NaN);
      if (!Number.isFinite(seconds)) return null;
      // Days and weeks name a day; shorter spans an instant (to the minute: the page rounded it anyway).
      if (seconds >= 86_400) {
        const d = shiftDay(now.year, now.month, now.day, -Math.round(seconds / 86_400));
        return at({ iso: renderDate(d), hasTime: false, hasZone: false }, ago.index);
      }
      const instant = Math.floor((capturedAt - seconds * 1000) / 60_000) * 60_000;
      return at(fromInstant(instant, { defaultOffset: now.offset }), ago.index);
    }
  }
  const days = lang ? dayFormsOf(lang) : null;
  const dayWord = days?.word.exec(text);
  const dayTime = dayWord ? timeAfter(text, dayWord.index + dayWord[0].length) : null;
  if (dayWord && dayTime) {
    const d = shiftDay(now.year, now.month, now.day, days!.words.get(dayWord[1]!.toLowerCase()) ?? 0);
    return at(withTime(d, wallTime(dayTime), { defaultOffset: now.offset }), dayWord.index);
  }
  const dayAlone = days?.alone.exec(text.trim());
  if (dayAlone) {
    const d = shiftDay(now.year, now.month, now.day, days!.words.get(dayAlone[1]!.toLowerCase()) ?? 0);
    return at({ iso: renderDate(d), hasTime: false, hasZone: false }, 0);
  }
  const instant = INSTANT.exec(text);
  if (instant) return at(fromInstant(Math.floor(capturedAt / 60_000) * 60_000, { defaultOffset: now.offset }), instant.index);
  return lang && EAST_ASIAN.test(lang) ? yearlessDate(text, now) : null;
}

/** `03-05 10:21`, `3月5日`: the latest such day not after the capture's (a page shows last December's in January). */
function yearlessDate(
  text: string,
  now: { year: number; month: number; day: number; offset: string | null },
): { parsed: ParsedDate; index: number } | null {
  const m = YEARLESS.exec(text);
  if (!m) return null;
  const time = timeAfter(text, m.index + m[0].length);
  // `3/5` alone is as often a score or a fraction as a day: it needs 月…日 or a time beside it.
  if (!time && !(m[2] === undefined && m[4] !== undefined)) return null;
  const month = Number(m[1]);
  const day = Number(m[3]);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  const later = month > now.month || (month === now.month && day > now.day);
  const year = later ? now.year - 1 : now.year;
  if (day > daysInMonth(year, month)) return null;
  const d = { year, month, day };
  const parsed = time ? withTime(d, wallTime(time), { defaultOffset: now.offset }) : { iso: renderDate(d), hasTime: false, hasZone: false };
  return { parsed, index: m.index };
}
