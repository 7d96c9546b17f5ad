/**
 * Renderings of an Article for reading: plain text, Markdown and a standalone HTML page (the CLI's
 * `--format`, for one page or one file per page with `--out-dir`). Markdown is written from the body
 * HTML, whose tags are the small sanitised set the extractor emits (p, h2–h4, ul/ol/li, blockquote,
 * pre, figure/img/figcaption, table), so a converter for that set is enough; a text dump (no HTML)
 * is rendered from its paragraphs.
 */
import * as cheerio from 'cheerio/slim';
import type { AnyNode, Element } from 'domhandler';
import type { Article } from '../types.js';

/** The output formats besides JSONL. */
export type PageFormat = 'json' | 'text' | 'markdown' | 'html';

/** An Article, optionally with the batch identity of the input it came from (`file`, or `warc` + `record`). */
export type RenderableArticle = Article & {
  file?: string;
  warc?: string;
  record?: { offset: number; id: string };
};

/** Renders an Article (or a batch record, whose `file` is kept) in `format`; every rendering ends with a newline. */
export function formatArticle(article: RenderableArticle, format: PageFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(article, null, 2)}\n`;
    case 'text':
      return toText(article);
    case 'markdown':
      return toMarkdown(article);
    case 'html':
      return toHtml(article);
  }
}

/** The metadata worth showing, as label/value pairs, in a fixed order; absent fields are left out. */
export function metadataRows(article: RenderableArticle): Array<[string, string]> {
  const rows: Array<[string, string | null | undefined]> = [
    ['Source', article.source],
    ['Site', article.siteName],
    ['Section', article.section.length ? article.section.join(' > ') : null],
    ['Date', article.date],
    ['Modified', article.dateModified],
    ['Authors', article.authors.length ? article.authors.join(', ') : null],
    ['Editor', article.editor],
    ['Language', article.lang],
    ['Tags', article.tags?.length ? article.tags.join(', ') : null],
    ['Image', article.image],
    ['URL', article.url],
    ['File', article.warc !== undefined ? `${article.warc}@${article.record?.offset ?? 0}` : article.file],
  ];
  return rows.filter((row): row is [string, string] => typeof row[1] === 'string' && row[1] !== '');
}

function paragraphs(article: Article): string[] {
  return article.text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean);
}

/** Plain text: the title, `Label: value` metadata lines, then the body paragraphs separated by blank lines. */
export function toText(article: RenderableArticle): string {
  const head = [article.title ?? '', ...metadataRows(article).map(([label, value]) => `${label}: ${value}`)];
  return `${[head.filter(Boolean).join('\n'), ...paragraphs(article)].join('\n\n')}\n`;
}

/** Markdown: `# title`, a metadata list, then the body with headings, lists, quotes, code, images and tables kept. */
export function toMarkdown(article: RenderableArticle): string {
  const blocks: string[] = [];
  if (article.title) blocks.push(`# ${escapeMarkdown(article.title)}`);
  const rows = metadataRows(article);
  if (rows.length) blocks.push(rows.map(([label, value]) => `- **${label}:** ${escapeMarkdown(value)}`).join('\n'));
  blocks.push(...(article.html ? htmlToMarkdownBlocks(article.html) : paragraphs(article).map(escapeMarkdown)));
  return `${blocks.join('\n\n')}\n`;
}

/** A standalone HTML page: the title, a `<dl>` of metadata, then the clean body HTML (escaped paragraphs for a text dump). */
export function toHtml(article: RenderableArticle): string {
  const title = escapeHtml(article.title ?? '');
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const rows = metadataRows(article)
    .map(([label, value]) => `<dt>${label}</dt><dd>${escapeHtml(value)}</dd>`)
    .join('');
  // The extractor's body HTML is already cleaned; a text dump has none, so its paragraphs are escaped.
  const body =
    article.html ??
    paragraphs(article)
      .map((p) => `<p>${escapeHtml(p)}</p>`)
      .join('\n');
  return [
    '<!doctype html>',
    `<html${lang}><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<title>${title}</title></head>`,
    '<body><article>',
    title ? `<h1>${title}</h1>` : '',
    rows ? `<dl>${rows}</dl>` : '',
    body,
    '</article></body></html>',
    '',
  ]
    .filter((line, i, all) => line !== '' || i === all.length - 1)
    .join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

/** Backslash-escapes what Markdown would read as markup: inline marks anywhere, block marks at a line's start. */
function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#+-])(?=\s)/gm, '$1\\$2')
    .replace(/^(\s*)(\d+)\.(?=\s)/gm, '$1$2\\.');
}

const children = (el: Element): AnyNode[] => el.children;
const isTag = (node: AnyNode): node is Element => node.type === 'tag';
const childTags = (el: Element, name?: string): Element[] =>
  children(el)
    .filter(isTag)
    .filter((c) => name === undefined || c.name === name);

/** Inline content as Markdown: links, emphasis, code; everything else as its escaped text. */
function inlineMarkdown(el: Element): string {
  const out: string[] = [];
  // An explicit stack (node, closing mark): no recursion on nesting depth.
  const stack: Array<AnyNode | string> = [...children(el)].reverse();
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.type === 'text') {
      out.push(escapeMarkdown((item as unknown as { data: string }).data));
      continue;
    }
    if (!isTag(item)) continue;
    const [open, close] = inlineMarks(item);
    out.push(open);
    stack.push(close, ...[...children(item)].reverse());
  }
  return out.join('').replace(/\s+/g, ' ').trim();
}

function inlineMarks(el: Element): [string, string] {
  switch (el.name) {
    case 'a':
      return el.attribs['href'] ? ['[', `](${el.attribs['href'].replace(/[()\s]/g, encodeURIComponent)})`] : ['', ''];
    case 'strong':
    case 'b':
      return ['**', '**'];
    case 'em':
    case 'i':
    case 'cite':
      return ['*', '*'];
    case 'code':
      return ['`', '`'];
    case 's':
      return ['~~', '~~'];
    case 'br':
      return [' ', ''];
    default:
      return ['', ''];
  }
}

function cellText(cell: Element): string {
  return inlineMarkdown(cell).replace(/\n/g, ' ') || ' ';
}

function tableMarkdown(table: Element): string {
  const rows: string[][] = [];
  const stack: Element[] = [table];
  // Rows in document order, whether or not they sit in thead/tbody/tfoot.
  const ordered: Element[] = [];
  while (stack.length) {
    const el = stack.pop()!;
    if (el.name === 'tr') {
      ordered.push(el);
      continue;
    }
    stack.push(...childTags(el).reverse());
  }
  for (const tr of ordered)
    rows.push(
      childTags(tr)
        .filter((c) => c.name === 'td' || c.name === 'th')
        .map(cellText),
    );
  const width = Math.max(1, ...rows.map((r) => r.length));
  const line = (cells: string[]): string => `| ${Array.from({ length: width }, (_, i) => cells[i] ?? ' ').join(' | ')} |`;
  const caption = childTags(table, 'caption')[0];
  const [head = [], ...rest] = rows;
  return [
    ...(caption ? [`*${inlineMarkdown(caption)}*`, ''] : []),
    line(head),
    `|${Array.from({ length: width }, () => ' --- ').join('|')}|`,
    ...rest.map(line),
  ].join('\n');
}

function figureMarkdown(figure: Element): string {
  const imgs: Element[] = [];
  const stack: Element[] = [figure];
  while (stack.length) {
    const el = stack.pop()!;
    if (el.name === 'img') imgs.push(el);
    else stack.push(...childTags(el).reverse());
  }
  const images = imgs.map(
    (img) => `![${escapeMarkdown(img.attribs['alt'] ?? '')}](${(img.attribs['src'] ?? '').replace(/[()\s]/g, encodeURIComponent)})`,
  );
  const caption = figure.name === 'figure' ? childTags(figure, 'figcaption')[0] : undefined;
  return [...images, ...(caption ? [`*${inlineMarkdown(caption)}*`] : [])].join('\n');
}

/** The body HTML's top-level blocks as Markdown blocks. */
function htmlToMarkdownBlocks(html: string): string[] {
  const $ = cheerio.load(html, null, false);
  const blocks: string[] = [];
  for (const el of $.root().children().toArray() as Element[]) {
    const text = (): string => inlineMarkdown(el);
    switch (el.name) {
      case 'h2':
        blocks.push(`## ${text()}`);
        break;
      case 'h3':
        blocks.push(`### ${text()}`);
        break;
      case 'h4':
        blocks.push(`#### ${text()}`);
        break;
      case 'ul':
      case 'ol':
        blocks.push(
          childTags(el, 'li')
            .map((li, i) => `${el.name === 'ol' ? `${i + 1}.` : '-'} ${inlineMarkdown(li)}`)
            .join('\n'),
        );
        break;
      case 'blockquote':
        blocks.push(`> ${text()}`);
        break;
      case 'pre': {
        const code = $(el).text();
        const fence = '`'.repeat(Math.max(3, ...[...code.matchAll(/`+/g)].map((m) => m[0].length + 1)));
        blocks.push(`${fence}\n${code.replace(/\n$/, '')}\n${fence}`);
        break;
      }
      case 'figure':
      case 'img':
        blocks.push(figureMarkdown(el));
        break;
      case 'table':
        blocks.push(tableMarkdown(el));
        break;
      default:
        if (text()) blocks.push(text());
    }
  }
  return blocks.filter(Boolean);
}
