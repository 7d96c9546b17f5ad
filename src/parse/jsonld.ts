/**
 * Article facts from JSON-LD (schema.org). Pages often carry several blocks, @graph arrays and
 * slightly broken JSON (trailing commas, raw newlines), so parsing is forgiving.
 */
import type { CheerioAPI } from 'cheerio';
import { cleanText, findAll, textContent } from './load.js';
import { decodeHTML } from 'entities';

export interface JsonLdFacts {
  headline: string | null;
  datePublished: string | null;
  dateModified: string | null;
  authors: string[];
  /** Authors that are organisations: not bylines, but an agency among them is the text's origin. */
  authorOrganisations: string[];
  publisher: string | null;
  /** The publisher is a Person: a personal site, whose owner writes its articles. */
  publisherIsPerson: boolean;
  inLanguage: string | null;
  section: string | null;
  breadcrumbs: string[];
  /** The article's `image`: a URL, an ImageObject's `url`/`contentUrl`, or the first of a list. */
  image: string | null;
  /** The article's `keywords`: a comma-separated string or a list. */
  keywords: string[];
}

type Json = Record<string, unknown>;

/**
 * schema.org's article types: every subtype of Article ends in `Article` (`ReportageNewsArticle`,
 * `BackgroundNewsArticle`, `TechArticle`…) and of SocialMediaPosting in `Posting` (`BlogPosting`,
 * `LiveBlogPosting`…); a list of names had missed `ReportageNewsArticle` (9 corpus pages of 3 sets).
 */
const ARTICLE_TYPE = /(^|:)(\w*Article|\w*Posting|Report)$/;

function parseLenient(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    try {
      // Common breakage: trailing commas and raw control characters inside strings.
      return JSON.parse(raw.replace(/,\s*([}\]])/g, '$1').replace(/[\u0000-\u001f]+/g, ' '));
    } catch {
      return null;
    }
  }
}

/**
 * Every object of a JSON-LD value, through arrays, `@graph` and `mainEntity`, in document order. A stack, not
 * recursion: pages nest `@graph` 10,000 deep, which overflowed the call stack.
 */
function flatten(root: unknown, out: Json[]): void {
  const stack: unknown[] = [root];
  while (stack.length) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (let i = node.length - 1; i >= 0; i--) stack.push(node[i]);
    } else if (node && typeof node === 'object') {
      const obj = node as Json;
      out.push(obj);
      // pushed in reverse: @graph's objects come before mainEntity's
      if (obj['mainEntity'] && typeof obj['mainEntity'] === 'object') stack.push(obj['mainEntity']);
      if (obj['@graph']) stack.push(obj['@graph']);
    }
  }
}

function types(obj: Json): string[] {
  const t = obj['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/**
 * A JSON-LD string as text. Many CMSs write their HTML-escaped strings into it (`Olive &#038; Herb`,
 * `R&uuml;ckbau`, `&#8222;Sturm der Liebe&#8220;`: 22 headlines and 56 names of the corpus), which JSON
 * does not unescape; `entities` decodes them as the HTML parser does.
 */
function text(s: string): string {
  return cleanText(s.includes('&') ? decodeHTML(s) : s);
}

function str(v: unknown): string | null {
  while (Array.isArray(v)) v = v[0]; // a loop: `[[[…"x"…]]]` may nest deeper than the call stack
  if (typeof v === 'string') return text(v) || null;
  if (typeof v === 'number') return String(v);
  return null;
}

/** Names of people or organisations; `{"@id": …}` references are resolved through `byId`. */
function names(v: unknown, byId: ReadonlyMap<string, Json> = new Map()): string[] {
  const out: string[] = [];
  // nested arrays through a stack, in order (they may nest deeper than the call stack)
  const stack: unknown[] = [v];
  while (stack.length) {
    const x = stack.pop();
    if (!x) continue;
    if (Array.isArray(x)) {
      for (let i = x.length - 1; i >= 0; i--) stack.push(x[i]);
    } else if (typeof x === 'string') {
      const name = text(x);
      if (name) out.push(name);
    } else if (typeof x === 'object') {
      const obj = x as Json;
      const ref = typeof obj['@id'] === 'string' && !obj['name'] ? byId.get(obj['@id']) : undefined;
      const name = str((ref ?? obj)['name']);
      if (name) out.push(name);
    }
  }
  return out;
}

/** `{"@type": "Person"}`, directly or through an `{"@id": …}` reference. */
function isPerson(v: unknown, byId: ReadonlyMap<string, Json>): boolean {
  const first = Array.isArray(v) ? v[0] : v;
  if (!first || typeof first !== 'object') return false;
  const obj = first as Json;
  const target = typeof obj['@id'] === 'string' && !obj['@type'] ? (byId.get(obj['@id']) ?? obj) : obj;
  return types(target).includes('Person');
}

/** An author that is an organisation (`{"@type": "Organization"}`, `NewsMediaOrganization`), directly or by `@id`. */
function isOrganisation(x: unknown, byId: ReadonlyMap<string, Json>): boolean {
  if (!x || typeof x !== 'object') return false;
  const obj = x as Json;
  const target = typeof obj['@id'] === 'string' && !obj['@type'] ? (byId.get(obj['@id']) ?? obj) : obj;
  const t = types(target);
  return t.length > 0 && !t.includes('Person') && t.some((x) => /Organization$/.test(x));
}

/**
 * The authors apart: people, and organisations, which are not bylines (an agency among them,
 * `{"@type": "Organization", "name": "Reuters"}`, is the text's origin).
 */
function authorsByKind(v: unknown, byId: ReadonlyMap<string, Json>): { people: unknown[]; organisations: unknown[] } {
  const all = Array.isArray(v) ? v : v == null ? [] : [v];
  const organisations = all.filter((x) => isOrganisation(x, byId));
  return { people: all.filter((x) => !organisations.includes(x)), organisations };
}

/** `image` as schema.org writes it: a URL string, an ImageObject, or a list of either (the first wins). */
function imageUrl(v: unknown): string | null {
  const first = Array.isArray(v) ? v[0] : v;
  if (typeof first === 'string') return first.trim() || null;
  if (first && typeof first === 'object') return str((first as Json)['url']) ?? str((first as Json)['contentUrl']);
  return null;
}

/** `keywords` as a list: a comma-separated string, or an array of strings. */
function keywordList(v: unknown): string[] {
  const list = Array.isArray(v) ? v : typeof v === 'string' ? decodeHTML(v).split(/[,，、;；]/) : [];
  return list
    .filter((x): x is string => typeof x === 'string')
    .map((x) => text(x))
    .filter(Boolean);
}

export function readJsonLd($: CheerioAPI): JsonLdFacts {
  const objects: Json[] = [];
  // `script[type="application/ld+json"]` (HTML matches `type` case-insensitively), in one walk
  const scripts = findAll($.root()[0]!, (el) => el.name === 'script' && el.attribs['type']?.toLowerCase() === 'application/ld+json');
  for (const el of scripts) flatten(parseLenient(textContent(el)), objects);
  const facts: JsonLdFacts = {
    headline: null,
    datePublished: null,
    dateModified: null,
    authors: [],
    authorOrganisations: [],
    publisher: null,
    publisherIsPerson: false,
    inLanguage: null,
    section: null,
    breadcrumbs: [],
    image: null,
    keywords: [],
  };
  const byId = new Map<string, Json>();
  for (const o of objects) if (typeof o['@id'] === 'string' && o['name']) byId.set(o['@id'], o);
  const article =
    objects.find((o) => types(o).some((t) => ARTICLE_TYPE.test(t))) ??
    objects.find((o) => types(o).includes('WebPage') && (o['datePublished'] || o['headline']));
  if (article) {
    facts.headline = str(article['headline']) ?? str(article['name']);
    facts.datePublished = str(article['datePublished']) ?? str(article['dateCreated']);
    facts.dateModified = str(article['dateModified']);
    const authors = authorsByKind(article['author'] ?? article['creator'], byId);
    facts.authors = names(authors.people, byId);
    facts.authorOrganisations = names(authors.organisations, byId);
    facts.publisher = names(article['publisher'], byId)[0] ?? null;
    facts.publisherIsPerson = isPerson(article['publisher'], byId);
    facts.inLanguage = str(article['inLanguage']);
    facts.section = str(article['articleSection']);
    facts.image = imageUrl(article['image']);
    facts.keywords = keywordList(article['keywords']);
  }
  const site = objects.find((o) => types(o).includes('WebSite'));
  if (!facts.publisher && site) facts.publisher = str(site['name']);
  const crumbs = objects.find((o) => types(o).includes('BreadcrumbList'));
  if (crumbs && Array.isArray(crumbs['itemListElement'])) {
    facts.breadcrumbs = (crumbs['itemListElement'] as Json[])
      .map((item) => str(item?.['name']) ?? names(item?.['item'])[0] ?? '')
      .filter(Boolean);
  }
  return facts;
}
