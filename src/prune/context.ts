import type { CheerioAPI } from 'cheerio';
import type { Element } from 'domhandler';
import { hostOf } from '../rules/index.js';
import type { Heuristics } from '../heuristics/index.js';

/** What the prune steps know about the page besides its DOM. */
export interface PruneContext {
  /** Host of the page's URL (`www.` kept as given); links to other hosts count as off-site. */
  pageHost: string | null;
  /** User spam keywords (either script), added to the bundled lexicon at full weight. */
  extraKeywords: string[];
  /** When present, prune steps push human-readable warnings here (e.g. a hidden block kept because it holds the body). */
  warnings?: string[];
  /** Which content rules are on (all defaults when absent). */
  heuristics?: Heuristics;
}

/**
 * The context with `pageHost` filled from the page's own declared URL (`<link rel=canonical>`, `og:url`,
 * `<base href>`) when the caller knows none, so the portal's absolute links do not count as off-site.
 */
export function withDeclaredHost($: CheerioAPI, ctx: PruneContext): PruneContext {
  if (ctx.pageHost) return ctx;
  const root = $.root()[0]!;
  const html = root.children.find((n): n is Element => n.type === 'tag' && n.name === 'html');
  const head = html?.children.find((n): n is Element => n.type === 'tag' && n.name === 'head');
  for (const el of head?.children ?? []) {
    if (el.type !== 'tag') continue;
    const a = el.attribs;
    const url =
      (el.name === 'link' && /(^|\s)canonical(\s|$)/i.test(a.rel ?? '') && a.href) ||
      (el.name === 'meta' && a.property === 'og:url' && a.content) ||
      (el.name === 'base' && a.href) ||
      null;
    const host = url ? HOST.exec(url)?.[1]?.toLowerCase() : undefined;
    if (host) return { ...ctx, pageHost: host };
  }
  return ctx;
}

/** Builds a context from an optional page URL and user keywords. */
export function pruneContext(url?: string | null, extraKeywords: string[] = [], warnings?: string[]): PruneContext {
  const pageHost = hostOf(url);
  return warnings ? { pageHost, extraKeywords, warnings } : { pageHost, extraKeywords };
}

/** Scheme-relative or absolute URL: captures the host (user info and port skipped). */
const HOST = /^\s*(?:[a-z][a-z0-9+.-]*:)?\/\/(?:[^/?#@]*@)?(\[[^\]]*\]|[^/?#:\s]+)/i;

/**
 * The off-site host a link points to, or null when it stays on the page's site (relative links, same host or a
 * subdomain of the same site) or has no host at all (`javascript:`, `#`, `mailto:`).
 */
export function offsiteHost(href: string | undefined, ctx: PruneContext): string | null {
  const m = href ? HOST.exec(href) : null;
  if (!m) return null;
  const host = m[1]!.toLowerCase().replace(/\.$/, '');
  if (ctx.pageHost && sameSite(host, ctx.pageHost)) return null;
  return host;
}

/** Same site: the same registrable domain (news.sina.com.cn and sports.sina.com.cn are one site). */
function sameSite(a: string, b: string): boolean {
  return siteKey(a) === siteKey(b);
}

/**
 * Registrable domain by the common rule (no public-suffix list): the last two labels, or three under a generic
 * second level of a country code (`sina.com.cn`, `bbc.co.uk`, `gov.cn` sites).
 */
export function siteKey(host: string): string {
  if (/^[\d.]+$/.test(host) || host.startsWith('[')) return host;
  const labels = host.split('.');
  const n = labels.length;
  if (n <= 2) return host;
  const sld = labels[n - 2]!;
  const tld = labels[n - 1]!;
  const generic = tld.length === 2 && /^(com|net|org|gov|edu|ac|co|or|ne|go|mil|nic|gob|gv)$/.test(sld);
  return labels.slice(generic ? -3 : -2).join('.');
}
