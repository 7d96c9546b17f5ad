/** Parse HTML once with cheerio; every later stage shares this document. */
import * as cheerio from 'cheerio';
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';

/**
 * htmlparser2 rather than parse5: about a fifth of a page's time less, and the same corpus
 * scores once fragments are handled (htmlparser2 adds no <html>/<body> to a fragment: see bodyOf).
 */
export function loadHtml(html: string): CheerioAPI {
  return cheerio.load(html, { xml: { xmlMode: false, decodeEntities: true } });
}

/** Whitespace-collapsed text, with NBSP and ideographic spaces folded to plain spaces. */
export function cleanText(s: string): string {
  return s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, ' ').trim();
}

/** The page's <body>, or the document root for fragments that have none. */
export function bodyOf($: CheerioAPI): Element {
  return ($('body')[0] as Element | undefined) ?? ($.root()[0] as unknown as Element);
}
