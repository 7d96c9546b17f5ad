/** <meta> tags as a lookup by lowercased name / property / itemprop / http-equiv. */
import type { CheerioAPI } from 'cheerio';
import { cleanText } from './load.js';

export type MetaMap = ReadonlyMap<string, readonly string[]>;

export function readMeta($: CheerioAPI): MetaMap {
  const meta = new Map<string, string[]>();
  $('meta').each((_, el) => {
    // Some savers (and a few CMSs) write the value in `value=` instead of `content=`.
    const content = el.attribs['content'] ?? el.attribs['value'];
    if (content === undefined || !cleanText(content)) return;
    for (const attr of ['name', 'property', 'itemprop', 'http-equiv']) {
      const key = el.attribs[attr]?.trim().toLowerCase();
      if (!key) continue;
      const list = meta.get(key) ?? [];
      list.push(cleanText(content));
      meta.set(key, list);
    }
  });
  // <time itemprop="datePublished" datetime="…"> and similar carry microdata outside <meta>.
  $('[itemprop][datetime], [itemprop][content]:not(meta)').each((_, el) => {
    const key = el.attribs['itemprop']?.trim().toLowerCase();
    const value = el.attribs['datetime'] ?? el.attribs['content'];
    if (!key || !value?.trim()) return;
    const list = meta.get(key) ?? [];
    list.push(cleanText(value));
    meta.set(key, list);
  });
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
