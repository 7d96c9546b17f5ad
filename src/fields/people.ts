/**
 * Source (来源: the original publisher), editor (编辑/责任编辑) and authors, kept apart:
 * a value found as one is never returned as another.
 */
import { cleanText } from '../parse/load.js';
import { firstMeta } from '../parse/meta.js';
import type { TextLine } from '../parse/lines.js';
import { labelledValue } from './labels.js';
import { readEmbeddedState, stateSource } from '../parse/state.js';
import { record, ruleText, type Candidate, type PageContext } from './context.js';

const AUTHOR_META = ['author', 'article:author', 'og:article:author', 'byl', 'dc.creator', 'dcterms.creator', 'sailthru.author', 'parsely-author', 'article:author_name', 'citation_author'];
const SOURCE_META = ['source', 'article:source', 'og:source', 'mediaid'];
const BYLINE_SELECTOR = '[rel="author"], [itemprop="author"], .byline, .author, .article-author, .author-name, .authors, [class*="byline" i], [class*="author-name" i], [class*="AuthorName"]';

/** Lines around the headline first (the info line), then the rest of the page in order. */
export function linesByProximity(ctx: PageContext, headline: number): TextLine[] {
  if (headline < 0) return ctx.lines;
  const near = ctx.lines.slice(Math.max(0, headline - 4), headline + 15);
  return [...near, ...ctx.lines.filter((l) => l.index < headline - 4 || l.index >= headline + 15)];
}

function firstLabelled(lines: TextLine[], kind: 'source' | 'editor' | 'author'): Candidate<string> | null {
  for (const line of lines) {
    if (line.text.length > 200) continue;
    const value = labelledValue(line.text, kind);
    if (value) return { value, origin: 'visible-label', raw: line.text };
  }
  return null;
}

/** Embedded app state is read for Chinese pages only: elsewhere `source` keys there mean other things. */
export function readSource(ctx: PageContext, headline: number, chinese: boolean): string | null {
  const fromRule = ruleText(ctx, ctx.rule?.fields?.source);
  if (fromRule) return record(ctx, 'source', { value: fromRule, origin: 'site-rule', raw: fromRule });
  const meta = firstMeta(ctx.meta, SOURCE_META);
  // Read the meta value as if it were a labelled line, so the same value rules apply.
  const metaValue = meta && !/^https?:|^\d+$/.test(meta.value) ? labelledValue(/[:：]/.test(meta.value) ? meta.value : `来源：${meta.value}`, 'source') : null;
  if (metaValue) return record(ctx, 'source', { value: metaValue, origin: `meta:${meta!.key}`, raw: meta!.value });
  const visible = firstLabelled(linesByProximity(ctx, headline), 'source');
  if (visible) return record(ctx, 'source', visible);
  const fromState = chinese ? stateSource(readEmbeddedState(ctx.$)) : null;
  return fromState ? record(ctx, 'source', { value: fromState, origin: 'embedded-state', raw: fromState }) : null;
}

export function readEditor(ctx: PageContext, headline: number): string | null {
  const fromRule = ruleText(ctx, ctx.rule?.fields?.editor);
  if (fromRule) return record(ctx, 'editor', { value: fromRule, origin: 'site-rule', raw: fromRule });
  return record(ctx, 'editor', firstLabelled(linesByProximity(ctx, headline), 'editor'));
}

/** Chinese reporter credits without a colon: `记者 赵六`, `（中央社記者孫八台北21日電）`, `澎湃新闻记者 钱七`. */
const REPORTER_PATTERNS: RegExp[] = [
  /(?:记者|記者)\s*([\p{Script=Han}·]{2,4}(?:[、，,\s]+[\p{Script=Han}·]{2,4})*)\s*[)）]/u,
  /(?:记者|記者)([\p{Script=Han}]{2,3})[\p{Script=Han}]{2}\d{1,2}日(?:电|電)/u,
  /(?:记者|記者)[:：\s]\s*([\p{Script=Han}·]{2,4}(?:[、，,\s]+[\p{Script=Han}·]{2,4})*)(?:\s|$|[／/|。，])/u,
  /^文\s*[/／|]\s*([\p{Script=Han}·]{2,4})/u,
];

/** "By Jane Doe and John Roe", "Von Anna Schmidt", "Por …". */
const BY_LINE = /^(?:by|von|por|par|di|door|av|przez)\s+(.{2,120})$/i;

export function splitNames(raw: string): string[] {
  return raw
    .replace(/^(?:by|von|por|par|di|door|av|przez)\s+/i, '')
    .replace(/\b(?:staff (?:writer|reporter)|correspondent|reporter|contributor)s?\b/gi, '')
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\by\b|\bet\b|\be\b|、|，|；|\s\|\s|\n)\s*/i)
    .map((s) => s.replace(/^(?:作者|文|撰稿)[:：/／\s]*/, '').replace(/^.{0,10}?(?:记者|記者|通讯员|通訊員)[:：\s]*/, '').replace(/(?:报道|報導|摄|攝|供稿)$/, ''))
    .map((s) => s.replace(/\s*[|｜].*$/, '').replace(/^@/, '').trim())
    .filter((s) => s.length >= 2 && s.length <= 60 && !/^https?:|@|\d{3,}/.test(s) && s.split(/\s+/).length <= 5);
}

function bylineElements(ctx: PageContext): Candidate<string[]> | null {
  const names: string[] = [];
  let raw = '';
  ctx.$(BYLINE_SELECTOR).each((_, el) => {
    const node = ctx.$(el);
    if (node.closest('footer, .comment, .comments, #comments, aside, nav').length) return;
    const nameEl = node.find('[itemprop="name"]').first();
    const text = cleanText(nameEl.length ? nameEl.text() : node.text());
    if (!text || text.length > 120) return;
    raw ||= text;
    for (const n of splitNames(text.replace(/^.*?(?:by|von|作者[:：]|记者[:：])\s*/i, ''))) if (!names.includes(n)) names.push(n);
  });
  return names.length ? { value: names, origin: 'byline-element', raw } : null;
}

function visibleAuthors(lines: TextLine[]): Candidate<string[]> | null {
  for (const line of lines) {
    if (line.text.length > 400) continue;
    const labelled = labelledValue(line.text, 'author');
    if (labelled) return { value: splitNames(labelled), origin: 'visible-label', raw: line.text };
    const by = line.text.length <= 120 ? BY_LINE.exec(line.text) : null;
    if (by && /^\p{Lu}/u.test(by[1]!)) return { value: splitNames(by[1]!.replace(/\s*[|•·].*$/, '')), origin: 'byline', raw: line.text };
    for (const re of REPORTER_PATTERNS) {
      const m = re.exec(line.text.slice(0, 200));
      if (m) return { value: splitNames(m[1]!), origin: 'reporter-credit', raw: line.text };
    }
  }
  return null;
}

/**
 * Chinese portals fill <meta name="author"> with the site or channel, and credit the reporter in
 * the visible text; elsewhere the meta author is the better signal.
 */
export function readAuthors(ctx: PageContext, headline: number, exclude: Array<string | null>, chinese: boolean): string[] {
  const excluded = new Set(exclude.filter((x): x is string => !!x).map((x) => x.toLowerCase()));
  const fromRule = ruleText(ctx, ctx.rule?.fields?.authors);
  const meta = firstMeta(ctx.meta, AUTHOR_META);
  const metaNames = meta && !/^https?:/.test(meta.value) ? splitNames(meta.value) : [];
  const metaCandidate = metaNames.length ? { value: metaNames, origin: `meta:${meta!.key}`, raw: meta!.value } : null;
  const visible = visibleAuthors(headline >= 0 ? ctx.lines.slice(Math.max(0, headline - 3), headline + 25) : ctx.lines.slice(0, 60));
  const candidates: Array<Candidate<string[]> | null> = [
    fromRule ? { value: splitNames(fromRule), origin: 'site-rule', raw: fromRule } : null,
    ctx.jsonld.authors.length ? { value: ctx.jsonld.authors.flatMap(splitNames), origin: 'json-ld', raw: ctx.jsonld.authors.join('; ') } : null,
    ...(chinese ? [bylineElements(ctx), visible, metaCandidate] : [metaCandidate, bylineElements(ctx), visible]),
  ];
  for (const c of candidates) {
    if (!c) continue;
    const names = [...new Set(c.value)].filter((n) => !excluded.has(n.toLowerCase()));
    if (names.length) return record(ctx, 'authors', { ...c, value: names }) ?? [];
  }
  return [];
}
