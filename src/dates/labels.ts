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
