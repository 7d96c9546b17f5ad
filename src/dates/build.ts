/** Validation of date/time parts and rendering to ISO 8601. */
import type { DateOptions, ParsedDate } from './types.js';

export const MIN_YEAR = 1990;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export interface TimeParts {
  hour: number;
  minute: number;
  second: number;
  /** Normalised offset (`Z` or `±HH:MM`) when the input named one. */
  offset?: string;
}

export function nowYear(opts?: DateOptions): number {
  return (opts?.now ?? new Date()).getUTCFullYear();
}

/** Two-digit year: 20YY unless that lies beyond next year, then 19YY (pages are not dated in the future). */
export function expandYear(yy: number, opts?: DateOptions): number {
  const y = 2000 + yy;
  return y > nowYear(opts) + 1 ? 1900 + yy : y;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Real calendar date inside the plausible range for a news page (1990..next year). */
export function isValidDate(p: DateParts, opts?: DateOptions): boolean {
  if (!Number.isInteger(p.year) || !Number.isInteger(p.month) || !Number.isInteger(p.day)) return false;
  if (p.year < MIN_YEAR || p.year > nowYear(opts) + 1) return false;
  if (p.month < 1 || p.month > 12) return false;
  return p.day >= 1 && p.day <= daysInMonth(p.year, p.month);
}

export function isValidTime(h: number, m: number, s: number): boolean {
  return h >= 0 && h <= 23 && m >= 0 && m <= 59 && s >= 0 && s <= 59;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Accepts `Z`, `±HH`, `±HHMM`, `±HH:MM`; returns `Z` for a zero offset, else `±HH:MM`; null when malformed. */
export function normalizeOffset(raw: string): string | null {
  const s = raw.trim();
  if (/^z$/i.test(s)) return 'Z';
  const m = /^([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(s);
  if (!m) return null;
  const h = Number(m[2]);
  const min = Number(m[3] ?? '0');
  if (h > 14 || min > 59) return null;
  if (h === 0 && min === 0) return 'Z';
  return `${m[1]}${pad(h)}:${pad(min)}`;
}

export function offsetFromMinutes(total: number): string {
  if (total === 0) return 'Z';
  const sign = total < 0 ? '-' : '+';
  const a = Math.abs(total);
  return `${sign}${pad(Math.floor(a / 60))}:${pad(a % 60)}`;
}

export function offsetMinutes(offset: string): number {
  if (offset === 'Z') return 0;
  const sign = offset.startsWith('-') ? -1 : 1;
  return sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(4, 6)));
}

export function renderDate(d: DateParts): string {
  return `${pad(d.year, 4)}-${pad(d.month)}-${pad(d.day)}`;
}

export function dateOnly(d: DateParts): ParsedDate {
  return { iso: renderDate(d), hasTime: false, hasZone: false };
}

/** Date + time; the page's offset wins, else the caller's default, else no offset at all. */
export function withTime(d: DateParts, t: TimeParts, opts?: DateOptions): ParsedDate {
  const base = `${renderDate(d)}T${pad(t.hour)}:${pad(t.minute)}:${pad(t.second)}`;
  if (t.offset) return { iso: base + t.offset, hasTime: true, hasZone: true };
  const def = opts?.defaultOffset ? normalizeOffset(opts.defaultOffset) : null;
  return { iso: def ? base + def : base, hasTime: true, hasZone: false };
}

/**
 * The same instant in UTC (`…Z`), for a value with a time and an offset; a date alone or a time
 * without an offset names no instant and is returned unchanged.
 */
export function inUtc(iso: string, pageZone?: string | null): string {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(Z|[+-]\d{2}:\d{2})$/.exec(iso);
  if (m) return `${new Date(Date.parse(`${m[1]}Z`) - offsetMinutes(m[2]!) * 60_000).toISOString().slice(0, 19)}Z`;
  // Written without an offset: in the page's zone, when its language places it in one (a day from its start).
  const wall = pageZone ? /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}:\d{2}))?$/.exec(iso) : null;
  if (!wall) return iso;
  const asUtc = Date.parse(`${wall[1]}T${wall[2] ?? '00:00:00'}Z`);
  // The zone's offset at that wall time (looked up twice: the first guess may sit across a daylight-saving change).
  let ms = asUtc - zoneOffsetMinutes(pageZone!, asUtc) * 60_000;
  ms = asUtc - zoneOffsetMinutes(pageZone!, ms) * 60_000;
  return Number.isNaN(ms) ? iso : `${new Date(ms).toISOString().slice(0, 19)}Z`;
}

const zoneFormats = new Map<string, Intl.DateTimeFormat>();

/** The offset of an IANA zone at an instant, in minutes east of UTC (`Asia/Tokyo` → 540). */
export function zoneOffsetMinutes(zone: string, ms: number): number {
  let format = zoneFormats.get(zone);
  if (!format) zoneFormats.set(zone, (format = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })));
  const name = format.formatToParts(new Date(ms)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const m = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : 0;
}

/** The same instant written in another offset: `2024-05-09T14:30:07Z` in `+08:00` is `2024-05-09T22:30:07+08:00`. */
export function inOffset(iso: string, offset: string): ParsedDate | null {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? null : fromInstant(ms, { defaultOffset: offset });
}

/** An instant (Unix timestamp) shown in the default offset if given, else in UTC. */
export function fromInstant(ms: number, opts?: DateOptions): ParsedDate | null {
  const def = opts?.defaultOffset ? normalizeOffset(opts.defaultOffset) : null;
  const offset = def ?? 'Z';
  const local = new Date(ms + offsetMinutes(offset) * 60_000);
  if (Number.isNaN(local.getTime())) return null;
  const d = { year: local.getUTCFullYear(), month: local.getUTCMonth() + 1, day: local.getUTCDate() };
  if (!isValidDate(d, opts)) return null;
  const t = { hour: local.getUTCHours(), minute: local.getUTCMinutes(), second: local.getUTCSeconds(), offset };
  return withTime(d, t, opts);
}

/** Day of month of the n-th (1-based; -1 = last) given weekday (0 = Sunday) of a month. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n > 0) {
    const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
    return 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
  }
  const lastDay = daysInMonth(year, month);
  const last = new Date(Date.UTC(year, month - 1, lastDay)).getUTCDay();
  return lastDay - ((last - weekday + 7) % 7);
}

/**
 * US daylight saving at a local wall time: since 2007 from the 2nd Sunday of March to the 1st Sunday of November,
 * before that from the 1st Sunday of April to the last Sunday of October (both switching at 02:00 local).
 */
export function isUsDst(d: DateParts, hour: number): boolean {
  const [startM, startD, endM, endD] =
    d.year >= 2007
      ? [3, nthWeekday(d.year, 3, 0, 2), 11, nthWeekday(d.year, 11, 0, 1)]
      : [4, nthWeekday(d.year, 4, 0, 1), 10, nthWeekday(d.year, 10, 0, -1)];
  const key = (m: number, day: number, h: number): number => (m * 32 + day) * 24 + h;
  const at = key(d.month, d.day, hour);
  return at >= key(startM, startD, 2) && at < key(endM, endD, 2);
}
