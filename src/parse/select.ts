/**
 * CSS selectors compiled once and matched against a page's elements listed once. The field readers ask a dozen
 * selectors of the same unchanged page, and test a selector on many elements (`is`, `filter`); cheerio parses and
 * compiles the selector string on every call and walks the whole tree for every query. This runs the same engine
 * (css-select, which cheerio runs) on the same elements, so it finds the same elements in the same (document) order.
 */
import { compile } from 'css-select';
import { parse, type Selector } from 'css-what';
import type { AnyNode, Element, ParentNode } from 'domhandler';

interface Compiled {
  test: (el: Element) => boolean;
  /** The tags every alternative's last compound names (`a[href] img[alt], img.logo` → img), or null when one names none. */
  tags: ReadonlySet<string> | null;
}

/** Selectors are code and data constants: a handful per process. The bound only guards against a caller's many. */
const MAX_COMPILED = 256;
const compiled = new Map<string, Compiled>();

function lastCompoundTag(tokens: readonly Selector[]): string | null {
  let tag: string | null = null;
  for (const t of tokens) {
    if (t.type === 'tag') tag = t.name;
    else if (t.type === 'descendant' || t.type === 'child' || t.type === 'sibling' || t.type === 'adjacent' || t.type === 'parent')
      tag = null; // a combinator: the compound after it starts
    else if (t.type === 'universal') tag = null;
  }
  return tag;
}

function compiledOf(selector: string): Compiled {
  let c = compiled.get(selector);
  if (c) return c;
  const test = compile<AnyNode, Element>(selector, { xmlMode: false });
  const tags = new Set<string>();
  for (const alternative of parse(selector)) {
    const tag = lastCompoundTag(alternative);
    if (!tag) {
      tags.clear();
      break;
    }
    tags.add(tag);
  }
  c = { test, tags: tags.size ? tags : null };
  if (compiled.size >= MAX_COMPILED) compiled.clear();
  compiled.set(selector, c);
  return c;
}

/** Whether an element matches a selector (cheerio's `$(el).is(selector)`). */
export function matches(el: Element, selector: string): boolean {
  return compiledOf(selector).test(el);
}

/** Every element below `root`, in document order (what a selector query walks). */
export function elementsBelow(root: ParentNode): Element[] {
  const out: Element[] = [];
  const stack: AnyNode[] = [];
  for (let i = root.children.length - 1; i >= 0; i--) stack.push(root.children[i]!);
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type !== 'tag' && n.type !== 'script' && n.type !== 'style') continue;
    const el = n as Element;
    out.push(el);
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
  }
  return out;
}

/** The elements of `elements` (a document-order list, see elementsBelow) that match `selector`, in that order. */
export function selectFrom(elements: readonly Element[], selector: string): Element[] {
  // A plain loop, not eachMatch spread: this runs over every element of the page for many selectors.
  const { test, tags } = compiledOf(selector);
  const out: Element[] = [];
  for (const el of elements) if ((!tags || tags.has(el.name)) && test(el)) out.push(el);
  return out;
}

/**
 * The same matches, one at a time: a reader that stops at the first good one (a byline, a logo) tests no further
 * element (a selector with descendant combinators walks every candidate's ancestors).
 */
export function* eachMatch(elements: readonly Element[], selector: string): Generator<Element> {
  const { test, tags } = compiledOf(selector);
  for (const el of elements) if ((!tags || tags.has(el.name)) && test(el)) yield el;
}
