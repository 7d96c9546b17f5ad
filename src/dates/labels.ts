/**
 * Published/modified labels in front of a date (`发布时间：`, `更新於`, `Updated`, `Veröffentlicht am`, `Stand:`).
 * A run of label words is read as one phrase, so `更新时间` is modified even though `时间` alone means published,
 * and `原文(投稿日：` (a translation's note on its source) dates the original article, not this page; `今天是：` (a
 * portal header's date of today) and `Verfügbar bis` (when a video goes offline) date nothing.
 */
import labels from '../data/date-labels.json' with { type: 'json' };
import type { DateLabel } from './types.js';
import { prefixTree } from '../parse/regexp.js';

const lower = (words: string[]): string[] => words.map((w) => w.toLowerCase());
const ORIGINAL = lower(labels.original);
/** Words whose date dates nothing of the page's: today's date in a portal header, an end (`Verfügbar bis`). */
const NOTHING = lower([...labels.today, ...labels.expires]);
const MODIFIED = lower(labels.modified);
const LATIN_START = /^[A-Za-z]/;
/** Lower case and once each: the pattern ignores case, and a prefix tree must not split `Update`/`update` apart. */
const ALL_WORDS = [
  ...new Set([...labels.published, ...labels.modified, ...labels.original, ...labels.today, ...labels.expires].map((w) => w.toLowerCase())),
];
// Words starting with a Latin letter must stand alone (`Stand` is not in `Standard`). As prefix trees (see
// prefixTree): the same matches as the longest-first list, compiled several times faster; a Latin and a
// non-Latin word never start at the same place, so the two trees never compete.
const WORDS = [
  prefixTree(ALL_WORDS.filter((w) => !LATIN_START.test(w))),
  `(?<![A-Za-z])(?:${prefixTree(ALL_WORDS.filter((w) => LATIN_START.test(w)))})(?![A-Za-z])`,
].join('|');

// Between label and date only punctuation, a preposition (am, on, el, le, 于…) and maybe a weekday may stand.
const FILLER =
  '[\\s:：\\-–—|·,.]*(?:(?:on|am|um|el|le|the|de|il|op|dnia|于|於|为|為)(?![A-Za-z])[\\s:：]*)?(?:[A-Za-zÀ-ÿ]{2,12}\\.?,?\\s*)?';
// Words of one phrase may be split by spaces, colons or an opening bracket: `原文(投稿日：`.
const LABEL_RE = new RegExp(`((?:${WORDS})(?:[\\s:：(（]*(?:${WORDS}))*)${FILLER}$`, 'iu');

/** Label of a date starting at `start`, looking back no further than `from` (the previous date's end). */
export function labelBefore(text: string, start: number, from: number): DateLabel | undefined {
  const m = LABEL_RE.exec(text.slice(Math.max(from, start - 40), start));
  if (!m?.[1]) return undefined;
  const phrase = m[1].toLowerCase();
  // The portal header's `今天是：2024年3月9日` is the day the page was served; `Verfügbar bis …` when a video goes.
  if (NOTHING.some((w) => phrase.includes(w))) return 'nothing';
  if (ORIGINAL.some((w) => phrase.includes(w))) return 'original';
  return MODIFIED.some((w) => phrase.includes(w)) ? 'modified' : 'published';
}

// After the word: the end, a space or punctuation, or `于`/`於` with a place (`发布于北京`); not another Han letter:
// `发布会` is a press conference, `更新了` a sentence.
const AFTER_RE = new RegExp(`^[\\s,，]*(${prefixTree(lower(labels.after))})(?=$|[于於]|[^\\p{Script=Han}])`, 'u');

/**
 * Label printed after a date ending at `end` (`2024-03-05 10:30 首发`, `09:00 更新`), where the date at `nextStart`
 * (or the text's end) comes next, and where the word ends. Not when the word opens the next date's label
 * (`2024-03-05 更新于 2024-03-06`, `10:30更新时间：…`): a label before a date is the usual order.
 */
export function labelAfter(text: string, end: number, nextStart: number): { label: DateLabel; end: number } | undefined {
  const m = AFTER_RE.exec(text.slice(end, nextStart));
  if (!m?.[1]) return undefined;
  if (nextStart < text.length && opensNextLabel(text, end + m[0].length - m[1].length, end + m[0].length, nextStart)) return undefined;
  return { label: MODIFIED.some((w) => m[1]!.includes(w)) ? 'modified' : 'published', end: end + m[0].length };
}

/** A date core's digits and a time's, up to a label word printed after them. */
const DATE_THEN_AFTER = new RegExp(
  `^[\\d\\s:：./\\-年月日时時分秒号號]{4,25}(?:${prefixTree(lower(labels.after))})(?![\\p{Script=Han}])`,
  'u',
);

/**
 * Whether the word from `wordStart` to `wordEnd` is the label of the date at `nextStart` rather than of the one before it: it
 * reads as its label, no bar or comma parts them, and that date has no label word after it (`09:00 更新 2024-03-05
 * 10:30 首发` prints every label last).
 */
function opensNextLabel(text: string, wordStart: number, wordEnd: number, nextStart: number): boolean {
  if (/[|｜·•,，;；/]/u.test(text.slice(wordEnd, nextStart))) return false;
  return labelBefore(text, nextStart, wordStart) !== undefined && !DATE_THEN_AFTER.test(text.slice(nextStart));
}
