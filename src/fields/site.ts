/** siteName (the portal) and section (breadcrumb labels, root first). */
import { cleanText } from '../parse/load.js';
import { firstMeta } from '../parse/meta.js';
import type { TextLine } from '../parse/lines.js';
import { titleSegments } from './title.js';
import { record, ruleText, type PageContext } from './context.js';

/** Breadcrumb lead-ins: `您當前的位置 :`, `当前位置：`, `You are here:`. */
export const CRUMB_LEAD = /^(?:您?(?:当前|當前|现在|現在)?的?(?:位置|所在位置)|当前位置|當前位置|所在位置|位置|you are here)\s*[:：]?\s*/i;
export const CRUMB_SEPARATOR = /\s*(?:>>|»|›|>|→|＞|\/|\\|>\s*>)\s*/;
const CRUMB_SELECTOR = '[class*="breadcrumb" i], [id*="breadcrumb" i], [class*="crumb" i], nav[aria-label*="readcrumb" i]';
/** Labels that are not sections: home links and the "this page" tail. */
const NOT_A_SECTION = /^(?:首页|首頁|主页|主頁|home|homepage|startseite|inicio|ホーム|トップ|正文|内容|內容|详情|詳情|article|story)$/i;

/** Names that are sites, not sections: 中國甘肅網, 新华网, 人民日报, example.com. */
const SITE_LIKE = /(?:网|網|网站|網站|报|報|台|社|新闻|新聞)$|\.(?:com|cn|net|org|tw|hk)$/i;

export interface Breadcrumb {
  labels: string[];
  /** The line holding it, so the pruner can drop it. */
  line: TextLine | null;
}

function splitCrumbs(text: string): string[] {
  return text.replace(CRUMB_LEAD, '').split(CRUMB_SEPARATOR).map((s) => cleanText(s)).filter(Boolean);
}

function plausible(labels: string[]): boolean {
  return labels.length >= 2 && labels.length <= 8 && labels.every((l) => l.length <= 30 && !/[。！？!?]/.test(l));
}

/** Separators that make a line look like a breadcrumb trail (not `/` or `|`: menus use those). */
const TRAIL_SEPARATOR = /\s*(?:>>|»|›|>|→|＞)\s*/;
const MAX_CRUMB_LINE = 120;

/** A line shaped like a trail: 2–7 short labels joined by `>`, mostly links, before the headline. */
function trailLine(ctx: PageContext, headline: number): Breadcrumb | null {
  let found: Breadcrumb | null = null;
  for (const line of ctx.lines) {
    if (headline >= 0 && line.index >= headline) break;
    if (line.text.length > MAX_CRUMB_LINE || !TRAIL_SEPARATOR.test(line.text)) continue;
    const labels = line.text.replace(CRUMB_LEAD, '').split(TRAIL_SEPARATOR).map(cleanText).filter(Boolean);
    if (!plausible(labels) || labels.some((l) => l.length > 24)) continue;
    if (ctx.$(line.block).find('a').length < Math.min(2, labels.length - 1)) continue;
    found = { labels, line }; // keep the one closest to the headline
    if (headline < 0) break;
  }
  return found;
}

export function readBreadcrumb(ctx: PageContext, headline: number): Breadcrumb {
  const fromRule = ruleText(ctx, ctx.rule?.fields?.section);
  if (fromRule) return { labels: splitCrumbs(fromRule), line: null };
  // A visible "您当前的位置" line is the strongest signal on Chinese portals.
  for (const line of ctx.lines) {
    if (line.text.length < MAX_CRUMB_LINE && CRUMB_LEAD.test(line.text) && CRUMB_SEPARATOR.test(line.text)) {
      const labels = splitCrumbs(line.text);
      if (plausible(labels) || labels.length === 1) return { labels, line };
    }
  }
  if (ctx.jsonld.breadcrumbs.length) return { labels: ctx.jsonld.breadcrumbs, line: null };
  const trail = trailLine(ctx, headline);
  if (trail) return trail;
  let found: Breadcrumb | null = null;
  ctx.$(CRUMB_SELECTOR).each((_, el) => {
    if (found) return;
    const text = cleanText(ctx.$(el).text());
    if (text.length >= 150) return;
    const links = ctx.$(el).find('a, li').toArray().map((a) => cleanText(ctx.$(a).text())).filter(Boolean);
    const labels = CRUMB_SEPARATOR.test(text) ? splitCrumbs(text) : [...new Set(links)];
    if (plausible(labels)) found = { labels, line: null };
  });
  return found ?? { labels: [], line: null };
}

export function sectionLabels(crumb: Breadcrumb, title: string | null): string[] {
  const labels = crumb.labels.filter((l) => !NOT_A_SECTION.test(l) && l !== title);
  // A breadcrumb often ends with the headline itself.
  const last = labels[labels.length - 1];
  if (title && last && /(?:\.{2,}|…)$/.test(last) && title.startsWith(last.replace(/(?:\.{2,}|…)$/, ''))) labels.pop();
  return labels;
}

export function readSiteName(ctx: PageContext, crumb: Breadcrumb, title: string | null): string | null {
  if (ctx.rule?.siteName) return record(ctx, 'siteName', { value: ctx.rule.siteName, origin: 'site-rule', raw: ctx.rule.siteName });
  const fromRule = ruleText(ctx, ctx.rule?.fields?.siteName);
  if (fromRule) return record(ctx, 'siteName', { value: fromRule, origin: 'site-rule', raw: fromRule });
  const meta = firstMeta(ctx.meta, ['og:site_name', 'application-name', 'apple-mobile-web-app-title', 'publisher', 'sitename', 'site_name', 'site']);
  if (meta && meta.value.length <= 60 && !/^https?:/.test(meta.value)) {
    return record(ctx, 'siteName', { value: meta.value.replace(/^@/, ''), origin: `meta:${meta.key}`, raw: meta.value });
  }
  if (ctx.jsonld.publisher) return record(ctx, 'siteName', { value: ctx.jsonld.publisher, origin: 'json-ld', raw: ctx.jsonld.publisher });
  const titleTag = cleanText(ctx.$('title').first().text());
  const segments = titleSegments(titleTag);
  const root = crumb.labels.find((l) => !NOT_A_SECTION.test(l));
  // The breadcrumb root is the site when the <title> names it too.
  if (root && segments.length > 1 && segments.slice(1).includes(root)) return record(ctx, 'siteName', { value: root, origin: 'breadcrumb+title', raw: titleTag });
  if (segments.length > 1) {
    const last = segments[segments.length - 1]!;
    if (last !== title && last.length <= 30) return record(ctx, 'siteName', { value: last, origin: 'title-suffix', raw: titleTag });
  }
  // Text dumps and bare pages: a breadcrumb root that reads like a site name.
  if (root && SITE_LIKE.test(root)) return record(ctx, 'siteName', { value: root, origin: 'breadcrumb-root', raw: root });
  return null;
}
