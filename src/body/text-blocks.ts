/**
 * Split text blocks: component-built pages wrap every few paragraphs of one article in a block of
 * their own (`<section class="content-group"><div class="sr-only">Article content</div><div><p>…</p>
 * <p>…</p></div></section>`, repeated, often with an ad block between two of them). Readability
 * scores each block apart and joins a sibling block only when it scores high, so the lead or the
 * last paragraphs are lost. Runs of such blocks are unwrapped here, before Readability reads the
 * page, so that their paragraphs become siblings of one parent.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element, ParentNode } from 'domhandler';
import { textContent } from '../parse/load.js';
import { nonLinkChars } from '../prune/dom.js';
import { weightedLength } from '../prune/prose.js';

/** The identity of a block: the same tag, class and component name mark blocks of one kind. */
function blockKey(el: Element): string {
  return `${el.name}|${el.attribs['class'] ?? ''}|${el.attribs['data-component'] ?? ''}`;
}

/** Link text above this share of a block makes it a link list, not prose. */
const MAX_LINK_SHARE = 0.5;
/** A run must hold this many paragraphs in all (one block of one paragraph is a teaser or a caption). */
const MIN_RUN_PARAGRAPHS = 3;
/** Paragraphs shorter than this on average (width-weighted) are captions, credits and counters (a gallery's `1/50`, `PA`). */
const MIN_MEAN_PARAGRAPH = 60;
/** A label inside a block (`Article content` for screen readers) is this short at most. */
const MAX_LABEL = 40;

const TEXT_CHILDREN = new Set(['p', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol']);
const WRAPPERS = new Set(['div', 'section']);

interface Contents {
  /** What replaces the block: its paragraphs, headings and lists, wrappers and labels taken out. */
  nodes: Element[];
  paragraphs: number;
}

/** Element children, or null when a child is text outside any element. */
function elementChildren(el: Element): Element[] | null {
  const out: Element[] = [];
  for (const c of el.children) {
    if (c.type === 'comment' || (c.type === 'text' && !c.data.trim())) continue;
    if (c.type !== 'tag') return null;
    out.push(c as Element);
  }
  return out;
}

/**
 * A block's article contents when it holds only paragraphs, headings and lists (directly or in one plain wrapper)
 * and at most short labels; null otherwise.
 */
function blockContents(el: Element): Contents | null {
  if (!WRAPPERS.has(el.name)) return null;
  const kids = elementChildren(el);
  if (!kids) return null;
  const nodes: Element[] = [];
  let paragraphs = 0;
  for (const k of kids) {
    if (TEXT_CHILDREN.has(k.name)) {
      nodes.push(k);
      if (k.name === 'p') paragraphs++;
      continue;
    }
    const inner = WRAPPERS.has(k.name) ? elementChildren(k) : null;
    if (inner?.length && inner.every((c) => TEXT_CHILDREN.has(c.name))) {
      nodes.push(...inner);
      paragraphs += inner.filter((c) => c.name === 'p').length;
      continue;
    }
    const text = textContent(k).trim();
    if (text.length <= MAX_LABEL && !k.children.some((c) => c.type === 'tag')) continue; // a label: dropped with the wrapper
    return null;
  }
  return paragraphs ? { nodes, paragraphs } : null;
}

/** Prose: long enough paragraphs on average, mostly outside links. */
function isProse(blocks: readonly { el: Element; contents: Contents }[]): boolean {
  let paragraphs = 0;
  let weight = 0;
  let visible = 0;
  let own = 0;
  for (const b of blocks) {
    paragraphs += b.contents.paragraphs;
    const text = textContent(b.el);
    weight += weightedLength(text.replace(/\s+/g, ' ').trim());
    visible += text.replace(/\s/g, '').length;
    own += nonLinkChars([b.el]);
  }
  return paragraphs >= MIN_RUN_PARAGRAPHS && weight >= paragraphs * MIN_MEAN_PARAGRAPH && own >= visible * (1 - MAX_LINK_SHARE);
}

/**
 * Unwraps every run of two or more paragraph blocks of one kind under one parent (other siblings without
 * paragraphs, such as emptied ad slots, may stand between them) that hold the page's `paragraphs`.
 * Returns the number of blocks unwrapped.
 */
export function mergeSplitTextBlocks($: CheerioAPI, paragraphs: readonly Element[]): number {
  let parents = new Set<ParentNode>();
  for (const p of paragraphs) {
    for (let block = p.parent, depth = 0; block?.type === 'tag' && block.parent && depth < 2; block = block.parent, depth++) {
      parents.add(block.parent as ParentNode);
    }
  }
  let unwrapped = 0;
  // A story split into groups may be split again one level up (three containers of groups): once a level is
  // merged, the level above is tried.
  for (let round = 0; round < MAX_ROUNDS && parents.size; round++) {
    const merged = new Set<ParentNode>();
    for (const parent of parents) {
      const n = mergeRuns($, parent);
      unwrapped += n;
      if (n && parent.parent) merged.add(parent.parent);
    }
    parents = merged;
  }
  return unwrapped;
}

/** How many levels of split groups are merged. */
const MAX_ROUNDS = 3;

/** Unwraps the runs of paragraph blocks among one parent's children; returns how many blocks were unwrapped. */
function mergeRuns($: CheerioAPI, parent: ParentNode): number {
  const byKey = new Map<string, { el: Element; contents: Contents }[]>();
  for (const k of parent.children) {
    if (k.type !== 'tag') continue;
    const contents = blockContents(k as Element);
    if (!contents) continue;
    const key = blockKey(k as Element);
    const run = byKey.get(key);
    if (run) run.push({ el: k as Element, contents });
    else byKey.set(key, [{ el: k as Element, contents }]);
  }
  let unwrapped = 0;
  for (const run of byKey.values()) {
    if (run.length < 2 || !isProse(run)) continue;
    for (const b of run) $(b.el).replaceWith(b.contents.nodes);
    unwrapped += run.length;
  }
  return unwrapped;
}
