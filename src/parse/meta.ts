/** <meta> tags as a lookup by lowercased name / property / itemprop / http-equiv. */
import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { decodeHTML } from 'entities';
import { cleanText, findAll } from './load.js';

export type MetaMap = ReadonlyMap<string, readonly string[]>;

const has = (el: Element, name: string): boolean => Object.hasOwn(el.attribs, name) && el.attribs[name] != null;

/** A character reference, as it is left in an attribute the page escaped twice (`&amp;amp;`, `enth&amp;uuml;llen`). */
const LEFT_REFERENCE = /&(?:[a-z][a-z\d]{1,31}|#\d{1,7}|#x[\da-f]{1,6});/i;

/**
 * A meta value as the page means it: cleaned, and decoded once more where the page escaped its text twice (SEO plugins
 * and CMS templates often escape an already escaped title or description, and the reader would otherwise see
 * `CD&amp;V`, `enth&uuml;llen`). Literal `&amp;` in a headline is far rarer than a template escaping twice.
 */
function metaValue(raw: string): string {
  const value = cleanText(raw);
  return LEFT_REFERENCE.test(value) ? cleanText(decodeHTML(value)) : value;
}

export function readMeta($: CheerioAPI): MetaMap {
  // One walk instead of two selectors over the page: <meta> tags, then (in document order too)
  // `[itemprop][datetime], [itemprop][content]:not(meta)`.
  const metas: Element[] = [];
  const microdata: Element[] = [];
  findAll($.root()[0]!, (el) => {
    if (el.name === 'meta') metas.push(el);
    if (has(el, 'itemprop') && (has(el, 'datetime') || (has(el, 'content') && el.name !== 'meta'))) microdata.push(el);
    return false;
  });
  const meta = new Map<string, string[]>();
  for (const el of metas) {
    // Some savers (and a few CMSs) write the value in `value=` instead of `content=`.
    const content = el.attribs['content'] ?? el.attribs['value'];
    if (content === undefined || !cleanText(content)) continue;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = el.attribs[attr]?.trim().toLowerCase();
      if (!key) continue;
      const list = meta.get(key) ?? [];
      list.push(metaValue(content));
      meta.set(key, list);
    }
  }
  // <time itemprop="datePublished" datetime="…"> and similar carry microdata outside <meta>.
  for (const el of microdata) {
    const key = el.attribs['itemprop']?.trim().toLowerCase();
    const value = el.attribs['datetime'] ?? el.attribs['content'];
    if (!key || !value?.trim()) continue;
    const list = meta.get(key) ?? [];
    list.push(cleanText(value));
    meta.set(key, list);
  }
  return meta;
}

/** The first non-empty value among the keys, in priority order, with the key that gave it. */
export function firstMeta(meta: MetaMap, keys: readonly string[]): { key: string; value: string } | null {
  for (const key of keys) {
    const value = meta.get(key)?.[0];
    if (value) return { key, value };
  }
  return null;
}
