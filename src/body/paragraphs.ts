/**
 * The body as paragraphs: text for `text`, sanitized semantic HTML for `html`. Lines are cut at
 * block elements and <br> (Chinese portals often separate paragraphs with <br><br>).
 */
import type { Element, ParentNode } from 'domhandler';
import { linesOf } from '../parse/lines.js';
import { cleanText, textContent } from '../parse/load.js';

export type ParagraphTag = 'p' | 'h2' | 'h3' | 'h4' | 'li' | 'blockquote' | 'pre';

export interface Paragraph {
  tag: ParagraphTag;
  text: string;
  /** Inline HTML of the paragraph (links, emphasis), sanitized. */
  inner: string;
  /** Share of the text inside links. */
  linkDensity: number;
}

const INLINE_KEEP = new Set(['a', 'strong', 'b', 'em', 'i', 'sup', 'sub', 'code', 'mark', 'q', 'abbr', 'cite', 'small', 'u', 's']);

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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

/** Keep only inline semantics: links (http hrefs), emphasis; unwrap everything else. */
function sanitizeInline(block: Element): string {
  const parts: string[] = [];
  const walk = (nodes: ReadonlyArray<import('domhandler').AnyNode>): void => {
    for (const node of nodes) {
      if (node.type === 'text') { parts.push(escapeHtml((node as unknown as { data: string }).data)); continue; }
      if (node.type !== 'tag') continue;
      const el = node as Element;
      const tag = el.tagName.toLowerCase();
      if (tag === 'br') { parts.push(' '); continue; }
      if (INLINE_KEEP.has(tag)) {
        const href = tag === 'a' ? el.attribs['href'] : undefined;
        const open = tag === 'a' ? (href && /^(https?:|\/|#)/i.test(href) ? `<a href="${escapeHtml(href)}">` : '') : `<${tag}>`;
        parts.push(open);
        walk(el.children);
        if (open) parts.push(`</${tag}>`);
      } else {
        walk(el.children);
      }
    }
  };
  walk(block.children);
  return parts.join('').replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

export function toParagraphs(root: ParentNode): Paragraph[] {
  const lines = linesOf(root);
  // How many lines each block yields: a block that is one line keeps its inline markup.
  const perBlock = new Map<Element, number>();
  for (const l of lines) perBlock.set(l.block, (perBlock.get(l.block) ?? 0) + 1);
  return lines.map((line) => {
    const single = perBlock.get(line.block) === 1 && cleanText(textContent(line.block)) === line.text;
    return {
      tag: tagOf(line.block),
      text: line.text,
      inner: single ? sanitizeInline(line.block) : escapeHtml(line.text),
      linkDensity: line.linkChars / line.text.length,
    };
  });
}

export function paragraphsToHtml(paragraphs: readonly Paragraph[]): string {
  const out: string[] = [];
  let inList = false;
  for (const p of paragraphs) {
    if (p.tag === 'li' && !inList) { out.push('<ul>'); inList = true; }
    if (p.tag !== 'li' && inList) { out.push('</ul>'); inList = false; }
    out.push(`<${p.tag}>${p.inner}</${p.tag}>`);
  }
  if (inList) out.push('</ul>');
  return out.join('\n');
}
