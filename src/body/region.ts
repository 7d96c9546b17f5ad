/**
 * The article's region: Readability is handed the smallest element that holds nearly all of the page's paragraph
 * text instead of the whole pruned page. Inside it Readability decides as before; outside it stand what it would
 * otherwise weigh and sometimes keep with the article's container (the photo caption and author bio beside the
 * header, a comment counter, the rail), and what it need not score at all (cost grows with the nodes it walks).
 *
 * The lead is the one part of the article that often stands outside that region (in the article header, beside
 * the headline): lead.ts finds it by position under the headline, and the page's own description (its meta
 * description, printed as the dek) is found here by its text.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { bodyOf, cleanLength, cleanText, foldForCompare, textContent } from '../parse/load.js';
import { isElement } from '../prune/dom.js';
import { weightedLength } from '../prune/prose.js';
import type { CheerioAPI } from 'cheerio';

/** The region holds at least this share of the characters in the page's paragraphs. */
const REGION_SHARE = 0.97;
/** Below this many paragraph characters the page gives no measure worth narrowing by: all of it goes to Readability. */
const MIN_PARAGRAPH_CHARS = 500;

/**
 * The deepest element below `root` whose paragraphs (`<p>`) hold REGION_SHARE of the paragraph characters under
 * `root`, or null when that is `root` itself (or the page has too little paragraph text to tell). `lengthOf` gives a
 * paragraph's cleaned text length (the caller's, when it has measured them already).
 */
export function textRegion(
  root: ParentNode,
  paragraphs: readonly Element[],
  lengthOf: (p: Element) => number = (p) => cleanLength(textContent(p)),
): Element | null {
  const chars = new Map<ParentNode, number>();
  let total = 0;
  for (const p of paragraphs) {
    const n = lengthOf(p);
    if (!n) continue;
    const path: ParentNode[] = [];
    let a: ParentNode | null = p;
    while (a && a !== root) {
      path.push(a);
      a = a.parent;
    }
    if (!a) continue; // outside root
    total += n;
    for (const e of path) chars.set(e, (chars.get(e) ?? 0) + n);
  }
  if (total < MIN_PARAGRAPH_CHARS) return null;
  const needed = REGION_SHARE * total;
  let at: ParentNode = root;
  for (;;) {
    let next: Element | null = null;
    for (const c of at.children) if (isElement(c) && (chars.get(c) ?? 0) >= needed) next = c;
    if (!next) break;
    at = next;
  }
  return at === root || (at as Element).name === 'p' ? null : (at as Element);
}

/** Width-weighted characters a description needs to be a dek (shorter is a tagline or a label). */
const MIN_DEK = 60;
/** Where a dek is never printed. */
const NOT_DEK = new Set(['a', 'nav', 'footer', 'button', 'select', 'option', 'label', 'figcaption']);

/**
 * The page's stated description (`descriptions`, its meta description values) where the page prints it as a block
 * of its own before `region` and `root` (Readability's output from that region) lacks it: the dek of an article
 * header. Prepended to `root` as a paragraph; returns whether it was.
 */
export function prependShownDescription($: CheerioAPI, root: ParentNode, region: Element, descriptions: readonly string[]): boolean {
  const wanted = new Set(descriptions.filter((d) => weightedLength(d) >= MIN_DEK).map(foldForCompare));
  if (!wanted.size) return false;
  // Printed text may carry more spaces and markup than the meta value, never several times its length.
  const longest = 3 * Math.max(...descriptions.map((d) => d.length)) + 100;
  // The region's ancestors hold all of the article's text: walked through, never read whole.
  const ancestors = new Set<AnyNode>();
  for (let a = region.parent; a; a = a.parent) ancestors.add(a);
  let found: string | null = null;
  const stack: AnyNode[] = [bodyOf($)];
  while (stack.length && !found) {
    const n = stack.pop()!;
    if (!isElement(n) || NOT_DEK.has(n.name)) continue;
    if (n === region) break; // only what stands before the region
    const raw = ancestors.has(n) ? null : textContent(n);
    if (raw !== null && raw.length <= longest) {
      const text = cleanText(raw);
      if (weightedLength(text) < MIN_DEK) continue;
      if (wanted.has(foldForCompare(text))) {
        found = text;
        break;
      }
    }
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  }
  if (!found || foldForCompare(cleanText(textContent(root))).includes(foldForCompare(found))) return false;
  $(root as Element).prepend($('<p></p>').text(found)[0]!);
  return true;
}
