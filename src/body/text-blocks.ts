/**
 * Split text blocks: component-built pages wrap every few paragraphs of one article in a block of
 * their own (`<div data-component="text-block"><p>…</p><p>…</p></div>` twice or more in a row).
 * Readability scores each block apart and joins a sibling block only when it scores high, so a
 * short later block (the article's last paragraph) is lost. Runs of such blocks are unwrapped here,
 * before Readability reads the page, so that their paragraphs become siblings of one parent.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element, ParentNode } from 'domhandler';
import { textContent } from '../parse/load.js';
import { nonLinkChars } from '../prune/dom.js';

/** The identity of a block: the same tag, class and component name mark blocks of one kind. */
function blockKey(el: Element): string {
  return `${el.name}|${el.attribs['class'] ?? ''}|${el.attribs['data-component'] ?? ''}`;
}

/** Link text above this share of a block makes it a link list, not prose. */
const MAX_LINK_SHARE = 0.5;
/**
 * Blocks of one paragraph each are left alone: Readability joins those (they share their class, which
 * it rewards), and their parent often holds galleries and widgets between them.
 */
const MIN_PARAGRAPHS = 2;
/** Paragraphs shorter than this on average are captions, credits and counters (a gallery's `1/50`, `PA`). */
const MIN_MEAN_PARAGRAPH = 60;

/** A block that holds only paragraphs (two or more), mostly prose (whitespace and comments between them aside). */
function isParagraphBlock(el: Element): boolean {
  if (el.name !== 'div' && el.name !== 'section') return false;
  let paragraphs = 0;
  for (const c of el.children) {
    if (c.type === 'comment' || (c.type === 'text' && !c.data.trim())) continue;
    if (c.type !== 'tag' || (c as Element).name !== 'p') return false;
    paragraphs++;
  }
  if (paragraphs < MIN_PARAGRAPHS) return false;
  const text = textContent(el);
  const visible = text.replace(/\s/g, '').length;
  return text.length >= paragraphs * MIN_MEAN_PARAGRAPH && nonLinkChars([el]) >= visible * (1 - MAX_LINK_SHARE);
}

/**
 * Unwraps every run of two or more adjacent paragraph blocks of one kind that hold the page's
 * `paragraphs`. Returns the number of blocks unwrapped.
 */
export function mergeSplitTextBlocks($: CheerioAPI, paragraphs: readonly Element[]): number {
  const parents = new Set<ParentNode>();
  for (const p of paragraphs) {
    const block = p.parent;
    if (block?.type === 'tag' && block.parent) parents.add(block.parent as ParentNode);
  }
  let unwrapped = 0;
  for (const parent of parents) {
    let run: Element[] = [];
    const flush = (): void => {
      if (run.length >= 2) for (const b of run) { $(b).replaceWith(b.children); unwrapped++; }
      run = [];
    };
    for (const k of parent.children.filter((c): c is Element => c.type === 'tag')) {
      if (!isParagraphBlock(k)) flush();
      else if (run.length > 0 && blockKey(run[0]!) !== blockKey(k)) { flush(); run.push(k); }
      else run.push(k);
    }
    flush();
  }
  return unwrapped;
}
