/**
 * Date reading for newsclean: one strict-value parser (`parseDate`), a scanner for info lines and bylines
 * (`findDatesInText`) and a URL reader (`dateFromUrl`). No time is ever invented and no offset converted
 * (`inUtc` converts on request).
 */
import { fromInstant, isValidDate, dateOnly } from './build.js';
import { foldWidth } from './fold.js';
import { scanDates } from './scan.js';
import type { DateOptions, FoundDate, ParsedDate } from './types.js';

export type { DateLabel, DateOptions, FoundDate, ParsedDate } from './types.js';
export { dateFromUrl } from './url.js';
export { inOffset, inUtc, normalizeOffset, offsetFromMinutes } from './build.js';
export { languageOffset, languageZone } from './time.js';
export { findRelativeDate, relativeDate } from './relative.js';

/**
 * Parse one date value: a meta/JSON-LD/`<time>` value or the text of a date element. Digits-only input is a
 * Unix timestamp (10 digits = seconds, 13 = milliseconds) or `YYYYMMDD`; anything else yields its first
 * recognisable date (labels around it are ignored). Returns null when there is none or it is implausible.
 */
export function parseDate(raw: string, opts?: DateOptions): ParsedDate | null {
  const text = foldWidth(raw.normalize('NFC')).trim();
  if (/^\d+$/.test(text)) return parseDigits(text, opts);
  return scanDates(text, opts, false)[0]?.parsed ?? null;
}

function parseDigits(digits: string, opts?: DateOptions): ParsedDate | null {
  if (digits.length === 10) return fromInstant(Number(digits) * 1000, opts);
  if (digits.length === 13) return fromInstant(Number(digits), opts);
  if (digits.length === 8) {
    const parts = { year: Number(digits.slice(0, 4)), month: Number(digits.slice(4, 6)), day: Number(digits.slice(6)) };
    return isValidDate(parts, opts) ? dateOnly(parts) : null;
  }
  return null;
}

/**
 * Every date in visible text, in text order, with `index`/`raw` pointing into the given string. Dates with a
 * published/modified label word just before them carry `label`. Two-digit-year dates count only with a time
 * or a label; month-day without a year never counts.
 */
export function findDatesInText(text: string, opts?: DateOptions): FoundDate[] {
  const folded = foldWidth(text);
  return scanDates(folded, opts, true).map((f) => ({ ...f, raw: text.slice(f.index, f.index + f.raw.length) }));
}
