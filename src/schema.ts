/**
 * The Article schema as a check: the types the README documents, ISO dates, a BCP 47 language tag, and no
 * character sanitize.ts forbids in any string. Used by the fuzz harness (scripts/fuzz.mjs) and the tests.
 */
import { hasForbiddenChars } from './sanitize.js';

const REMOVED_KINDS = new Set(['spam', 'hidden', 'chrome']);
/** `2023-07-21`, `2023-07-21T09:31`, `…:05`, `….123`, with `Z` or `±hh:mm` when the offset is known. */
const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|([+-])(\d{2}):(\d{2}))?)?$/;
const LANG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

/** Whether `s` is an ISO 8601 date or date-time as newsclean writes them, naming a real calendar day and time. */
export function isIsoDate(s: string): boolean {
  const m = ISO.exec(s);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > days) return false;
  if (m[4] !== undefined && (Number(m[4]) > 23 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59)) return false;
  if (m[7] !== undefined && (Number(m[8]) > 14 || Number(m[9]) > 59)) return false;
  return true;
}

/** What is wrong with a value that should be an Article; empty when nothing is. */
export function articleProblems(value: unknown): string[] {
  const problems: string[] = [];
  const fail = (path: string, what: string): void => {
    problems.push(`${path}: ${what}`);
  };
  if (!value || typeof value !== 'object' || Array.isArray(value)) return ['article: not an object'];
  const a = value as Record<string, unknown>;
  const string = (key: string, nullable: boolean): void => {
    const v = a[key];
    if (v === null && nullable) return;
    if (typeof v !== 'string') fail(key, `expected string${nullable ? ' or null' : ''}, got ${JSON.stringify(v)?.slice(0, 60)}`);
    else if (nullable && v === '') fail(key, 'empty string (absent values are null)');
  };
  const strings = (v: unknown, path: string): void => {
    if (!Array.isArray(v)) {
      fail(path, 'expected an array');
      return;
    }
    v.forEach((x, i) => {
      if (typeof x !== 'string') fail(`${path}[${i}]`, 'expected string');
      else if (x === '') fail(`${path}[${i}]`, 'empty string');
    });
  };
  const count = (v: unknown, path: string): void => {
    if (!Number.isInteger(v) || (v as number) < 0) fail(path, 'expected a non-negative integer');
  };

  for (const key of ['url', 'title', 'source', 'siteName', 'editor', 'lang', 'excerpt', 'encoding', 'html']) string(key, true);
  string('text', false);
  strings(a.section, 'section');
  strings(a.authors, 'authors');
  strings(a.warnings, 'warnings');
  for (const key of ['date', 'dateModified']) {
    const v = a[key];
    if (typeof v === 'string' && !isIsoDate(v)) fail(key, `not an ISO date: ${JSON.stringify(v)}`);
  }
  if (typeof a.lang === 'string' && !LANG.test(a.lang)) fail('lang', `not a BCP 47 tag: ${JSON.stringify(a.lang)}`);
  const spam = a.spam as Record<string, unknown> | null;
  if (!spam || typeof spam !== 'object') fail('spam', 'expected an object');
  else {
    if (typeof spam.detected !== 'boolean') fail('spam.detected', 'expected boolean');
    count(spam.blocks, 'spam.blocks');
    count(spam.links, 'spam.links');
    strings(spam.hosts, 'spam.hosts');
  }
  if (!Array.isArray(a.removed)) fail('removed', 'expected an array');
  else {
    for (const [i, r] of (a.removed as (Record<string, unknown> | null)[]).entries()) {
      if (!r || typeof r !== 'object') {
        fail(`removed[${i}]`, 'expected an object');
        continue;
      }
      if (!REMOVED_KINDS.has(r.kind as string)) fail(`removed[${i}].kind`, `unknown kind ${JSON.stringify(r.kind)}`);
      if (typeof r.reason !== 'string' || !r.reason) fail(`removed[${i}].reason`, 'expected a non-empty string');
      count(r.chars, `removed[${i}].chars`);
      if (typeof r.sample !== 'string') fail(`removed[${i}].sample`, 'expected string');
    }
  }
  if (a.origins !== undefined && !Array.isArray(a.origins)) fail('origins', 'expected an array when present');

  // No forbidden character anywhere (an explicit stack: the value may come from anywhere).
  const stack: [unknown, string][] = [[a, 'article']];
  while (stack.length) {
    const [v, path] = stack.pop()!;
    if (typeof v === 'string') {
      if (hasForbiddenChars(v)) fail(path, 'holds a control character, carriage return, noncharacter or lone surrogate');
    } else if (v && typeof v === 'object') {
      for (const [k, x] of Object.entries(v)) stack.push([x, Array.isArray(v) ? `${path}[${k}]` : `${path}.${k}`]);
    }
  }
  return problems;
}
