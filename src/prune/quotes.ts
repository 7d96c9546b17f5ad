/**
 * Pull quotes: a sentence of the story printed a second time, large, between its paragraphs (`<blockquote
 * class="pullquote">`, often in a figure). The reader sees it twice on purpose; the text holds it once. Measured, not
 * named: a blockquote whose words stand in full inside one of the page's other paragraphs is a repeat, whatever its
 * class; a quote that appears nowhere else (a tweet, a quoted letter) stays. Pull quotes set as `<aside>` are left:
 * dropping one moved Readability's choice on a corpus page (newrepublic.com) and lost the story's last paragraph.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { RemovedBlock } from '../types.js';
import { removedEntry } from './chrome.js';
import { bodyOf, detach, isElement, isText, textOf, walk } from './dom.js';
import { foldForCompare } from '../parse/load.js';
import { weightedLength } from './prose.js';

/** Blocks that print a pull quote. */
const QUOTE_BLOCKS = new Set(['blockquote']);
/** Parts of a quote block that name its speaker, not the quote. */
const ATTRIBUTION = new Set(['cite', 'footer', 'figcaption']);
/** Width-weighted length a repeat needs: shorter strings (a name, a figure) recur in any story by chance. */
const MIN_REPEAT = 40;

/** The quote's words, folded (quote marks, punctuation, case and spaces gone), without its attribution. */
function quoteKey(block: Element): string {
  const parts: string[] = [];
  walk(block.children, (n) => {
    if (isElement(n)) return !ATTRIBUTION.has(n.name);
    if (isText(n)) parts.push(n.data);
    return false;
  });
  return foldForCompare(parts.join(' '));
}

export function removeRepeatedQuotes($: CheerioAPI): RemovedBlock[] {
  const body = bodyOf($);
  const quotes: Element[] = [];
  const paragraphs: Element[] = [];
  walk([body], (n) => {
    if (!isElement(n)) return n.type === 'root';
    if (QUOTE_BLOCKS.has(n.name)) {
      quotes.push(n);
      return false; // paragraphs inside a quote are what is compared, not what it is compared against
    }
    if (n.name === 'p') {
      paragraphs.push(n);
      return false;
    }
    return true;
  });
  if (!quotes.length || !paragraphs.length) return [];
  const story = paragraphs.map((p) => foldForCompare(textOf(p))).filter(Boolean);
  const removed: RemovedBlock[] = [];
  for (const quote of quotes) {
    const key = quoteKey(quote);
    if (weightedLength(key) < MIN_REPEAT || !story.some((p) => p.includes(key))) continue;
    // A figure around the quote holds nothing else but its caption.
    const parent = quote.parent;
    const drop =
      parent && isElement(parent) && parent.name === 'figure' && foldForCompare(textOf(parent)).length <= key.length * 1.5 + 40
        ? parent
        : quote;
    removed.push(removedEntry('chrome', 'repeated-quote', textOf(drop)));
    detach(drop);
  }
  return removed;
}
