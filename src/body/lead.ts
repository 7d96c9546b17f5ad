/**
 * The lead: many layouts print the article's opening paragraph (intro, teaser, standfirst) between the headline and
 * the body container, in a block of its own. Readability keeps the body container and leaves the lead out, while
 * every evaluation set counts it as body. Found by position and measure, not by class name: prose standing between
 * the page's headline and the first paragraph Readability kept, outside links, figures and navigation, and not a
 * byline or date line. A few such paragraphs at most; more is a teaser list, and nothing is taken then.
 */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { bodyOf, cleanText, foldForCompare } from '../parse/load.js';
import { BLOCK, isElement, nonLinkChars, textOf } from '../prune/dom.js';
import { weightedLength } from '../prune/prose.js';
import chrome from '../data/chrome.json' with { type: 'json' };
import { type BodyFields, isMetadataLine } from './filters.js';

/** Width-weighted characters for a lead paragraph (a CJK character counts two): shorter is a label or a dateline. */
const MIN_LEAD = 60;
/** Link text above this share makes a line a link, not a lead. */
const MAX_LINK_SHARE = 0.3;
/** More candidate paragraphs than this between headline and body is a teaser list or a second story. */
const MAX_LEADS = 3;
/** A lead is an opening, not an article of its own. */
const MAX_LEAD_TOTAL = 1500;
/** Characters of a paragraph's folded text used to find it again in the page. */
const PREFIX = 40;
/** Folded characters a kicker printed inside the headline's own element may add before it (`Fernverkehr: …`). */
const MAX_KICKER = 40;
/** Inline elements that hold a dek of their own when they stand among blocks (`<header><h1>…</h1><span>Dek</span>`). */
const INLINE_LEAD = new Set(['span', 'strong', 'b', 'em']);
/** Such an inline lead reads as prose: words apart (a path or a code in a span is one long token), or CJK text. */
const PROSE_WORDS = /\S\s+\S+\s+\S+\s+\S+\s+\S|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/u;
/** Where a lead never stands. */
const NOT_LEAD = new Set([
  'a',
  'figure',
  'figcaption',
  'nav',
  'aside',
  'button',
  'form',
  'li',
  'label',
  'time',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
]);

/** The first paragraph of Readability's body, folded, or null. */
function firstParagraph(root: ParentNode): string | null {
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (n.name === 'p') {
      const f = foldForCompare(cleanText(textOf(n)));
      if (f.length >= PREFIX) return f.slice(0, PREFIX);
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  return null;
}

const MEDIA = new Set(['img', 'picture', 'video', 'iframe', 'svg']);
/** How far up a caption's container is looked for (caption < figcaption-like div < media wrapper). */
const CAPTION_LEVELS = 3;

/**
 * Whether a text is the caption of a picture (or the bio beside an author's photo): some container up to
 * CAPTION_LEVELS above it holds media and no other text. A lead's container (the article header) holds the headline too.
 */
function isCaption(el: Element, fold: string, foldedText: (el: Element) => string): boolean {
  // The picture just before it, with no text of its own.
  let prev = el.prev;
  while (prev && !isElement(prev)) prev = prev.prev;
  if (prev && isElement(prev) && !cleanText(textOf(prev)) && holdsMedia(prev)) return true;
  let a: ParentNode | null = el.parent;
  for (let level = 0; a && isElement(a) && level < CAPTION_LEVELS; level++, a = a.parent) {
    if (foldedText(a) !== fold) return false;
    if (holdsMedia(a)) return true;
  }
  return false;
}

function holdsMedia(el: Element): boolean {
  if (MEDIA.has(el.name)) return true;
  const stack: AnyNode[] = [...el.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (MEDIA.has(n.name)) return true;
    stack.push(...n.children);
  }
  return false;
}

/** Class/id words of what stands between headline and body without being the lead (data: chrome.json notLead, proseIsNotArticle). */
const NOT_LEAD_NAME = new RegExp([...chrome.notLead, ...chrome.proseIsNotArticle].join('|'), 'i');

/** Whether the element or one of its CAPTION_LEVELS ancestors is named as a caption, credit, byline, bio, comment… */
function namedNotLead(el: Element): boolean {
  let a: ParentNode | null = el;
  for (let level = 0; a && isElement(a) && level <= CAPTION_LEVELS; level++, a = a.parent)
    if (NOT_LEAD_NAME.test(`${a.attribs['class'] ?? ''} ${a.attribs['id'] ?? ''}`)) return true;
  return false;
}

/** Whether an element holds no block elements: one paragraph of text, whatever its tag. */
function isLeafBlock(el: Element): boolean {
  const stack: AnyNode[] = [...el.children];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (BLOCK.has(n.name) || n.name === 'br') return false;
    stack.push(...n.children);
  }
  return true;
}

/** Whether a heading's folded text is the headline, alone or after a kicker printed in the same element. */
function isHeadline(fold: string, headlineFold: string): boolean {
  return fold === headlineFold || (fold.endsWith(headlineFold) && fold.length - headlineFold.length <= MAX_KICKER);
}

/**
 * Prepends to `root` (Readability's body) the lead paragraphs that stand between the headline (`title`, as found in
 * the page) and the body's first paragraph in `$`. Returns how many were added.
 */
export function prependLead($: CheerioAPI, root: ParentNode, title: string | null, fields: BodyFields): number {
  const headlineFold = title ? foldForCompare(title) : '';
  const start = firstParagraph(root);
  if (headlineFold.length < 4 || !start) return 0;
  // Folded only when a candidate needs it: most pages have none, and this is the whole body's text.
  let bodyText: string | null = null;
  // Candidates often share their containers: each container's text is folded once.
  const folded = new Map<Element, string>();
  const foldedText = (el: Element): string => {
    let f = folded.get(el);
    if (f === undefined) folded.set(el, (f = foldForCompare(cleanText(textOf(el)))));
    return f;
  };

  const leads: string[] = [];
  let state: 'before' | 'between' | 'done' = 'before';
  let candidates = 0;
  const stack: AnyNode[] = [bodyOf($)];
  while (stack.length) {
    const n = stack.pop()!;
    if (!isElement(n)) continue;
    if (state === 'before') {
      if ((n.name === 'h1' || n.name === 'h2') && isHeadline(foldForCompare(cleanText(textOf(n))), headlineFold)) {
        state = 'between';
        continue; // the headline's own children are not leads
      }
    } else if (NOT_LEAD.has(n.name) || ((BLOCK.has(n.name) || n.name === 'p' || INLINE_LEAD.has(n.name)) && isLeafBlock(n))) {
      const text = cleanText(textOf(n));
      const f = foldForCompare(text);
      if (f.startsWith(start)) {
        state = 'done';
        break;
      }
      if (!NOT_LEAD.has(n.name) && weightedLength(text) >= MIN_LEAD && (!INLINE_LEAD.has(n.name) || PROSE_WORDS.test(text))) {
        candidates++;
        const visible = text.replace(/\s/g, '').length || 1;
        const prose =
          nonLinkChars([n]) >= visible * (1 - MAX_LINK_SHARE) &&
          !isMetadataLine(text, fields) &&
          !isCaption(n, f, foldedText) &&
          !namedNotLead(n);
        if (prose && !(bodyText ??= foldForCompare(cleanText(textOf(root)))).includes(f)) leads.push(text);
      }
      continue; // a leaf or a place no lead stands: nothing below it to look at
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  if (state !== 'done' || !leads.length || candidates > MAX_LEADS) return 0;
  if (leads.reduce((sum, t) => sum + weightedLength(t), 0) > MAX_LEAD_TOTAL) return 0;
  const paragraphs = leads.map((t) => $('<p></p>').text(t)[0]!);
  $(root as Element).prepend(paragraphs);
  return leads.length;
}
