/**
 * A cap on the width of the parsed tree (how many elements one element holds), applied once after parsing, next to
 * the depth cap (parse/depth.ts).
 *
 * Why: cheerio's selector engine (css-select `prepareContext` → domutils `removeSubsets`) de-duplicates the children
 * of every element it searches from with `Array.includes` per child and ancestor, so one `$(selector)` costs the
 * square of the number of children of the context (the document root for `$('h1')`). The field readers make dozens
 * of such calls per page: a page whose root or <body> holds 30,000 elements (10,000-link blocks, megabytes of
 * duplicated markup after `</html>`, which htmlparser2 leaves at the root) spent 3–10 s there, and Readability then
 * scored the 30,000 links on linkedom. No real page comes near: the development corpus holds at most 418 elements
 * under one element (a <p> of line breaks) and at most 155 links.
 *
 * What, only under an element holding more than `maxChildren` elements (so real pages are untouched):
 * 1. Runs of at least `minLinkRun` links in a row (bare <a>, or elements whose text is almost all link text), with
 *    nothing between them but line breaks and separators (` | `, `·`), are removed: such a block is a link farm or
 *    a sitemap, never the article. Reported as removed blocks (`chrome`, `link-run`).
 * 2. If the element still holds too many, its children are grouped, in order, into wrappers of `groupSize`
 *    elements (<span> in phrasing elements such as <p> and <a>, else <div>): nothing is lost, and every element
 *    then holds at most `maxChildren`.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { isElement, loadHtml, setChildren, textContent } from '../parse/load.js';
import type { RemovedBlock } from '../types.js';
import limits from '../data/wide-blocks.json' with { type: 'json' };

/** domhandler's Element class, taken from a parsed snippet (domhandler reaches us through cheerio only). */
const ElementNode = loadHtml('<p>x</p>').root()[0]!.children[0]!.constructor as new (
  name: string,
  attribs: Record<string, string>,
  children: AnyNode[],
) => Element;

const INLINE_PARENTS: ReadonlySet<string> = new Set(limits.inlineParents);
const BREAKS = new Set(['br', 'hr', 'wbr']);
/** Text between links that only separates them: spaces, punctuation and symbols (` | `, `·`, `,`). */
const SEPARATOR_TEXT = /^[\s\p{P}\p{S}]*$/u;

export interface WidthCap {
  /** Links removed in runs (0: none). */
  links: number;
  /** Elements whose children were grouped into wrappers (0: none). */
  grouped: number;
  removed: RemovedBlock[];
  /** One line per measure taken, for the Article's warnings. */
  warnings: string[];
}

const elementCount = (nodes: readonly AnyNode[]): number => {
  let n = 0;
  for (const c of nodes) if (isElement(c)) n++;
  return n;
};

/** Caps the width of the tree under `root` (see the module comment). */
export function capWidth(root: ParentNode, options: Partial<typeof limits> = {}): WidthCap {
  const o = { ...limits, ...options };
  o.groupSize = Math.max(2, Math.min(o.groupSize, o.maxChildren)); // a group of one would never shrink the count
  const cap: WidthCap = { links: 0, grouped: 0, removed: [], warnings: [] };
  let runs = 0;
  const stack: ParentNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (elementCount(node.children) > o.maxChildren) {
      runs += dropLinkRuns(node, o, cap);
      if (elementCount(node.children) > o.maxChildren) {
        groupChildren(node, o);
        cap.grouped++;
      }
    }
    for (const child of node.children) if (isElement(child) && child.children.length) stack.push(child);
  }
  if (cap.links)
    cap.warnings.push(
      `removed ${cap.links} links in ${runs} run${runs === 1 ? '' : 's'} of ${o.minLinkRun} or more links in a row, under elements holding over ${o.maxChildren} elements`,
    );
  if (cap.grouped)
    cap.warnings.push(
      `grouped the children of ${cap.grouped} element${cap.grouped === 1 ? '' : 's'} holding over ${o.maxChildren} elements into wrappers of ${o.groupSize}`,
    );
  return cap;
}

type Kind = 'link' | 'separator' | 'other';

/** A link, a separator between links, or anything else (which ends a run of links). */
function kindOf(n: AnyNode, o: typeof limits): Kind {
  if (n.type === 'comment' || n.type === 'directive') return 'separator';
  if (n.type === 'text') {
    const data = (n as unknown as { data: string }).data;
    return data.trim().length <= o.maxSeparatorChars && SEPARATOR_TEXT.test(data) ? 'separator' : 'other';
  }
  if (!isElement(n)) return 'other';
  if (n.name === 'a') return 'link';
  if (BREAKS.has(n.name)) return 'separator';
  return isLinkItem(n, o.linkItemShare) ? 'link' : 'other';
}

/** An element (a list item, a cell) whose visible text is almost all inside links. */
function isLinkItem(el: Element, share: number): boolean {
  let inLinks = 0;
  let all = 0;
  const stack: [AnyNode, boolean][] = [[el, false]];
  while (stack.length) {
    const [n, inLink] = stack.pop()!;
    if (n.type === 'text') {
      const chars = (n as unknown as { data: string }).data.replace(/\s+/g, '').length;
      all += chars;
      if (inLink) inLinks += chars;
    } else if (n.type === 'tag') {
      const linked = inLink || (n as Element).name === 'a';
      for (const c of (n as Element).children) stack.push([c, linked]);
    }
  }
  return inLinks > 0 && inLinks >= all * share;
}

/** Removes runs of `minLinkRun` or more links from `parent`'s children; returns how many runs. */
function dropLinkRuns(parent: ParentNode, o: typeof limits, cap: WidthCap): number {
  const kids = parent.children;
  const drop: [number, number][] = []; // inclusive ranges of child indexes
  let first = -1;
  let last = -1;
  let links = 0;
  const close = (): void => {
    if (links >= o.minLinkRun) {
      drop.push([first, last]);
      cap.links += links;
    }
    first = last = -1;
    links = 0;
  };
  for (let i = 0; i < kids.length; i++) {
    const kind = kindOf(kids[i]!, o);
    if (kind === 'link') {
      if (first < 0) first = i;
      last = i;
      links++;
    } else if (kind === 'other') close();
  }
  close();
  if (!drop.length) return 0;
  const kept: AnyNode[] = [];
  let at = 0;
  for (const [from, to] of drop) {
    kept.push(...kids.slice(at, from));
    const run = kids.slice(from, to + 1);
    let text = '';
    for (const n of run) text += textContent(n);
    const flat = text.replace(/\s+/g, ' ').trim();
    cap.removed.push({ kind: 'chrome', reason: 'link-run', chars: flat.replace(/ /g, '').length, sample: flat.slice(0, 80) });
    for (const n of run) n.parent = null;
    at = to + 1;
  }
  kept.push(...kids.slice(at));
  setChildren(parent, kept);
  return drop.length;
}

/** Puts `parent`'s children, in order, into wrappers of `groupSize` elements until it holds at most `maxChildren`. */
function groupChildren(parent: ParentNode, o: typeof limits): void {
  const name = isElement(parent as AnyNode) && INLINE_PARENTS.has((parent as Element).name) ? 'span' : 'div';
  while (elementCount(parent.children) > o.maxChildren) {
    const wrappers: AnyNode[] = [];
    let batch: AnyNode[] = [];
    let elements = 0;
    const flush = (): void => {
      const wrapper = new ElementNode(name, {}, []);
      setChildren(wrapper, batch);
      wrappers.push(wrapper);
      batch = [];
      elements = 0;
    };
    for (const n of parent.children) {
      batch.push(n);
      if (isElement(n) && ++elements === o.groupSize) flush();
    }
    if (batch.length) flush();
    setChildren(parent, wrappers);
  }
}
