/** Parse HTML once with cheerio; every later stage shares this document. */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';

export function loadHtml(html: string): CheerioAPI {
  return cheerio.load(html);
}

/** Whitespace-collapsed text, with NBSP and ideographic spaces folded to plain spaces. */
export function cleanText(s: string): string {
  return s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}
