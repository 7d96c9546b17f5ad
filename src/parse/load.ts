/** Parse HTML once with cheerio; every later stage shares this document. */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, ParentNode } from 'domhandler';

/**
 * htmlparser2 rather than parse5: about a fifth of a page's time less, and the same corpus
 * scores once fragments are handled (htmlparser2 adds no <html>/<body> to a fragment: see bodyOf).
 */
export function loadHtml(html: string): CheerioAPI {
  return cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
}

/** Text that cleanText would change: a space other than U+0020, a zero-width space, two spaces, a space at an end. */
const UNCLEAN = /[^\S ]|\u200b| {2}|^ | $/;

/** Whitespace-collapsed text, with NBSP and ideographic spaces folded to plain spaces. */
export function cleanText(s: string): string {
  // Most short texts are already clean: skip the replace, which copies the string for every single space.
  return UNCLEAN.test(s) ? s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim() : s;
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

const isElement = (n: AnyNode): n is Element => n.type === 'tag' || n.type === 'script' || n.type === 'style';

/**
 * The elements below `root` (not itself) that pass `test`, in document order: what
 * `$(root).find(selector)` gives, in one walk without a selector engine.
 */
export function findAll(root: AnyNode, test: (el: Element) => boolean): Element[] {
  const out: Element[] = [];
  if (!('children' in root)) return out;
  const stack: AnyNode[] = [];
  const top = (root as ParentNode).children;
  for (let i = top.length - 1; i >= 0; i--) stack.push(top[i]!);
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) out.push(node);
    const kids = node.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return out;
}

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
