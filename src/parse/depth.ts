/**
 * A cap on element nesting, applied once after parsing: every later stage (field readers, pruning, Readability on
 * linkedom, the libraries' own recursive helpers such as domutils `textContent` and domhandler `cloneNode`) then
 * works on a tree no deeper than MAX_NESTING. No real article nests anywhere near that deep; hostile and broken
 * pages nest 100,000 deep, which overflows recursive code and makes Readability's scoring (text and link
 * density of every ancestor) cost the cube of the depth.
 *
 * Degrading gracefully: the content below an element at the cap is kept, in document order, as that element's
 * children. Elements holding only text (a `<p>`, an `<a>`) or an image are hoisted whole, other empty ones dropped; elements
 * that held other elements are unwrapped, leaving a line break in their place so the text around them stays
 * apart. (Keeping them, emptied, would hand Readability thousands of empty lists to score under each ancestor.)
 */
import type { AnyNode, Element, ParentNode, Text } from 'domhandler';
import { PARSER_VOID, isElement, loadHtml } from './load.js';

/** domhandler's Text class, taken from a parsed snippet (domhandler reaches us through cheerio only). */
const TextNode = (loadHtml('<p>x</p>').root()[0]!.children[0] as Element).children[0]!.constructor as new (data: string) => Text;

/** Elements deeper than this below the document root are flattened into their ancestor at this depth. */
export const MAX_NESTING = 64;

/** Empty elements that still show something (or separate text) when hoisted. */
const KEPT_EMPTY = new Set(['img', 'br', 'hr', 'picture', 'video', 'audio', 'iframe', 'embed', 'object', 'source', 'figure']);

const holdsElements = (n: AnyNode): boolean => 'children' in n && (n as ParentNode).children.some(isElement);

/** Flattens nesting below `max` levels under `root`; returns how many elements were flattened into (0: none). */
export function capNesting(root: ParentNode, max = MAX_NESTING): number {
  let flattened = 0;
  const stack: [ParentNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    for (const child of node.children) {
      if (!isElement(child) || !child.children.length) continue;
      if (depth + 1 < max) stack.push([child, depth + 1]);
      else if (holdsElements(child)) {
        hoistDescendants(child);
        flattened++;
      }
    }
  }
  return flattened;
}

/** Makes every node below `top` a child of `top`, in document order (see the module comment). */
function hoistDescendants(top: ParentNode): void {
  const out: AnyNode[] = [];
  const stack: AnyNode[] = [];
  const pushChildren = (n: ParentNode): void => {
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]!);
  };
  pushChildren(top);
  let broken = true; // a line break is already in place (or nothing came before)
  while (stack.length) {
    const n = stack.pop()!;
    if (holdsElements(n)) {
      pushChildren(n as ParentNode);
      (n as ParentNode).children = [];
      if (!broken) out.push(new TextNode('\n'));
      broken = true;
    } else if (isElement(n) && !n.children.length && !KEPT_EMPTY.has(n.name)) {
      // an empty cell or list item: nothing to read, and thousands of them cost Readability per ancestor
    } else {
      out.push(n);
      broken = false;
    }
  }
  top.children = out;
  for (let i = 0; i < out.length; i++) {
    const n = out[i]!;
    n.parent = top;
    n.prev = out[i - 1] ?? null;
    n.next = out[i + 1] ?? null;
  }
}

/**
 * Open tags deeper than this are dropped from the HTML before it is parsed. htmlparser2 keeps its stack of open
 * elements with `unshift`/`shift`, so each tag costs the current depth: 100,000 nested `<div>` take 17 s to
 * parse, 100,000 nested table cells minutes. Far above MAX_NESTING (which then flattens what is left), and far
 * above any real page (the development corpus nests at most 41 deep).
 */
export const MAX_PARSE_NESTING = 1000;

/** Never pushed (void) or closed implicitly by a sibling (`<li>`, `<p>`, `<td>` …): not counted as nesting. */
const UNCOUNTED = new Set([
  ...PARSER_VOID,
  'li',
  'p',
  'td',
  'th',
  'tr',
  'tbody',
  'thead',
  'tfoot',
  'dd',
  'dt',
  'option',
  'optgroup',
  'rp',
  'rt',
  'html',
  'head',
  'body',
]);
/**
 * Elements whose content htmlparser2 reads as text up to their end tag: its tokenizer's special tags, and only
 * those. HTML also reads `iframe`, `noembed`, `noframes` and `plaintext` so, htmlparser2 does not: counted as text
 * here, a `<plaintext>` (which has no end tag) stopped the count for the rest of a page the parser still nested
 * (fuzz seed 3333: 70,000 nested tables kept, 38 s to parse).
 */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp']);

/**
 * The HTML with start and end tags beyond MAX_PARSE_NESTING removed (an approximation of the parser's nesting
 * that only errs on absurd pages), and how many tags went. One linear scan; the HTML is returned unchanged
 * (same string) when nothing is that deep.
 */
export function dropDeepTags(html: string, max = MAX_PARSE_NESTING): { html: string; dropped: number } {
  // A tag is read as htmlparser2's tokenizer reads it: `<`, an optional `/`, a name (a letter, then anything but
  // space, `/` and `>`: a `<` inside is part of it, so `<tabl<textarea>e>` is one odd element, not a textarea), then
  // anything up to its `>`. Where no name follows a `<`, the scan goes on at the next `<`; where no `>` follows a
  // name, the parser reads the rest of the page as that unfinished tag, and so does the scan. Sticky `test` calls
  // read it without making a match object per tag (a page has thousands), and no character is scanned twice.
  const name = /[A-Za-z][^\s/>]*/y;
  const rest = /[^>]*>/y;
  let depth = 0;
  let dropped = 0;
  const kept: string[] = [];
  let from = 0;
  for (let at = html.indexOf('<'); at >= 0; ) {
    const start = at;
    const closing = html.charCodeAt(start + 1) === 0x2f;
    const nameStart = closing ? start + 2 : start + 1;
    name.lastIndex = nameStart;
    const named = name.test(html);
    if (named) {
      rest.lastIndex = name.lastIndex;
      if (!rest.test(html)) break;
    } else {
      if (html.startsWith('<!--', start)) {
        const end = html.indexOf('-->', start + 4);
        if (end < 0) break;
        at = html.indexOf('<', end + 3);
      } else at = html.indexOf('<', start + 1);
      continue;
    }
    const tagEnd = rest.lastIndex;
    const tag = html.slice(nameStart, name.lastIndex).toLowerCase();
    let next = tagEnd;
    if (!closing && RAW_TEXT.has(tag)) {
      const endTag = new RegExp(`</${tag}`, 'gi');
      endTag.lastIndex = tagEnd;
      if (!endTag.exec(html)) break;
      next = endTag.lastIndex - tag.length - 2;
    }
    at = html.indexOf('<', next);
    if (UNCOUNTED.has(tag) || RAW_TEXT.has(tag) || html.charCodeAt(tagEnd - 2) === 0x2f) continue;
    const deep = closing ? depth > max : depth >= max;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (!deep) continue;
    kept.push(html.slice(from, start));
    from = tagEnd;
    dropped++;
  }
  if (!dropped) return { html, dropped };
  kept.push(html.slice(from));
  return { html: kept.join(''), dropped };
}
