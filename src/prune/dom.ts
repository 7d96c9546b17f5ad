/** Small DOM helpers over domhandler nodes (what cheerio parses into). */
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, ParentNode, Text } from 'domhandler';
import { BLOCK_ELEMENTS, cleanText, isElement } from '../parse/load.js';

export { isElement };

export function isText(n: AnyNode): n is Text {
  return n.type === 'text';
}

/** Elements whose content is never page text. */
export const OPAQUE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'textarea',
  'select',
  'input',
  'button',
  'canvas',
  'audio',
  'video',
  'map',
]);

/** Elements that start a new line of text (their boundaries separate words): the parser's list. */
export const BLOCK: ReadonlySet<string> = BLOCK_ELEMENTS;

/** Recursive walks stop this deep (hostile pages nest 100,000 elements; the call stack holds far fewer). */
export const MAX_DEPTH = 400;

const NO_CHILDREN: readonly AnyNode[] = [];
const kids = (n: AnyNode): readonly AnyNode[] => ('children' in n ? (n.children as AnyNode[]) : NO_CHILDREN);

/**
 * Iterative depth-first walk in document order, for any depth. `enter` returns false to skip a node's subtree;
 * `leave` runs after a node's subtree (also for nodes without children).
 */
export function walk(roots: readonly AnyNode[], enter: (n: AnyNode) => boolean | undefined, leave?: (n: AnyNode) => void): void {
  // Two parallel stacks (the open nodes, the index of each one's next child) rather than a [node, index] pair per
  // element: the walk runs over every page several times, and those pairs were much of the pruning's garbage.
  const open: AnyNode[] = [];
  const nextChild: number[] = [];
  for (const root of roots) {
    if (enter(root) !== false) {
      if (kids(root).length) {
        open.push(root);
        nextChild.push(0);
      } else leave?.(root);
    }
    while (open.length) {
      const top = open.length - 1;
      const parent = open[top]!;
      const children = kids(parent);
      const i = nextChild[top]!;
      if (i < children.length) {
        nextChild[top] = i + 1;
        const n = children[i]!;
        if (enter(n) === false) continue;
        if (kids(n).length) {
          open.push(n);
          nextChild.push(0);
        } else leave?.(n);
      } else {
        open.pop();
        nextChild.pop();
        leave?.(parent);
      }
    }
  }
}

/** Whitespace-collapsed text of nodes, skipping opaque elements. */
export function textOf(nodes: AnyNode | readonly AnyNode[]): string {
  const parts: string[] = [];
  const block = (n: AnyNode): boolean => isElement(n) && BLOCK.has(n.name);
  walk(
    Array.isArray(nodes) ? nodes : [nodes as AnyNode],
    (n) => {
      if (isText(n)) parts.push(n.data);
      else if (isElement(n) && OPAQUE.has(n.name)) return false;
      if (block(n)) parts.push(' ');
      return true;
    },
    (n) => {
      if (block(n)) parts.push(' ');
    },
  );
  return collapse(parts.join(''));
}

/**
 * textOf for a block that must be short to matter (a heading line): null as soon as its non-space characters pass
 * `max`, so testing every block of a page for one costs no more than reading each text once, not once per ancestor.
 */
export function shortTextOf(el: AnyNode, max: number): string | null {
  let chars = 0;
  let over = false;
  walk([el], (n) => {
    if (over) return false;
    if (isText(n)) {
      for (let i = 0; i < n.data.length && !over; i++) if (n.data.charCodeAt(i) > 32 && ++chars > max) over = true;
      return false;
    }
    return !(isElement(n) && OPAQUE.has(n.name));
  });
  return over ? null : textOf(el);
}

/** Whether `el` still hangs below `root` (not inside a block detached before it). */
export function attachedBelow(el: AnyNode, root: ParentNode): boolean {
  let a: ParentNode | null = el.parent;
  while (a && a !== root) a = a.parent;
  return a === root;
}

/** cleanText with a fast path: most link texts need no collapsing. */
export function collapse(s: string): string {
  return /\s\s|[\t\n\r\f\v\u00a0\u3000\u200b\ufeff]|^\s|\s$/.test(s) ? cleanText(s) : s;
}

/** Non-space characters of text outside links (article text; menus and link lists are mostly link text). */
export function nonLinkChars(nodes: readonly AnyNode[]): number {
  let n = 0;
  walk(nodes, (x) => {
    if (isText(x)) {
      for (let i = 0; i < x.data.length; i++) if (x.data.charCodeAt(i) > 32) n++;
      return false;
    }
    return x.type === 'root' || (isElement(x) && !OPAQUE.has(x.name) && x.name !== 'a');
  });
  return n;
}

/** The block's first 80 characters, for audit records. */
export function sampleOf(text: string): string {
  return text.length <= 80 ? text : text.slice(0, 80);
}

/** `div#id.class` label for warnings. */
export function describe(el: Element): string {
  const id = el.attribs.id ? `#${el.attribs.id}` : '';
  const cls = el.attribs.class ? `.${el.attribs.class.trim().split(/\s+/).join('.')}` : '';
  return `${el.name}${id}${cls}`;
}

/** Detaches a node from its parent (domhandler keeps sibling links, so fix them too). */
export function detach(n: AnyNode): void {
  const parent = n.parent;
  if (n.prev) n.prev.next = n.next;
  if (n.next) n.next.prev = n.prev;
  if (parent) {
    const i = parent.children.lastIndexOf(n);
    if (i >= 0) parent.children.splice(i, 1);
  }
  n.prev = null;
  n.next = null;
  n.parent = null;
}

/** The page's <body> (or the root of a fragment): one definition for the whole pipeline. */
export { bodyOf } from '../parse/load.js';

const sheetsAndScripts = new WeakMap<object, { styles: Element[]; scripts: Element[] }>();

/**
 * The page's `<style>` and `<script>` elements in document order, found in one walk per document (cheaper than a
 * selector engine) and without those removed since.
 */
export function stylesAndScripts($: CheerioAPI): { styles: Element[]; scripts: Element[] } {
  const root = $.root()[0]!;
  let found = sheetsAndScripts.get(root);
  if (!found) {
    const styles: Element[] = [];
    const scripts: Element[] = [];
    walk([root], (c) => {
      if (c.type === 'style') styles.push(c);
      else if (c.type === 'script') scripts.push(c);
      return c.type === 'tag' || c.type === 'root';
    });
    sheetsAndScripts.set(root, (found = { styles, scripts }));
  }
  const attached = (el: Element): boolean => {
    let n: AnyNode = el;
    while (n.parent) n = n.parent;
    return n === root;
  };
  return { styles: found.styles.filter(attached), scripts: found.scripts.filter(attached) };
}
