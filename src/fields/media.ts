/**
 * The lead image and the topic tags. Both come from what the publisher declares for sharing and indexing
 * (Open Graph, news_keywords, JSON-LD); the lead image falls back to the body's first image.
 */
import type { PageContext } from './context.js';
import { record } from './context.js';
import { firstMeta } from '../parse/meta.js';

/** Meta keys of the lead image, in priority order. */
const IMAGE_META = ['og:image', 'og:image:url', 'og:image:secure_url', 'twitter:image', 'twitter:image:src'];
/** Tags longer than this are sentences (or stuffed keyword runs), not tags. */
const MAX_TAG_CHARS = 40;
/** A page listing more tags than this is keyword-stuffing; the first ones are kept. */
const MAX_TAGS = 30;

function absolute(value: string, base: string | null): string | null {
  try {
    const url = new URL(value.trim(), base ?? undefined);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/** The lead image: og:image (and its variants), JSON-LD `image`, else the body HTML's first `<img>`. */
export function readImage(ctx: PageContext, bodyHtml: string | null): string | null {
  const meta = firstMeta(ctx.meta, IMAGE_META);
  const fromMeta = meta ? absolute(meta.value, ctx.url) : null;
  if (fromMeta) return record(ctx, 'image', { value: fromMeta, origin: `meta:${meta!.key}`, raw: meta!.value });
  const fromJsonLd = ctx.jsonld.image ? absolute(ctx.jsonld.image, ctx.url) : null;
  if (fromJsonLd) return record(ctx, 'image', { value: fromJsonLd, origin: 'json-ld', raw: ctx.jsonld.image! });
  // The body's sources are absolute (or relative when the page URL is unknown) and entity-escaped.
  const src = bodyHtml ? /<img src="([^"]*)"/.exec(bodyHtml)?.[1] : undefined;
  if (!src) return null;
  const value = src
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return record(ctx, 'image', { value, origin: 'body-image', raw: value });
}

/** Tags from `article:tag` (one meta per tag), `news_keywords` (comma-separated) and JSON-LD `keywords`, de-duplicated. */
export function readTags(ctx: PageContext): string[] {
  const seen = new Set<string>();
  const tags: string[] = [];
  const add = (origin: string, values: readonly string[]): void => {
    const before = tags.length;
    for (const raw of values) {
      const tag = raw.replace(/\s+/g, ' ').trim();
      const key = tag.toLowerCase();
      if (!tag || tag.length > MAX_TAG_CHARS || seen.has(key) || tags.length >= MAX_TAGS) continue;
      seen.add(key);
      tags.push(tag);
    }
    if (tags.length > before) ctx.origins.push({ field: 'tags', origin, raw: values.join(', ') });
  };
  add('meta:article:tag', ctx.meta.get('article:tag') ?? []);
  add(
    'meta:news_keywords',
    (ctx.meta.get('news_keywords') ?? []).flatMap((v) => v.split(/[,，、;；]/)),
  );
  add('json-ld', ctx.jsonld.keywords);
  return tags;
}
