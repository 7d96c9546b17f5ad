/**
 * Weekday names of many languages (src/data/date-weekdays.json), read only beside a date: between a date and its
 * time, and as the check that a date with a two-digit year is one (`Di 03.05.22`: its own weekday).
 */
import weekdayData from '../data/date-weekdays.json' with { type: 'json' };
import type { DateParts } from './build.js';
import { prefixTree } from '../parse/regexp.js';

const WEEKDAYS = new Map<string, number>();
for (const [lang, table] of Object.entries(weekdayData)) {
  if (lang.startsWith('_')) continue;
  for (const [name, day] of Object.entries(table as Record<string, number>)) {
    const prev = WEEKDAYS.get(name);
    if (prev !== undefined && prev !== day) throw new Error(`date-weekdays.json: "${name}" means ${prev} and ${day}`);
    WEEKDAYS.set(name, day);
  }
}

const capitalized = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);

/**
 * A weekday name as written in lower case or capitalized (`salı`, `Salı`; the patterns it joins are case-sensitive,
 * since their zone words are upper case on purpose), not the start of a longer word.
 */
export const WEEKDAY_NAME = `(?:${prefixTree([...WEEKDAYS.keys()].flatMap((name) => [name, capitalized(name)]))})(?![\\p{L}\\p{M}])`;

/** A weekday name closing the text, perhaps with its dot and comma: `Di `, `Di., `, `Dienstag, `. */
const WEEKDAY_AT_END = new RegExp(`(?<![\\p{L}\\p{M}])(${WEEKDAY_NAME})\\.?,?\\s{0,3}$`, 'u');

/** Whether the text ends with the name of the weekday these date parts fall on. */
export function ownWeekdayBefore(textBefore: string, parts: DateParts): boolean {
  const m = WEEKDAY_AT_END.exec(textBefore.slice(-20));
  if (!m) return false;
  const named = WEEKDAYS.get(m[1]!.toLowerCase());
  return named !== undefined && new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay() === named;
}

/**
 * The text without a weekday name closing it (`Jane Doe on Tuesday, ` → `Jane Doe on `): a name of four letters or
 * more, or a shorter one with its dot or comma (`Mon, `, `Di. `; a bare `Do` or `Mar` may end a name).
 */
export function withoutWeekdayAtEnd(text: string): string {
  const m = WEEKDAY_AT_END.exec(text);
  if (!m || !WEEKDAYS.has(m[1]!.toLowerCase())) return text;
  return m[1]!.length >= 4 || /[.,]\s*$/.test(m[0]) ? text.slice(0, m.index) : text;
}
