/**
 * Split text blocks: component-built pages wrap every few paragraphs of one article in a block of
 * their own (`<div data-component="text-block"><p>…</p><p>…</p></div>` twice or more in a row).
 * Readability scores each block apart and joins a sibling block only when it scores high, so a
 * short later block (the article's last paragraph) is lost. Runs of such blocks are unwrapped here,
 * before Readability reads the page, so that their paragraphs become siblings of one parent.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { findAll, textContent } from '../parse/load.js';

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
  const text = textContent(el).length;
  const links = findAll(el, (e) => e.name === 'a').reduce((n, a) => n + textContent(a).length, 0);
  return paragraphs >= MIN_PARAGRAPHS && text >= paragraphs * MIN_MEAN_PARAGRAPH && links / text <= MAX_LINK_SHARE;
}

/** Element children of `parent` in order, whitespace and comments skipped. */
function elementChildren(parent: ParentNode): Element[] {
  return parent.children.filter((c): c is Element => c.type === 'tag');
}

/** Replaces `el` in its parent by its children. */
function unwrap(el: Element): void {
  const parent = el.parent as ParentNode;
  const kids: AnyNode[] = el.children;
  const at = parent.children.indexOf(el);
  for (const k of kids) k.parent = parent;
  parent.children.splice(at, 1, ...kids);
  // Sibling links: rebuild them for the parent's whole child list (cheap: one pass).
  parent.children.forEach((c, i, all) => {
    c.prev = all[i - 1] ?? null;
    c.next = all[i + 1] ?? null;
  });
  el.children = [];
  el.parent = null;
}

/** Unwraps every run of two or more adjacent paragraph blocks of one kind under `root`. Returns the blocks unwrapped. */
export function mergeSplitTextBlocks(root: ParentNode): number {
  const parents = new Set<ParentNode>();
  for (const el of findAll(root, (e) => e.name === 'p')) {
    const block = el.parent;
    if (block?.type === 'tag' && block.parent) parents.add(block.parent as ParentNode);
  }
  let unwrapped = 0;
  for (const parent of parents) {
    const kids = elementChildren(parent);
    let run: Element[] = [];
    const flush = (): void => {
      if (run.length >= 2) for (const b of run) { unwrap(b); unwrapped++; }
      run = [];
    };
    for (const k of kids) {
      if (isParagraphBlock(k) && (run.length === 0 || blockKey(run[0]!) === blockKey(k))) run.push(k);
      else {
        flush();
        if (isParagraphBlock(k)) run.push(k);
      }
    }
    flush();
  }
  return unwrapped;
}
