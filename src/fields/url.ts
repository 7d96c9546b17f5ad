/**
 * The page's URL when the caller gives none: the page's own `<link rel=canonical>`, else its `og:url`.
 * Saved pages in a batch come without a URL, and without one site rules and dates from the URL path do not
 * apply. Only absolute http(s) URLs are taken: a relative one has nothing to resolve against.
 */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { findAll, isElement } from '../parse/load.js';
import type { MetaMap } from '../parse/meta.js';
import type { FieldOrigin } from '../types.js';

function absoluteHttp(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The URL to use and, when the page supplied it, the origin to record (`link:canonical` or `meta:og:url`). */
export function readPageUrl($: CheerioAPI, meta: MetaMap, given: string | null): { url: string | null; origins: FieldOrigin[] } {
  if (given) return { url: given, origins: [] };
  // <link> belongs in <head>: only that is walked (the parser puts a stray one there too).
  const head = $.root()[0]!
    .children.find((n): n is Element => isElement(n) && n.name === 'html')
    ?.children.find((n): n is Element => isElement(n) && n.name === 'head');
  const link = findAll(head ?? $.root()[0]!, (el) => el.name === 'link' && /(?:^|\s)canonical(?:\s|$)/i.test(el.attribs['rel'] ?? ''))[0];
  const canonical = absoluteHttp(link?.attribs['href']);
  if (canonical) return { url: canonical, origins: [{ field: 'url', origin: 'link:canonical', raw: link!.attribs['href']! }] };
  const og = meta.get('og:url')?.[0];
  const ogUrl = absoluteHttp(og);
  if (ogUrl) return { url: ogUrl, origins: [{ field: 'url', origin: 'meta:og:url', raw: og! }] };
  return { url: null, origins: [] };
}
