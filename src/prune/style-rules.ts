/**
 * CSS that hides: inline `style` declarations, and simple selectors (`.x`, `#y`, `div.x`) whose rule in a page
 * `<style>` element hides (a later rule showing it again is not looked for). Only rules outside at-blocks count: `@media print { .nav { display: none } }` and
 * responsive rules do not hide anything on screen.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { stylesAndScripts } from './dom.js';

export type HidingKind = 'display-none' | 'visibility-hidden' | 'font-size-zero' | 'zero-size' | 'one-pixel' | 'offscreen';

/** Lowercased property → value without `!important`. */
export function parseDeclarations(css: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const decl of css.split(';')) {
    const i = decl.indexOf(':');
    if (i <= 0) continue;
    const prop = decl.slice(0, i).trim().toLowerCase();
    const value = decl
      .slice(i + 1)
      .replace(/!\s*important/i, '')
      .trim()
      .toLowerCase();
    if (prop && value) out.set(prop, value);
  }
  return out;
}

const MAX_LENGTH_CHARS = 40;

/** A CSS length in px (em/rem as 16px); null when not a plain length. */
function px(v: string | undefined): number | null {
  // No real length is longer; a page's 100,000-digit value is not one.
  if (v === undefined || v.length > MAX_LENGTH_CHARS) return null;
  // One way to read each number (`\d*\.?\d+` had many: quadratic backtracking on a long digit run).
  const m = /^(-?(?:\d+(?:\.\d+)?|\.\d+))\s?(px|em|rem|pt|%)?$/.exec(v);
  if (!m) return null;
  const n = Number(m[1]);
  if (m[2] === '%') return n === 0 ? 0 : null;
  return m[2] === 'em' || m[2] === 'rem' ? n * 16 : m[2] === 'pt' ? n * (4 / 3) : n;
}

/** Far enough off-screen that no window shows it (-9999px is the classic value). */
const OFFSCREEN = -500;

/** How these declarations hide an element, if they do. */
export function hidingKind(d: ReadonlyMap<string, string>): HidingKind | null {
  if (d.get('display') === 'none') return 'display-none';
  const vis = d.get('visibility');
  if (vis === 'hidden' || vis === 'collapse') return 'visibility-hidden';
  if (px(d.get('font-size')) === 0) return 'font-size-zero';

  const overflow = [d.get('overflow'), d.get('overflow-x'), d.get('overflow-y')].some((v) => v === 'hidden' || v === 'clip');
  if (overflow) {
    const h = px(d.get('height')) ?? px(d.get('max-height'));
    const w = px(d.get('width')) ?? px(d.get('max-width'));
    if (h === 0 || w === 0) return 'zero-size';
    if ((h !== null && h <= 1) || (w !== null && w <= 1)) return 'one-pixel';
  }

  const pos = d.get('position');
  if (pos === 'absolute' || pos === 'fixed') {
    for (const side of ['left', 'top', 'right', 'bottom']) {
      const v = px(d.get(side));
      if (v !== null && v <= OFFSCREEN) return 'offscreen';
    }
    const clip = d.get('clip');
    if (clip && /^rect\(\s*(0|1px)[\s,]+(0|1px)[\s,]+(0|1px)[\s,]+(0|1px)\s*\)$/.test(clip)) return 'offscreen';
  }
  const indent = px(d.get('text-indent'));
  if (indent !== null && indent <= OFFSCREEN) return 'offscreen';
  for (const side of ['margin-left', 'margin-top']) {
    const v = px(d.get(side));
    if (v !== null && v <= 2 * OFFSCREEN) return 'offscreen';
  }
  return null;
}

/** Simple selectors a page's `<style>` rules hide: name → tags it is limited to (`*` for any). */
export interface HiddenSelectors {
  classes: Map<string, Set<string>>;
  ids: Map<string, Set<string>>;
}

const SIMPLE = /^([a-z][a-z0-9]*)?([.#])(-?[_a-z][\w-]*)$/i;
/** A selector list holding at least one simple selector (cheap test before the rule body is read). */
const HAS_SIMPLE = /(?:^|,)\s*[a-z0-9]*[.#]-?[_a-z][\w-]*\s*(?:,|$)/i;

/** Cheap test a rule body must pass before it is parsed: every hiding declaration holds one of these. */
const MAY_HIDE = /none|hidden|collapse|clip|-\d|:\s*[01](?:px)?\s*(?:!\s*important\s*)?(?:;|$)/i;

/** Parses style sheet text into the simple selectors it hides. Large sheets are common: only hiding rules are parsed. */
export function parseHiddenSelectors(css: string, into: HiddenSelectors = { classes: new Map(), ids: new Map() }): HiddenSelectors {
  const text = css.includes('/*') ? stripComments(css) : css;
  let i = 0;
  while (i < text.length) {
    const open = text.indexOf('{', i);
    if (open < 0) break;
    const prelude = text.slice(i, open);
    const semi = prelude.lastIndexOf(';'); // `@import …;` / `@charset …;` before a rule
    // old pages wrap their sheet in `<!-- … -->`
    let selectors = (semi >= 0 ? prelude.slice(semi + 1) : prelude).trim();
    if (selectors.includes('--')) selectors = selectors.replace(/<!--|-->/g, '').trim();
    if (selectors.startsWith('@')) {
      i = atRuleEnd(text, open) + 1; // @media, @supports, @font-face …: nothing inside hides on every screen
      continue;
    }
    let close = text.indexOf('}', open);
    if (close < 0) close = text.length;
    if (HAS_SIMPLE.test(selectors)) {
      const body = text.slice(open + 1, close);
      if (MAY_HIDE.test(body)) applyRule(selectors, body, into);
    }
    i = close + 1;
  }
  return into;
}

/**
 * CSS without its comments; an unclosed `/*` runs to the end, as in a browser. One indexOf scan: the lazy regex
 * `\/\*[\s\S]*?\*\/` rescanned the rest of the sheet from every unclosed `/*` (quadratic).
 */
export function stripComments(css: string): string {
  let out = '';
  let i = 0;
  while (i < css.length) {
    const open = css.indexOf('/*', i);
    if (open < 0) return out + css.slice(i);
    out += css.slice(i, open);
    const close = css.indexOf('*/', open + 2);
    if (close < 0) return out;
    i = close + 2;
  }
  return out;
}

/** Index of the `}` closing the at-rule block opened at `open` (its nested blocks skipped). */
function atRuleEnd(text: string, open: number): number {
  let depth = 1;
  let a = text.indexOf('{', open + 1); // next `{`, kept until passed: rescanning it each time would be quadratic
  let b = text.indexOf('}', open + 1);
  while (b >= 0) {
    if (a >= 0 && a < b) {
      depth++;
      a = text.indexOf('{', a + 1);
    } else {
      if (--depth === 0) return b;
      b = text.indexOf('}', b + 1);
    }
  }
  return text.length;
}

function applyRule(selectors: string, body: string, into: HiddenSelectors): void {
  const kind = hidingKind(parseDeclarations(body));
  // font-size:0 in a style sheet is a layout trick (inline-block gaps) whose children reset the size: not hiding
  if (kind === null || kind === 'font-size-zero') return;
  for (const sel of selectors.split(',')) {
    const m = SIMPLE.exec(sel.trim());
    if (!m) continue;
    const map = m[2] === '.' ? into.classes : into.ids;
    const name = m[3]!;
    let tags = map.get(name);
    if (!tags) map.set(name, (tags = new Set()));
    tags.add(m[1]?.toLowerCase() ?? '*');
  }
}

const cache = new WeakMap<object, HiddenSelectors>();

/** The hidden selectors of a page's `<style>` elements (screen media only), parsed once per document. */
export function hiddenSelectors($: CheerioAPI): HiddenSelectors {
  const root = $.root()[0]!;
  let sel = cache.get(root);
  if (sel) return sel;
  sel = { classes: new Map(), ids: new Map() };
  for (const el of stylesAndScripts($).styles) {
    const media = (el.attribs.media ?? '').toLowerCase();
    if (media && !/\b(all|screen)\b/.test(media)) continue;
    parseHiddenSelectors(el.children.map((c) => (c.type === 'text' ? c.data : '')).join(''), sel);
  }
  cache.set(root, sel);
  return sel;
}

/** Whether a `<style>` rule hides this element by its class or id. */
export function matchesHiddenSelector(el: Element, sel: HiddenSelectors): boolean {
  const tagOk = (tags: Set<string> | undefined): boolean => !!tags && (tags.has('*') || tags.has(el.name));
  if (sel.ids.size > 0 && el.attribs.id && tagOk(sel.ids.get(el.attribs.id))) return true;
  if (sel.classes.size > 0 && el.attribs.class) {
    for (const c of el.attribs.class.split(/\s+/)) if (c && tagOk(sel.classes.get(c))) return true;
  }
  return false;
}
