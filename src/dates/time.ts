/**
 * Clock times attached to a date: after it (`2023-07-21 09:31`, `July 21, 2023 at 9:31 a.m. ET`,
 * `2023年7月21日 9時31分`, ISO `T09:31:05.123+08:00`) or, for month-name dates, before it
 * (`3:45 PM EDT, Fri July 21, 2023`). Zone words are resolved here, against the date they belong to.
 */
import zones from '../data/date-zones.json' with { type: 'json' };
import { isUsDst, normalizeOffset, offsetFromMinutes, type DateParts, type TimeParts } from './build.js';
import type { DateOptions } from './types.js';
import { alternation, prefixTree } from '../parse/regexp.js';
import { WEEKDAY_NAME } from './weekdays.js';

const FIXED: Record<string, string> = zones.fixed;
const US_GENERIC: Record<string, number> = zones.usGeneric;
const US_ZONES = new Set<string>(zones.us);

/** A US zone word next to a numeric date says the page writes month/day/year. */
export function isUsZone(token: string | undefined): boolean {
  return token !== undefined && US_ZONES.has(token);
}

const ZONE_WORDS = prefixTree([...Object.keys(FIXED), ...Object.keys(US_GENERIC)]);

/** Chinese/Japanese day-part words before a time; the value says how to shift a 12-hour clock. */
const DAY_PARTS: Record<string, 'am' | 'pm' | 'noon'> = {
  上午: 'am',
  凌晨: 'am',
  早上: 'am',
  早晨: 'am',
  午前: 'am',
  下午: 'pm',
  午後: 'pm',
  晚上: 'pm',
  晚間: 'pm',
  晚间: 'pm',
  傍晚: 'pm',
  夜间: 'pm',
  夜間: 'pm',
  中午: 'noon',
  // Korean: 오전 10:21 (a.m.), 오후 3:21 (p.m.)
  오전: 'am',
  오후: 'pm',
};
const DAY_PART_RE = alternation(Object.keys(DAY_PARTS));

// Every gap is bounded (`\s{0,3}`, not `\s*`): the unbounded gaps around the optional parts backtracked
// quadratically on a long run of spaces (a `<time datetime>` value is read as the page wrote it).
// Alternatives: 09:31[:05[.123]] | 9时31分[05秒] | 9h31 (fr) | 9.31 Uhr (de), 10.21 uur (nl), 10.20 GMT, 10.30am (Australian
// and British papers) | kl. 10.20 (Nordic). Zones are upper case on purpose:
// a case-insensitive "et" would read the French "and" as Eastern Time.
const CLOCK =
  `(?:(?<pre>${DAY_PART_RE})\\s{0,3})?` +
  '(?:(?<h1>\\d{1,2}):(?<m1>\\d{2})(?::(?<s1>\\d{2})(?:[.,]\\d{1,9})?)?' +
  '|(?<h2>\\d{1,2})\\s{0,3}[时時点點시]\\s{0,3}(?<m2>\\d{1,2})\\s{0,3}[分분](?:\\s{0,3}(?<s2>\\d{1,2})\\s{0,3}[秒초])?' +
  '|(?<h3>\\d{1,2})\\s?h\\s?(?<m3>\\d{2})' +
  '|(?<h4>\\d{1,2})\\.(?<m4>\\d{2})(?=\\s{0,3}(?:[Uu]hr|uur|GMT|UTC|BST|[AaPp]\\.?[Mm]\\.?)(?![A-Za-z]))' +
  // 10.20 after the Nordic `kl.` / `klo` (klokken, kello) and the Italian `ore`: `5 mars 2024 kl. 10.20`,
  // `5.3.2024 klo 10.20`, `3 maggio 2022 ore 10.30`.
  '|(?<=(?<![\\p{L}])(?:kl|klo|ore)\\.?\\s{1,3})(?<h6>\\d{1,2})\\.(?<m6>\\d{2}))(?!\\d)';
const SUFFIX =
  '(?:\\s?(?<ap>[AaPp])\\.?\\s?[Mm]\\.?(?![A-Za-z]))?' +
  '(?:\\s{0,3}(?:[Uu]hr|uur|hrs?\\.?|horas|hs|h)(?![A-Za-z]))?' +
  '(?:\\s{0,3}[(（]?\\s{0,3}(?<zone>(?:GMT|UTC|UT)\\s{0,3}[+-]\\s{0,3}\\d{1,2}(?::?\\d{2})?|Z|[+-]\\d{2}(?::?\\d{2})?|' +
  ZONE_WORDS +
  ')(?![A-Za-z\\d])[)）]?)?';
// ISO basic time right after `T`: 20230721T093105Z.
const COMPACT = 'T(?<h5>\\d{2})(?<m5>\\d{2})(?<s5>\\d{2})?(?:[.,]\\d{1,9})?(?!\\d)';

const EN_WEEKDAY = '(?:[Mm]on|[Tt]ue|[Ww]ed|[Tt]hu(?:rs?)?|[Ff]ri|[Ss]at|[Ss]un)(?:day|nesday|sday|urday|rsday)?';
const WEEKDAY_CJK = '(?:星期|周|週|礼拜|禮拜)[一二三四五六日天七]';
// A dot may close the date before the gap: `2024.03.05. 오전 10:21` (Korean), `2024. 03. 05. 10:21`. A weekday of any
// language may stand between the date and its time (`3 Mayıs 2022 Salı 10:30`), as may the words for `at` (`в`, `о`:
// `03.05.2022 в 10:30`; `lúc`), for `hour` (Persian `ساعت`, Arabic `الساعة`) and `of the year` (`3 мая 2022 года, 10:30`).
const GAP =
  '\\.?[\\s,|·•/]{0,12}(?:(?:' +
  WEEKDAY_CJK +
  '|' +
  WEEKDAY_NAME +
  '\\.?' +
  '|[(（]\\s*(?:[月火水木金土日]|[월화수목금토일]|' +
  WEEKDAY_CJK +
  '|[A-Za-z]{2,9}\\.?)\\s*[)）]|T(?=\\d)|at|um|a las|a la|à|às|alle|ore|om|o|godz\\.?|kl\\.?|klo|года|року|г\\.|р\\.|в|о|lúc|ساعت|الساعة|[-–—])[\\s,|·•]{0,6})?';

const TAIL_RE = new RegExp(`(?:${COMPACT}|${GAP}${CLOCK})${SUFFIX}`, 'uy');
const HEAD_RE = new RegExp(`(?<![\\d:.])${CLOCK}${SUFFIX}[\\s,|·]{0,4}(?:${EN_WEEKDAY}\\.?,?\\s{0,3})?$`, 'u');

export interface FoundTime {
  hour: number;
  minute: number;
  second: number;
  zone?: string;
  /** Tail: index just after the time. Head: index where the time starts. */
  at: number;
}

function toTime(g: Record<string, string | undefined>): Omit<FoundTime, 'at'> | null {
  const hs = g.h1 ?? g.h2 ?? g.h3 ?? g.h4 ?? g.h5 ?? g.h6;
  const ms = g.m1 ?? g.m2 ?? g.m3 ?? g.m4 ?? g.m5 ?? g.m6;
  if (hs === undefined || ms === undefined) return null;
  let hour = Number(hs);
  const minute = Number(ms);
  const second = Number(g.s1 ?? g.s2 ?? g.s5 ?? '0');
  const part = g.ap ? (g.ap.toLowerCase() === 'a' ? 'am' : 'pm') : g.pre ? DAY_PARTS[g.pre] : undefined;
  if (part && hour <= 12) {
    // 12 AM is midnight, 12 PM noon; `17:19PM` (24-hour clock with a stray PM) is left as is.
    if (part === 'am' && hour === 12) hour = 0;
    else if (part === 'pm' && hour < 12) hour += 12;
    else if (part === 'noon' && hour < 11) hour += 12;
  }
  if (hour > 23 || minute > 59 || second > 59) return null;
  return g.zone ? { hour, minute, second, zone: g.zone } : { hour, minute, second };
}

/** A time starting at `pos` (after an optional gap: weekday, `at`, `um`, `T`, …). */
export function timeAfter(text: string, pos: number): FoundTime | null {
  TAIL_RE.lastIndex = pos;
  const m = TAIL_RE.exec(text);
  if (!m?.groups) return null;
  const t = toTime(m.groups);
  return t ? { ...t, at: pos + m[0].length } : null;
}

/** A time ending right before `pos`, searched no earlier than `from`. */
export function timeBefore(text: string, pos: number, from: number): FoundTime | null {
  const m = HEAD_RE.exec(text.slice(Math.max(from, pos - 48), pos));
  if (!m?.groups) return null;
  const t = toTime(m.groups);
  return t ? { ...t, at: pos - m[0].length } : null;
}

/** The offset of a zone token for a date and hour; null when unknown. */
export function resolveZone(token: string, d: DateParts, hour: number, opts?: DateOptions): string | null {
  const tok = token.replace(/\s+/g, '');
  const rel = /^(?:GMT|UTC|UT)([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(tok);
  if (rel) return normalizeOffset(`${rel[1]}${(rel[2] ?? '').padStart(2, '0')}${rel[3] ? ':' + rel[3] : ''}`);
  if (/^[+-]/.test(tok) || tok === 'Z') return normalizeOffset(tok);
  // On Chinese pages (default +08:00) CST is China Standard Time, not US Central.
  if (tok === 'CST' && opts?.defaultOffset && normalizeOffset(opts.defaultOffset) === '+08:00') return '+08:00';
  const fixed = FIXED[tok];
  if (fixed) return fixed;
  const std = US_GENERIC[tok];
  if (std !== undefined) return offsetFromMinutes((std + (isUsDst(d, hour) ? 1 : 0)) * 60);
  return null;
}

/** Date + found time → TimeParts with the zone resolved (an unknown zone is dropped, not guessed). */
export function timeParts(t: FoundTime, d: DateParts, opts?: DateOptions): TimeParts {
  const base = { hour: t.hour, minute: t.minute, second: t.second };
  const offset = t.zone ? resolveZone(t.zone, d, t.hour, opts) : null;
  return offset ? { ...base, offset } : base;
}

/** The fixed offset of a language spoken under one national offset without daylight saving (`zh` → `+08:00`), or null. */
export function languageOffset(lang: string | null): string | null {
  return lang ? ((zones.languageOffsets as Record<string, string>)[lang.toLowerCase().split(/[-_]/)[0]!] ?? null) : null;
}

/** The IANA zone a page's language places it in (`ja` → `Asia/Tokyo`), or null where a language spans zones. */
export function languageZone(lang: string | null): string | null {
  const primary = lang?.toLowerCase().split(/[-_]/)[0];
  return primary ? ((zones.languageZones as Record<string, string>)[primary] ?? null) : null;
}
