/**
 * Plain-text dumps of pages (like the seed: breadcrumb line, headline, info line, body
 * paragraphs, trailing credit, footer, spam run) become a small synthetic HTML page, so the
 * same field chains read them. The body runs from the headline to the first footer line.
 */
import { CRUMB_LEAD, CRUMB_SEPARATOR } from '../fields/site.js';
import { isMetadataLine } from '../body/filters.js';
import { isChromeText, removedEntry } from '../prune/chrome.js';
import { stripSpamRun } from '../prune/spam.js';
import type { RemovedBlock } from '../types.js';

export interface TextDump {
  html: string;
  removed: RemovedBlock[];
}

/** Headlines are short and do not end like a sentence. */
const MAX_HEADLINE = 100;
const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const NO_FIELDS = { title: null, source: null, editor: null, authors: [] };

export function textDumpToHtml(text: string, opts: { extraKeywords: string[] }): TextDump {
  const removed: RemovedBlock[] = [];
  const lines: string[] = [];
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
    if (!line) continue;
    const spam = stripSpamRun(line, { pageHost: null, extraKeywords: opts.extraKeywords });
    if (spam.removed) removed.push(spam.removed);
    if (spam.text.trim()) lines.push(spam.text.trim());
  }

  let i = 0;
  const crumbAt = lines.slice(0, 10).findIndex((l) => CRUMB_LEAD.test(l) && CRUMB_SEPARATOR.test(l));
  const crumb = crumbAt >= 0 ? lines[crumbAt]! : null;
  if (crumbAt >= 0) i = crumbAt + 1;
  while (i < lines.length && (isChromeText(lines[i]!) || isMetadataLine(lines[i]!, NO_FIELDS))) i++;
  const headline = lines[i] && lines[i]!.length <= MAX_HEADLINE && !/[。.!?！？]$/.test(lines[i]!) ? lines[i++]! : null;

  const info: string[] = [];
  while (i < lines.length && isMetadataLine(lines[i]!, NO_FIELDS)) info.push(lines[i++]!);

  const body: string[] = [];
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    // The first chrome line after the body starts the footer: everything below is portal chrome.
    if (isChromeText(line) && body.length) break;
    if (isChromeText(line)) {
      removed.push(removedEntry('chrome', 'text-chrome-line', line));
      continue;
    }
    body.push(line);
  }
  for (; i < lines.length; i++) removed.push(removedEntry('chrome', 'text-footer', lines[i]!));

  const html = [
    '<!DOCTYPE html><html><head>',
    headline ? `<title>${escapeHtml(headline)}</title>` : '',
    '</head><body>',
    crumb ? `<div class="crumb">${escapeHtml(crumb)}</div>` : '',
    headline ? `<h1>${escapeHtml(headline)}</h1>` : '',
    ...info.map((l) => `<div class="info">${escapeHtml(l)}</div>`),
    '<article>',
    ...body.map((l) => `<p>${escapeHtml(l)}</p>`),
    '</article></body></html>',
  ].join('\n');
  return { html, removed };
}
