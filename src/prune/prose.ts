/**
 * Article prose, measured: where on the page runs of real paragraphs stand. Class names lie
 * (`sidebar-grid__container` may hold the story, `article-content` a teaser list), so rules that
 * judge an element by its name ask here first whether it holds article prose.
 *
 * A prose run is an element with at least MIN_RUN direct <p> children that each read as a sentence
 * paragraph (enough text outside links), together long enough to be more than a teaser. Every
 * ancestor of a prose run holds prose.
 */
import type { AnyNode, Element } from 'domhandler';
import chrome from '../data/chrome.json' with { type: 'json' };
import { BLOCK, isElement, isText, OPAQUE, walk } from './dom.js';
import { isFoldedSpace } from '../parse/load.js';

/** Direct paragraph children that make a run (a teaser card has one). */
const MIN_RUN = 2;
/** Width-weighted characters outside links for a paragraph to count as prose (a CJK character counts two). */
const MIN_PARAGRAPH = 80;
/** Width-weighted characters outside links for the run as a whole. */
const MIN_RUN_CHARS = 300;
/** Link text above this share of a paragraph makes it a link line, not prose. */
const MAX_LINK_SHARE = 0.5;

/** Class/id words of blocks whose prose is still not the article (reader comments, consent texts, sign-up boxes). */
export const NOT_ARTICLE_PROSE = new RegExp(chrome.proseIsNotArticle.join('|'), 'i');

const WIDE = /[\u1100-\u11ff\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/g;

/** Length with wide (CJK) characters counted twice: a Chinese sentence says in 40 characters what English says in 80. */
export function weightedLength(text: string): number {
  const wide = text.match(WIDE);
  return text.length + (wide ? wide.length : 0);
}

/** A teaser's summary under its headline link is a sentence or two (width-weighted: 60 Han characters). */
const MAX_TEASER_SUMMARY = 120;
/** A summary is a sentence, in any script. */
const SUMMARY_END = /[。？！?!.]["”」』]?$/;

/**
 * Could this line be a teaser's summary: one short sentence under another story's headline link (the related-list
 * prune rule and the body's trailing-teasers filter read headline-and-summary runs by it).
 */
export function isTeaserSummary(text: string): boolean {
  return SUMMARY_END.test(text) && weightedLength(text) <= MAX_TEASER_SUMMARY;
}

/** WIDE's ranges, for one code unit. */
function isWide(c: number): boolean {
  return (
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x2e80 && c <= 0x9fff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xff00 && c <= 0xffef)
  );
}

/**
 * A paragraph's prose weight: its width-weighted length scaled by the share of its characters outside
 * links, or 0 below MIN_PARAGRAPH or when links hold more than MAX_LINK_SHARE of it. The figures of
 * `weightedLength(textOf(p))`, `textOf(p)` without spaces and `nonLinkChars([p])`, counted in one walk
 * without building the text (this runs for every <p> of every page, several times).
 */
export function proseWeight(p: Element): number {
  let chars = 0; // characters of the collapsed text that are not spaces
  let gaps = 0; // spaces the collapsed text keeps: one per run of space between two characters
  let wide = 0;
  let own = 0; // characters above U+0020 outside links (nonLinkChars)
  let pendingSpace = false;
  let inLinks = 0;
  walk(
    [p],
    (n) => {
      if (isText(n)) {
        const data = n.data;
        for (let i = 0; i < data.length; i++) {
          const c = data.charCodeAt(i);
          if (inLinks === 0 && c > 32) own++;
          if (isFoldedSpace(c)) {
            pendingSpace = true;
            continue;
          }
          if (pendingSpace && chars > 0) gaps++;
          pendingSpace = false;
          chars++;
          if (isWide(c)) wide++;
        }
        return true;
      }
      // (htmlparser2 reads CDATA in HTML as a comment: no other node holds text)
      if (!isElement(n)) return true;
      if (OPAQUE.has(n.name)) return false;
      if (BLOCK.has(n.name)) pendingSpace = true;
      if (n.name === 'a') inLinks++;
      return true;
    },
    (n) => {
      if (!isElement(n)) return;
      if (BLOCK.has(n.name)) pendingSpace = true;
      if (n.name === 'a') inLinks--;
    },
  );
  if (!chars) return 0;
  const visible = chars;
  if (own < visible * (1 - MAX_LINK_SHARE)) return 0;
  const weight = (chars + gaps + wide) * (own / visible);
  return weight >= MIN_PARAGRAPH ? weight : 0;
}

/** Whether a <p> reads as a sentence paragraph: long enough, mostly outside links. */
export function isProseParagraph(p: Element): boolean {
  return proseWeight(p) > 0;
}

/** Every element that holds a prose run (the run's parent and all its ancestors up to `root`). */
export function proseHolders(root: AnyNode): Set<Element> {
  const holders = new Set<Element>();
  walk([root], (n) => {
    if (!isElement(n) && n.type !== 'root') return false;
    if (!isElement(n)) return true;
    if (n.name === 'p') return false;
    let count = 0;
    let weight = 0;
    for (const c of n.children) {
      if (!isElement(c) || c.name !== 'p') continue;
      const w = proseWeight(c);
      if (w > 0) {
        count++;
        weight += w;
      }
    }
    if (count >= MIN_RUN && weight >= MIN_RUN_CHARS) {
      for (let a: AnyNode | null = n; a && isElement(a) && !holders.has(a); a = a.parent) holders.add(a);
    }
    return true;
  });
  return holders;
}

/** Whether an element's class or id names a kind of prose that is not the article. */
export function namesOtherProse(el: Element): boolean {
  return NOT_ARTICLE_PROSE.test(`${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`);
}

/**
 * `count` pieces of `length` characters spread evenly over `text`, first to last: a cheap sample for asking whether
 * one text stands inside another (a hidden copy, a candidate holding Readability's pick).
 */
export function spreadPieces(text: string, count: number, length: number): string[] {
  const pieces: string[] = [];
  for (let i = 0; i < count; i++) {
    const at = Math.max(0, Math.floor(((text.length - length) * i) / (count - 1)));
    pieces.push(text.slice(at, at + length));
  }
  return pieces;
}
