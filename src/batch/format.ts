/** Human-readable renderings of one Article (the CLI's --format for single pages). */
import type { Article } from '../types.js';

export type PageFormat = 'json' | 'text' | 'markdown' | 'html';

export function formatArticle(article: Article, format: PageFormat): string {
  switch (format) {
    case 'json':
      return `${JSON.stringify(article, null, 2)}\n`;
    case 'text':
      return asText(article);
    case 'markdown':
      return asMarkdown(article);
    case 'html':
      return asHtml(article);
  }
}

/** The metadata worth showing, as label/value pairs, in a fixed order; absent fields are left out. */
export function metadataRows(article: Article): Array<[string, string]> {
  const rows: Array<[string, string | null]> = [
    ['Source', article.source],
    ['Site', article.siteName],
    ['Section', article.section.length ? article.section.join(' > ') : null],
    ['Date', article.date],
    ['Modified', article.dateModified],
    ['Authors', article.authors.length ? article.authors.join(', ') : null],
    ['Editor', article.editor],
    ['Language', article.lang],
    ['URL', article.url],
  ];
  return rows.filter((row): row is [string, string] => row[1] !== null && row[1] !== '');
}

function paragraphs(article: Article): string[] {
  return article.text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
}

function asText(article: Article): string {
  const head = [article.title ?? '', ...metadataRows(article).map(([label, value]) => `${label}: ${value}`)];
  return `${[head.filter(Boolean).join('\n'), ...paragraphs(article)].join('\n\n')}\n`;
}

function asMarkdown(article: Article): string {
  const blocks: string[] = [];
  if (article.title) blocks.push(`# ${article.title}`);
  const rows = metadataRows(article);
  if (rows.length) blocks.push(rows.map(([label, value]) => `- **${label}:** ${value}`).join('\n'));
  blocks.push(...paragraphs(article));
  return `${blocks.join('\n\n')}\n`;
}

function asHtml(article: Article): string {
  const title = escapeHtml(article.title ?? '');
  const lang = article.lang ? ` lang="${escapeHtml(article.lang)}"` : '';
  const rows = metadataRows(article).map(([label, value]) => `<dt>${label}</dt><dd>${escapeHtml(value)}</dd>`).join('');
  // The extractor's body HTML is already cleaned; a text dump has none, so its paragraphs are escaped.
  const body = article.html ?? paragraphs(article).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
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
  ].filter((line, i, all) => line !== '' || i === all.length - 1).join('\n');
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}
