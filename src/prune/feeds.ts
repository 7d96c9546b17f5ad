/**
 * Feeds of teaser cards: "more stories", "latest news", infinite-scroll lists appended under an article. Each
 * card is a block of one template (the same tag and class as its siblings) holding a linked headline that points
 * to another page of the same site, and little text besides (a summary, a date, a byline). Three or more such
 * cards under one parent are a feed, whatever their class names say; they are dropped before Readability, which
 * otherwise joins them to a short article. A listicle's items link to other sites, or hold paragraphs of their
 * own, and stay.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import type { RemovedBlock } from '../types.js';
import { removedEntry } from './chrome.js';
import { offsiteHost, withDeclaredHost, type PruneContext } from './context.js';
import { bodyOf, detach, isElement, isText, textOf, walk } from './dom.js';
import { proseHolders, weightedLength } from './prose.js';

/** Cards of one template under one parent from which on they are a feed. */
const MIN_CARDS = 3;
/** A card holds at most this much text (width-weighted): a headline, a summary, a date. */
const MAX_CARD_TEXT = 600;
/** Share of the cards whose headline links stay on the site. */
const MIN_ONSITE_SHARE = 2 / 3;

const HEADING = /^h[2-6]$/;

/** The href of the card's linked headline: a heading holding a link, or a heading inside a link. */
function headlineLink(card: Element): string | null | undefined {
  let href: string | null | undefined;
  walk([card], (n) => {
    if (href !== undefined || !isElement(n)) return false;
    if (HEADING.test(n.name)) {
      if (n.parent && isElement(n.parent) && n.parent.name === 'a') href = n.parent.attribs['href'] ?? null;
      walk([n], (a) => {
        if (href === undefined && isElement(a) && a.name === 'a') href = a.attribs['href'] ?? null;
        return href === undefined;
      });
      return false;
    }
    if (n.name === 'a') {
      walk(n.children, (h) => {
        if (href === undefined && isElement(h) && HEADING.test(h.name)) href = n.attribs['href'] ?? null;
        return href === undefined;
      });
    }
    return href === undefined;
  });
  return href;
}

/** Width-weighted length of a linked line that reads as a headline (not "More", not a date). */
const MIN_LINKED_TITLE = 20;

/**
 * The href of a card that opens with a linked line instead of a heading (`<a class="title">…</a><p>summary</p>`):
 * the card's first text stands in a link, long enough for a headline, and the card holds text besides it.
 */
function leadingLink(card: Element): string | null | undefined {
  let first: Element | null | undefined;
  walk([card], (n) => {
    if (first !== undefined) return false;
    if (isText(n) && /\S/.test(n.data)) {
      let a: Element | null = null;
      for (let up = n.parent; up && up !== card.parent; up = up.parent) if (isElement(up) && up.name === 'a') a = up;
      first = a;
      return false;
    }
    return isElement(n);
  });
  if (!first) return undefined;
  const title = textOf(first);
  if (weightedLength(title) < MIN_LINKED_TITLE || textOf(card).length <= title.length + 20) return undefined;
  return first.attribs['href'] ?? null;
}

function key(el: Element): string {
  return `${el.name}|${el.attribs['class'] ?? ''}`;
}

/** Removes feeds of teaser cards, recording each card. */
export function removeTeaserFeeds($: CheerioAPI, pageCtx: PruneContext): RemovedBlock[] {
  const ctx = withDeclaredHost($, pageCtx);
  const prose = proseHolders(bodyOf($));
  const feeds: Element[][] = [];
  walk([bodyOf($)], (n) => {
    if (!isElement(n) && n.type !== 'root') return false;
    const groups = new Map<string, Element[]>();
    for (const c of n.children) {
      if (!isElement(c)) continue;
      const group = groups.get(key(c));
      if (group) group.push(c);
      else groups.set(key(c), [c]);
    }
    for (const cards of groups.values()) {
      if (cards.length < MIN_CARDS || cards.some((c) => prose.has(c))) continue;
      let onsite = 0;
      let linked = 0;
      for (const c of cards) {
        const heading = headlineLink(c);
        const href = heading !== undefined ? heading : leadingLink(c);
        if (href === undefined) continue;
        linked++;
        if (href && !/^\s*(?:javascript:|#)/i.test(href) && offsiteHost(href, ctx) === null) onsite++;
      }
      if (linked < MIN_CARDS || linked * 3 < cards.length * 2 || onsite < linked * MIN_ONSITE_SHARE) continue;
      if (cards.some((c) => weightedLength(textOf(c)) > MAX_CARD_TEXT || c.name === 'h1')) continue;
      feeds.push(cards);
    }
    return true;
  });
  const removed: RemovedBlock[] = [];
  for (const cards of feeds) {
    for (const c of cards) {
      if (!c.parent) continue;
      const text = textOf(c);
      if (text) removed.push(removedEntry('chrome', 'teaser-feed', text));
      detach(c);
    }
  }
  return removed;
}
