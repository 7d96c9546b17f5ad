/**
 * The body as paragraphs: text for `text`, sanitized semantic HTML for `html`. Lines are cut at
 * block elements and <br> (Chinese portals often separate paragraphs with <br><br>). Figures (an image
 * with its caption), data tables and code blocks are paragraphs of their own, kept whole; layout tables
 * (a table holding the article, or a nested table) are read as ordinary blocks.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { isBlockTag, linesOf } from '../parse/lines.js';
import { cleanLength, cleanText, textContent } from '../parse/load.js';

export type ParagraphTag = 'p' | 'h2' | 'h3' | 'h4' | 'li' | 'blockquote' | 'pre' | 'figure' | 'table';

export interface Paragraph {
  tag: ParagraphTag;
  /** The paragraph's text; a table's rows one per line with cells separated by a tab; a figure's caption. */
  text: string;
  /** Inner HTML of the paragraph's element (links, emphasis; a figure's img/figcaption; a table's rows), sanitized. */
  inner: string;
  /** Share of the text inside links. */
  linkDensity: number;
  /** For `li`: the kind of list it belongs to. */
  list?: 'ul' | 'ol';
}

/** What the body keeps besides text (ExtractOptions `images` / `tables`). */
export interface ParagraphOptions {
  /** Resolves relative image URLs. */
  url?: string | null;
  /** Keep figures and images (default true); off, a figure's caption stays as a paragraph. */
  images?: boolean;
  /** Keep data tables (default true); off, they are left out. */
  tables?: boolean;
}

/** A table cell's text above this many characters means the table lays out the page, not data. */
const LAYOUT_CELL_CHARS = 300;
/** The separator of cells in a table row of `text`: a tab (cells never hold one: their whitespace is folded). */
export const CELL_SEPARATOR = '\t';

const INLINE_KEEP = new Set(['a', 'strong', 'b', 'em', 'i', 'sup', 'sub', 'code', 'mark', 'q', 'abbr', 'cite', 'small', 'u', 's']);

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const isTag = (node: AnyNode): node is Element => node.type === 'tag';

function tagOf(block: Element): ParagraphTag {
  const name = block.tagName?.toLowerCase();
  if (name === 'h1' || name === 'h2') return 'h2';
  if (name === 'h3') return 'h3';
  if (name === 'h4' || name === 'h5' || name === 'h6') return 'h4';
  if (name === 'li') return 'li';
  if (name === 'pre') return 'pre';
  // cheerio's closest('blockquote'): the element itself or an ancestor, below the document root
  for (let n: ParentNode | null = block; n && n.type !== 'root'; n = n.parent) {
    if ((n as Element).name === 'blockquote') return 'blockquote';
  }
  return 'p';
}

/** The list an `li` sits in (the nearest ul/ol ancestor); bulleted when there is none. */
function listOf(li: Element): 'ul' | 'ol' {
  for (let n = li.parent; n && n.type !== 'root'; n = n.parent) {
    const name = (n as Element).name;
    if (name === 'ol' || name === 'ul') return name;
  }
  return 'ul';
}

/** Keep only inline semantics: links (http hrefs), emphasis; unwrap everything else. Iterative: nesting is page-controlled. */
function sanitizeInline(block: Element): string {
  const parts: string[] = [];
  // Nodes to visit, and closing tags to write once a kept element's children are done.
  const stack: Array<AnyNode | string> = [...block.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (typeof node === 'string') {
      parts.push(node);
      continue;
    }
    if (node.type === 'text') {
      parts.push(escapeHtml((node as unknown as { data: string }).data));
      continue;
    }
    if (!isTag(node)) continue;
    const tag = node.tagName.toLowerCase();
    if (tag === 'br') {
      parts.push(' ');
      continue;
    }
    if (INLINE_KEEP.has(tag)) {
      const href = tag === 'a' ? node.attribs['href'] : undefined;
      const open = tag === 'a' ? (href && /^(https?:|\/|#)/i.test(href) ? `<a href="${escapeHtml(href)}">` : '') : `<${tag}>`;
      parts.push(open);
      stack.push(open ? `</${tag}>` : '');
    }
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return parts
    .join('')
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}

/** Elements below `root` (not `root` itself) that match, in document order, without recursion. */
function descendants(root: Element, match: (el: Element) => boolean, stopAt?: (el: Element) => boolean): Element[] {
  const found: Element[] = [];
  const stack: AnyNode[] = [...root.children].reverse();
  while (stack.length) {
    const node = stack.pop()!;
    if (!isTag(node)) continue;
    if (match(node)) found.push(node);
    if (stopAt?.(node)) continue;
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
  return found;
}

/** A table's rows (tr in document order, thead/tbody/tfoot or not) as their cells. */
function tableRows(table: Element): Element[][] {
  return descendants(
    table,
    (el) => el.name === 'tr',
    (el) => el.name === 'tr' || el.name === 'table',
  ).map((tr) => tr.children.filter(isTag).filter((c) => c.name === 'td' || c.name === 'th'));
}

/**
 * A table of data rather than of layout: no nested table, no presentation role, at least two cells,
 * and no cell long enough to be the article itself.
 */
function isDataTable(table: Element): boolean {
  const role = table.attribs['role']?.toLowerCase();
  if (role === 'presentation' || role === 'none') return false;
  if (
    descendants(
      table,
      (el) => el.name === 'table',
      (el) => el.name === 'table',
    ).length
  )
    return false;
  const cells = tableRows(table).flat();
  return cells.length >= 2 && cells.every((cell) => cleanLength(textContent(cell)) <= LAYOUT_CELL_CHARS);
}

/** Share of a table's text inside links. */
function tableLinkDensity(table: Element): number {
  const text = cleanLength(textContent(table));
  if (!text) return 0;
  const linked = descendants(table, (el) => el.name === 'a').reduce((n, a) => n + cleanLength(textContent(a)), 0);
  return Math.min(1, linked / text);
}

function tableText(table: Element): string {
  return tableRows(table)
    .map((cells) => cells.map((cell) => cleanText(textContent(cell))))
    .filter((cells) => cells.some(Boolean))
    .map((cells) => cells.join(CELL_SEPARATOR))
    .join('\n');
}

function tableHtml(table: Element): string {
  const caption = descendants(
    table,
    (el) => el.name === 'caption',
    (el) => el.name === 'caption',
  )[0];
  const rows = tableRows(table).map((cells) => {
    const html = cells.map((cell) => {
      const span = ['rowspan', 'colspan']
        .filter((a) => /^[1-9]\d{0,2}$/.test(cell.attribs[a] ?? '') && cell.attribs[a] !== '1')
        .map((a) => ` ${a}="${cell.attribs[a]}"`)
        .join('');
      return `<${cell.name}${span}>${sanitizeInline(cell)}</${cell.name}>`;
    });
    return `<tr>${html.join('')}</tr>`;
  });
  return `${caption ? `<caption>${sanitizeInline(caption)}</caption>` : ''}${rows.join('')}`;
}

/** Lazy-loading pages keep the real address in a data attribute and a placeholder in `src`. */
const LAZY_SRC = ['data-src', 'data-original', 'data-lazy-src', 'data-url', 'data-echo'];

/** An image's address, absolute when the page URL is known; null for placeholders, pixels and non-http schemes. */
function imageSrc(img: Element, pageUrl: string | null | undefined): string | null {
  const a = img.attribs;
  if (['width', 'height'].some((d) => /^\s*[0-2](?:px)?\s*$/.test(a[d] ?? ''))) return null; // tracking pixel
  const srcset = a['srcset']?.trim().split(/\s+/)[0];
  const candidates = [...LAZY_SRC.map((k) => a[k]), a['src'], srcset];
  const raw = candidates.find((c) => c?.trim() && !/^(?:data|javascript|about|blob):/i.test(c.trim()))?.trim();
  if (!raw) return null;
  try {
    const url = new URL(raw, pageUrl ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    // No page URL to resolve against: a relative address is kept as the page gives it.
    return pageUrl || /^[a-z][a-z0-9+.-]*:/i.test(raw) ? null : raw;
  }
}

function imageHtml(img: Element, src: string): string {
  const alt = cleanText(img.attribs['alt'] ?? '');
  return `<img src="${escapeHtml(src)}" alt="${escapeHtml(alt)}">`;
}

/**
 * Whether the image shares its line with text (`<p>text <img> text</p>`): such an image is left out, as
 * cutting the line around it would split the paragraph. Siblings are read up to the nearest <br> or block
 * on either side, level by level up to the block that holds the line.
 */
function sharesLineWithText(img: Element, root: ParentNode): boolean {
  const hasText = (node: AnyNode): boolean =>
    node.type === 'text' ? cleanLength((node as unknown as { data: string }).data) > 0 : isTag(node) && cleanLength(textContent(node)) > 0;
  const cuts = (node: AnyNode): boolean => isTag(node) && (node.name === 'br' || isBlockTag(node.name));
  for (let n: Element = img; n.parent && n !== root; n = n.parent as Element) {
    const siblings = n.parent.children;
    const at = siblings.indexOf(n);
    for (let i = at - 1; i >= 0 && !cuts(siblings[i]!); i--) if (hasText(siblings[i]!)) return true;
    for (let i = at + 1; i < siblings.length && !cuts(siblings[i]!); i++) if (hasText(siblings[i]!)) return true;
    if (n.parent === root || n.parent.type === 'root' || isBlockTag((n.parent as Element).name)) return false;
  }
  return false;
}

interface Unit {
  tag: 'figure' | 'table' | 'pre' | 'drop';
  text: string;
  inner: string;
}

/** Turns figures, images, data tables and code blocks into whole paragraphs (units); null: read the element as text. */
function unitOf(el: Element, root: ParentNode, options: ParagraphOptions): Unit | null {
  const name = el.name.toLowerCase();
  if (name === 'table' && isDataTable(el)) {
    return options.tables === false ? { tag: 'drop', text: '', inner: '' } : { tag: 'table', text: tableText(el), inner: tableHtml(el) };
  }
  if (name === 'pre') {
    const code = textContent(el)
      .replace(/\r\n?/g, '\n')
      .replace(/\n\s*\n/g, '\n')
      .replace(/^\n+|\s+$/g, '');
    return code.trim() ? { tag: 'pre', text: code, inner: escapeHtml(code) } : null;
  }
  if (options.images === false) return null;
  if (name === 'figure') {
    const images = descendants(el, (x) => x.name === 'img')
      .map((img) => [img, imageSrc(img, options.url)] as const)
      .filter((pair): pair is readonly [Element, string] => pair[1] !== null);
    if (!images.length) return null;
    const caption = descendants(
      el,
      (x) => x.name === 'figcaption',
      (x) => x.name === 'figcaption',
    )[0];
    const captionText = caption ? cleanText(textContent(caption)) : '';
    const captionHtml = captionText ? `<figcaption>${sanitizeInline(caption!)}</figcaption>` : '';
    return { tag: 'figure', text: captionText, inner: images.map(([img, src]) => imageHtml(img, src)).join('') + captionHtml };
  }
  if (name === 'img' && !sharesLineWithText(el, root)) {
    const src = imageSrc(el, options.url);
    return src ? { tag: 'figure', text: '', inner: imageHtml(el, src) } : { tag: 'drop', text: '', inner: '' };
  }
  return null;
}

function insideLink(el: Element, root: ParentNode): boolean {
  if (
    descendants(
      el,
      (x) => x.name === 'a',
      (x) => x.name === 'a',
    ).length
  )
    return true;
  for (let n = el.parent; n && n !== root && n.type !== 'root'; n = n.parent) if ((n as Element).name === 'a') return true;
  return false;
}

/** The body root as paragraphs, in document order. */
export function toParagraphs(root: ParentNode, options: ParagraphOptions = {}): Paragraph[] {
  const units = new Map<Element, Unit>();
  const lines = linesOf(root, (el) => {
    const unit = unitOf(el, root, options);
    if (!unit) return null;
    units.set(el, unit);
    return unit.text;
  });
  // How many lines each block yields: a block that is one line keeps its inline markup.
  const perBlock = new Map<Element, number>();
  for (const l of lines) perBlock.set(l.block, (perBlock.get(l.block) ?? 0) + 1);
  const paragraphs: Paragraph[] = [];
  for (const line of lines) {
    const unit = units.get(line.block);
    if (unit) {
      // An image inside a link is a teaser tile (related articles), navigation like a link line; a table of links (an
      // image strip's linked captions, a grid of other stories) is as much navigation as its share of linked text.
      const linkDensity =
        unit.tag === 'figure' && insideLink(line.block, root) ? 1 : unit.tag === 'table' ? tableLinkDensity(line.block) : 0;
      if (unit.tag !== 'drop') paragraphs.push({ tag: unit.tag, text: unit.text, inner: unit.inner, linkDensity });
      continue;
    }
    const single = perBlock.get(line.block) === 1 && cleanText(textContent(line.block)) === line.text;
    const tag = tagOf(line.block);
    paragraphs.push({
      tag,
      text: line.text,
      inner: single ? sanitizeInline(line.block) : escapeHtml(line.text),
      linkDensity: line.linkChars / line.text.length,
      ...(tag === 'li' ? { list: listOf(line.block) } : {}),
    });
  }
  return paragraphs;
}

/** Paragraphs as body HTML; consecutive list items share one `<ul>`/`<ol>`. */
export function paragraphsToHtml(paragraphs: readonly Paragraph[]): string {
  const out: string[] = [];
  let list: 'ul' | 'ol' | null = null;
  for (const p of paragraphs) {
    const wanted = p.tag === 'li' ? (p.list ?? 'ul') : null;
    if (list && wanted !== list) {
      out.push(`</${list}>`);
      list = null;
    }
    if (wanted && !list) {
      out.push(`<${wanted}>`);
      list = wanted;
    }
    out.push(`<${p.tag}>${p.inner}</${p.tag}>`);
  }
  if (list) out.push(`</${list}>`);
  return out.join('\n');
}
