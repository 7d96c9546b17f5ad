/** Parse HTML once with cheerio; every later stage shares this document. */
import * as cheerio from 'cheerio/slim';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, ParentNode } from 'domhandler';

/**
 * htmlparser2 rather than parse5: about a fifth of a page's time less, and the same corpus
 * scores once fragments are handled (htmlparser2 adds no <html>/<body> to a fragment: see bodyOf).
 */
export function loadHtml(html: string): CheerioAPI {
  const $ = cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
  moveStrayHeadContent($);
  return $;
}

/** What a browser keeps in <head>; anything else there starts the body. */
const HEAD_ELEMENTS = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template']);
/** Metadata that stays in <head> even after the body has started. */
const HEAD_ONLY = new Set(['title', 'meta', 'link', 'base']);

/**
 * htmlparser2 leaves a page's content inside <head> when the page never closes it (`<head>…<div>…`
 * without `</head>` or `<body>`), and every reader skips <head>: the page would read as empty. A
 * browser ends the head at the first element that does not belong there and puts the rest into the
 * body; so do we (metadata elements stay in the head, where the readers look for them).
 */
function moveStrayHeadContent($: CheerioAPI): void {
  const head = findFirst($.root()[0] as unknown as ParentNode, 'head', 2);
  if (!head) return;
  const kids = head.children;
  const first = kids.findIndex(
    (c) => (c.type === 'tag' && !HEAD_ELEMENTS.has((c as Element).name)) || (c.type === 'text' && c.data.trim() !== ''),
  );
  if (first < 0) return;
  const moved = kids.slice(first).filter((c) => !(c.type === 'tag' && HEAD_ONLY.has((c as Element).name)));
  // Relinked by hand, not with cheerio's prepend/append: those take each node out of its old parent with
  // indexOf + splice, the square of the count (30,000 stray links in a <head> took 3 s).
  const movedSet = new Set<AnyNode>(moved);
  setChildren(
    head,
    kids.filter((c) => !movedSet.has(c)),
  );
  const body = findFirst($.root()[0] as unknown as ParentNode, 'body', 2);
  if (body) setChildren(body, [...moved, ...body.children]);
  else {
    const created = $('<body></body>')[0] as Element;
    $(head).after(created);
    setChildren(created, moved);
  }
}

/** Makes `nodes` the children of `parent`, in order, with their parent and sibling links. */
export function setChildren(parent: ParentNode, nodes: AnyNode[]): void {
  parent.children = nodes;
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    n.parent = parent;
    n.prev = nodes[i - 1] ?? null;
    n.next = nodes[i + 1] ?? null;
  }
}

/** The first element named `name` at most `depth` levels down (`<html><head>` is depth 2). */
function findFirst(parent: ParentNode, name: string, depth: number): Element | null {
  for (const c of parent.children) {
    if (c.type !== 'tag') continue;
    if ((c as Element).name === name) return c as Element;
    if (depth > 1) {
      const inner = findFirst(c as Element, name, depth - 1);
      if (inner) return inner;
    }
  }
  return null;
}

/** Text that cleanText would change: a space other than U+0020, a zero-width space, two spaces, a space at an end. */
const UNCLEAN = /[^\S ]|\u200b| {2}|^ | $/;

/** Whitespace-collapsed text, with NBSP and ideographic spaces folded to plain spaces. */
export function cleanText(s: string): string {
  // Most short texts are already clean: skip the replace, which copies the string for every single space.
  return UNCLEAN.test(s) ? s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim() : s;
}

/** Code units cleanText folds into a space: JavaScript's `\s` (NBSP and U+3000 among it) and U+200B. */
export function isFoldedSpace(c: number): boolean {
  if (c === 32 || (c >= 9 && c <= 13)) return true;
  if (c < 0xa0) return false;
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200b) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `cleanText(s).length`, counted without making the cleaned copy: many readers only weigh a block's text, and
 * the copy of a whole page's text was a large share of the garbage made per page.
 */
export function cleanLength(s: string): number {
  let n = 0;
  let pendingSpace = false;
  for (let i = 0; i < s.length; i++) {
    if (isFoldedSpace(s.charCodeAt(i))) {
      if (n > 0) pendingSpace = true;
    } else {
      if (pendingSpace) n++;
      pendingSpace = false;
      n++;
    }
  }
  return n;
}

/**
 * Text for comparing headlines and lines: width and case folded; spaces, punctuation, symbols and invisible
 * format characters (soft hyphens, word joiners: `Helikopter\u00adlandeplatz`, `–\u2060 Magisk`) gone.
 */
export function foldForCompare(s: string): string {
  // `{1,256}`, not `+`: a unicode-mode `+` over megabytes of one dash or emoji overflows V8's regexp backtrack
  // stack (a RangeError); a bounded run removes the same characters.
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}\p{Cf}]{1,256}/gu, '');
}

/**
 * The page's <body> (the first in document order, as `$('body')[0]`), or the document root for
 * fragments that have none. A walk that stops at the first <body>, not a selector over the page:
 * the field readers ask for it many times per page.
 */
export function bodyOf($: CheerioAPI): Element {
  const root = $.root()[0] as unknown as Element;
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type !== 'tag' && node.type !== 'script' && node.type !== 'style') continue;
    if ((node as Element).name === 'body') return node as Element;
    const kids = (node as Element).children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return root;
}

/** An element node (domhandler gives <script> and <style> types of their own). */
export function isElement(n: AnyNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

/**
 * Visits the elements below `root` (not itself) in document order, one walk without a selector engine, until `visit`
 * returns true; returns whether it did.
 */
function walkBelow(root: AnyNode, visit: (el: Element) => boolean): boolean {
  if (!('children' in root)) return false;
  const stack: AnyNode[] = [];
  const top = (root as ParentNode).children;
  for (let i = top.length - 1; i >= 0; i--) stack.push(top[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (visit(node)) return true;
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return false;
}

/** The elements below `root` (not itself) that pass `test`, in document order: what `$(root).find(selector)` gives. */
export function findAll(root: AnyNode, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  walkBelow(root, (el) => {
    if (test(el)) out.push(el);
    return false;
  });
  return out;
}

/** Whether an element below `root` (not itself) passes `test`: findAll's walk, stopping at the first. */
export function someBelow(root: AnyNode, test: (el: Element) => boolean): boolean {
  return walkBelow(root, test);
}

/** A headline's element below `root`: the test several readers make of a box before taking it as chrome or a byline. */
export const holdsH1 = (root: AnyNode): boolean => someBelow(root, (el) => el.name === 'h1');

/** All text under a node, as cheerio's .text() gives it (domutils textContent), without recursion. */
export function textContent(root: AnyNode): string {
  let out = '';
  const stack: AnyNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') out += (node as unknown as { data: string }).data;
    else if ('children' in node) {
      const kids = (node as ParentNode).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/**
 * The text under a node with a space at every element's edge: the words of a byline written as adjacent
 * elements stay apart (`<span>Lucy Thornton</span><span>News Reporter</span>`, `<span>Von</span><a>Jan Sellner</a>`),
 * which `textContent` glues (`Lucy ThorntonNews Reporter`). Elements that `isUnit` picks are set apart with ` ; `
 * (`<a>Jasper Riemann</a><a>Barbara Schneider</a>`: two people). Scripts and styles are left out.
 */
export function spacedText(root: AnyNode, isUnit?: (el: Element) => boolean): string {
  let out = '';
  const stack: Array<AnyNode | string> = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') out += node;
    else if (node.type === 'text') out += (node as unknown as { data: string }).data;
    else if (node.type === 'script' || node.type === 'style') continue;
    else if ('children' in node) {
      const kids = (node as ParentNode).children;
      if (node.type === 'tag') {
        // A unit element (a link, in a byline: one person) is set apart by a separator, not only a space.
        const edge = node !== root && isUnit?.(node as Element) ? ' ; ' : ' ';
        out += edge;
        stack.push(edge);
      }
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/** Void elements for htmlparser2 (read without children) and for linkedom (written without an end tag). */
export const PARSER_VOID: ReadonlySet<string> = new Set([
  'area',
  'base',
  'basefont',
  'br',
  'col',
  'command',
  'embed',
  'frame',
  'hr',
  'img',
  'input',
  'isindex',
  'keygen',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);

/** Elements that start a new line of text (their boundaries separate words): the text lines, the pruner and the body read them alike. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'marquee',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'br',
]);
