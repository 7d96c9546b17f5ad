/**
 * Reader-comment threads found by their heading ("23 Comments", "Kommentare (12)", "5 commentaires", "网友评论"), not
 * by their class names: sites with hashed or made-up names (`q8w`, `user-talk`) put the thread inside the article's
 * container, where Readability joins its long comments to a short story. The heading says what follows it, and a
 * thread follows the article: a heading standing before most of the page's prose is not taken. What goes is the
 * heading with the rest of its container, or the whole container when the heading opens it (climbing while the block
 * is its parent's first text, so a wrapper around the heading takes the list beside it too).
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import chrome from '../data/chrome.json' with { type: 'json' };
import type { RemovedBlock } from '../types.js';
import type { TextLine } from '../parse/lines.js';
import { removedEntry } from './chrome.js';
import { attachedBelow, bodyOf, detach, isElement, isText, nonLinkChars, shortTextOf, textOf, walk } from './dom.js';
import { proseWeight } from './prose.js';
import { holdsH1 } from '../parse/load.js';

export const THREAD_HEADING = new RegExp(`^(?:${chrome.commentHeadings.join('|')})$`, 'i');
/** The same words anywhere in a line: a page none of whose lines holds them has no thread heading to look for. */
const THREAD_WORDS = new RegExp(chrome.commentHeadings.join('|'), 'i');
/** A line longer than this holds no heading of a thread beside its other words (a heading with a sort menu, a count). */
const LINE_WITH_HEADING = 200;
/** A heading is a short line. */
const MAX_HEADING = 60;
/** Width-weighted paragraph prose that must stand before the heading: the article comes first. */
const MIN_PROSE_BEFORE = 300;
/** Elements that print a heading line. */
const HEADING_LIKE = new Set(['h2', 'h3', 'h4', 'h5', 'h6', 'div', 'p', 'span', 'strong', 'b', 'header', 'dt', 'legend']);

function insideLink(el: Element): boolean {
  for (let a = el.parent; a && isElement(a); a = a.parent) if (a.name === 'a') return true;
  return false;
}

/** Whether `el` is the first child of its parent that shows text (blank text and empty elements before it do not count). */
function opensParent(el: Element): boolean {
  for (const c of el.parent?.children ?? []) {
    if (c === el) return true;
    if (isText(c) ? /\S/.test(c.data) : isElement(c) && textOf(c) !== '') return false;
  }
  return false;
}

export function removeCommentThreads($: CheerioAPI, lines: readonly TextLine[]): RemovedBlock[] {
  // The page's visible lines (read before pruning) hold every heading's text: most pages' lines name no thread, and
  // testing each short line once spares the walk that reads every block's text.
  if (!lines.some((l) => l.text.length <= LINE_WITH_HEADING && THREAD_WORDS.test(l.text))) return [];
  const body = bodyOf($);
  const headings: Element[] = [];
  let proseBefore = 0;
  walk([body], (n) => {
    if (!isElement(n)) return n.type === 'root';
    if (n.name === 'p') proseBefore += proseWeight(n);
    if (!HEADING_LIKE.has(n.name) || proseBefore < MIN_PROSE_BEFORE) return true;
    const text = shortTextOf(n, MAX_HEADING);
    if (!text || text.length > MAX_HEADING || !THREAD_HEADING.test(text)) return true;
    // "12 Comments" as a link in the byline or share bar jumps to the thread: it is not the thread's heading.
    if (nonLinkChars([n]) * 2 < text.replace(/\s/g, '').length || insideLink(n)) return false;
    headings.push(n);
    return false;
  });
  const removed: RemovedBlock[] = [];
  const drop = (el: Element): void => {
    const text = textOf(el);
    if (text) removed.push(removedEntry('chrome', 'comment-thread', text));
    detach(el);
  };
  for (const heading of headings) {
    if (!attachedBelow(heading, body)) continue; // in a thread already dropped
    let unit = heading;
    while (
      unit.parent &&
      unit.parent !== body &&
      isElement(unit.parent) &&
      opensParent(unit) &&
      !(unit.parent.name === 'h1' || holdsH1(unit.parent))
    )
      unit = unit.parent;
    if (unit !== heading) {
      drop(unit); // the wrapper the heading opens: the heading and its list
      continue;
    }
    // The heading stands inside a container after other blocks (the story's own): it and what follows it go.
    const parent = unit.parent;
    const siblings = parent ? parent.children.slice(parent.children.indexOf(unit)) : [unit];
    for (const s of siblings) if (isElement(s)) drop(s);
  }
  return removed;
}
