/**
 * Articles a page ships as markup inside a `<textarea>` for its script to render: 环球网 (huanqiu.com) serves every
 * story as `<article><textarea class="article-content">&lt;article&gt;&lt;section&gt;&lt;p&gt;…</textarea>` beside
 * `<textarea class="article-source-name">&lt;a …&gt;环球时报&lt;/a&gt;</textarea>`, and a saved page shows none of it
 * until a browser runs the script. A textarea's content is text to a parser (the markup arrives entity-encoded), and
 * newsclean drops textareas as form controls: such a page read as empty. Here the markup is parsed and put where the
 * textarea stood, as a browser's script would, before any reader or cap sees the page.
 *
 * Decided from what the textarea holds, not from class names: markup with paragraphs of text (two or more, at
 * least MIN_ARTICLE_CHARS characters) that the page does not already show elsewhere; comment boxes (empty), embed-code
 * boxes (`<iframe …>`, no text) and a second, hidden copy of a shown article stay textareas. Once one textarea
 * holds such an article, the other textareas beside it that hold markup (the source link) are rendered too.
 * renderStateArticle does the same for an article a single-page app keeps only in its JSON state.
 */
import * as cheerio from 'cheerio/slim';
import type { CheerioAPI } from 'cheerio';
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { dropDeepTags } from './depth.js';
import { bodyOf, findAll, foldForCompare, isElement, setChildren, textContent } from './load.js';
// The page's text as the pruners read it: blocks apart, scripts, styles and form controls (textareas) left out.
import { textOf } from '../prune/dom.js';

/** Text an article's markup holds at least, with two paragraphs: a brief's (a 3-line Chinese brief: ~130). */
const MIN_ARTICLE_CHARS = 80;
/** A block element opening: what makes text markup rather than prose with a `<` in it. */
const BLOCK_TAG = /<(?:p|section|div|article|h[1-6]|ul|ol|table|blockquote|br)\b[^>]*>/i;
/** Any element opening: a link, an image. */
const ANY_TAG = /<[a-z][\w-]*\b[^>]*>/i;

/** Parsed as the page was: tags nested past the parser's cap dropped first (a hostile 50,000-deep fragment). */
const parseFragment = (html: string): ParentNode =>
  cheerio.load(dropDeepTags(html).html, { xml: { xmlMode: false, decodeEntities: true } }, false).root()[0] as unknown as ParentNode;

/**
 * The markup a textarea holds, parsed; null when its text holds no tag. htmlparser2 leaves a textarea's entities
 * as they were written (`&lt;p&gt;`), so the text is decoded first, by parsing it as text.
 */
function parseHeld(textarea: Element, test: RegExp): AnyNode[] | null {
  let raw = textContent(textarea);
  if (!test.test(raw)) {
    if (!raw.includes('&lt;')) return null;
    raw = textContent(parseFragment(raw));
    if (!test.test(raw)) return null;
  }
  return [...parseFragment(raw).children];
}

/** Paragraphs (`<p>` with text) in the parsed markup. */
function paragraphCount(nodes: AnyNode[]): number {
  let n = 0;
  for (const node of nodes)
    if (isElement(node)) n += findAll(node, (el) => el.name === 'p' && textContent(el).trim() !== '').length + (node.name === 'p' ? 1 : 0);
  return n;
}

/** A `<div>` with the textarea's attributes (its class names what it holds: `article-source-name`) and `children`. */
function divFor($: CheerioAPI, textarea: Element, children: AnyNode[]): Element {
  const div = $('<div></div>')[0] as Element;
  div.attribs = { ...textarea.attribs };
  setChildren(div, children);
  return div;
}

/** Puts each replacement in its textarea's place, one pass over each parent's children (thousands of siblings). */
function replaceAll(replacements: Map<Element, Element>): void {
  const parents = new Set<ParentNode>();
  for (const textarea of replacements.keys()) if (textarea.parent) parents.add(textarea.parent);
  for (const parent of parents)
    setChildren(
      parent,
      parent.children.map((c) => (isElement(c) ? (replacements.get(c) ?? c) : c)),
    );
}

/** Renders held articles in place; returns how many textareas were rendered (0: the page holds none). */
export function renderHeldMarkup($: CheerioAPI): number {
  const root = $.root()[0] as unknown as ParentNode;
  const textareas = findAll(root, (el) => el.name === 'textarea');
  if (!textareas.length) return 0;
  let shown: string | null = null;
  const containers = new Set<ParentNode>();
  const articles: Array<{ textarea: Element; nodes: AnyNode[] }> = [];
  for (const textarea of textareas) {
    const nodes = parseHeld(textarea, BLOCK_TAG);
    if (!nodes) continue;
    const text = textOf(nodes);
    // An article has paragraphs; an embed's consent placeholder holds one quoted post (`<blockquote><p>…`).
    if (text.length < MIN_ARTICLE_CHARS || paragraphCount(nodes) < 2) continue;
    // A hidden copy of an article the page shows (a print or share version) is not a second article.
    shown ??= textOf(root);
    const probe = text.slice(0, 40);
    if (shown.includes(probe)) continue;
    articles.push({ textarea, nodes });
    if (textarea.parent) containers.add(textarea.parent);
  }
  const replacements = new Map<Element, Element>();
  for (const { textarea, nodes } of articles) replacements.set(textarea, divFor($, textarea, nodes));
  // The held fields beside the article that are markup too (`<a href="…">环球时报</a>`); plain values (an id, a
  // timestamp) stay textareas, out of the text.
  for (const container of containers) {
    for (const sibling of container.children) {
      if (!isElement(sibling) || sibling.name !== 'textarea' || replacements.has(sibling)) continue;
      const nodes = parseHeld(sibling, ANY_TAG);
      if (nodes) replacements.set(sibling, divFor($, sibling, nodes));
    }
  }
  replaceAll(replacements);
  return replacements.size;
}

/** How deep and how many objects of a page's state are looked through (a hostile state is only walked this far). */
const MAX_STATE_DEPTH = 12;
const MAX_STATE_OBJECTS = 50_000;
/** Paragraph openings in a string of markup. */
const PARAGRAPH_TAG = /<p[\s>]/gi;

/**
 * An article a single-page app ships only in its state (`__NEXT_DATA__`, `window.__INITIAL_STATE__ = {…}`) and renders
 * in the browser: the saved page shows the headline and a spinner. The markup is taken only from a state object
 * that also holds the page's own headline (the `<h1>`, og:title or `<title>`), so a related story's body kept
 * beside it is not; and only when the page does not show that text already (server-rendered pages keep the
 * same markup in their state). It goes right after the headline. Returns whether one was put in.
 */
export function renderStateArticle($: CheerioAPI, states: unknown[]): boolean {
  const root = $.root()[0] as unknown as ParentNode;
  const titles = new Set(
    [$('h1').first().text(), $('meta[property="og:title"]').attr('content') ?? '', $('title').first().text()]
      .map(foldForCompare)
      .filter((t) => t.length >= 4),
  );
  if (!titles.size) return false;
  const titled = (s: string): boolean => {
    const f = foldForCompare(s);
    return f.length >= 4 && [...titles].some((t) => t === f || (t.startsWith(f) && f.length >= t.length * 0.5));
  };
  let best: string | null = null;
  let seen = 0;
  let level: unknown[] = states;
  for (let depth = 0; depth < MAX_STATE_DEPTH && level.length && seen < MAX_STATE_OBJECTS; depth++) {
    const next: unknown[] = [];
    for (const node of level) {
      if (!node || typeof node !== 'object' || ++seen > MAX_STATE_OBJECTS) continue;
      const values = Object.values(node as Record<string, unknown>);
      const strings = values.filter((v): v is string => typeof v === 'string');
      const markup = strings.filter((v) => v.length >= 2 * MIN_ARTICLE_CHARS && (v.match(PARAGRAPH_TAG)?.length ?? 0) >= 2);
      if (markup.length && strings.some((v) => v.length <= 300 && titled(v)))
        for (const m of markup) if (!best || m.length > best.length) best = m;
      for (const v of values) if (v && typeof v === 'object') next.push(v);
    }
    level = next;
  }
  if (!best) return false;
  const nodes = [...parseFragment(best).children];
  const text = textOf(nodes);
  if (text.length < MIN_ARTICLE_CHARS || textOf(root).includes(text.slice(0, 40))) return false;
  const div = $('<div class="newsclean-state-article"></div>')[0] as Element;
  setChildren(div, nodes);
  const h1 = $('h1').first();
  if (h1.length) h1.after(div);
  else $(bodyOf($)).append(div);
  return true;
}
