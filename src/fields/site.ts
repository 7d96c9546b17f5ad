/** siteName (the portal) and section (breadcrumb labels, root first). */
import { cleanText } from '../parse/load.js';
import { firstMeta } from '../parse/meta.js';
import type { TextLine } from '../parse/lines.js';
import { titleSegments } from './title.js';
import { firstText, record, ruleText, selectEach, type Candidate, type PageContext } from './context.js';
import { escapeRegExp } from '../parse/regexp.js';
import { siteKey } from '../prune/context.js';
import brandData from '../data/site-name.json' with { type: 'json' };

/** Breadcrumb lead-ins: `您當前的位置 :`, `当前位置：`, `You are here:`. */
export const CRUMB_LEAD = /^(?:您?(?:当前|當前|现在|現在)?的?(?:位置|所在位置)|当前位置|當前位置|所在位置|位置|you are here)\s*[:：]?\s*/i;
export const CRUMB_SEPARATOR = /\s*(?:>>|»|›|>|→|＞|\/|\\|>\s*>)\s*/;
const CRUMB_SELECTOR = '[class*="breadcrumb" i], [id*="breadcrumb" i], [class*="crumb" i], nav[aria-label*="readcrumb" i]';
/** Labels that are not sections: home links in many languages and the "this page" tail (data: `notASection`). */
const NOT_A_SECTION = new RegExp(`^(?:${brandData.notASection.map(escapeRegExp).join('|')})$`, 'iu');

/** Names that are sites, not sections: 中國甘肅網, 新华网, 人民日报, 浙江在线, example.com. */
const SITE_LIKE = /(?:网|網|网站|網站|报|報|台|社|新闻|新聞|在线|在線)$|\.(?:com|cn|net|org|tw|hk)$/i;

export interface Breadcrumb {
  labels: string[];
  /** The line holding it, so the pruner can drop it. */
  line: TextLine | null;
}

function splitCrumbs(text: string): string[] {
  return text
    .replace(CRUMB_LEAD, '')
    .split(CRUMB_SEPARATOR)
    .map((s) => cleanText(s))
    .filter(Boolean);
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
  for (const el of selectEach(ctx, CRUMB_SELECTOR)) {
    if (found) break;
    const text = cleanText(ctx.$(el).text());
    if (text.length >= 150) continue;
    const links = ctx
      .$(el)
      .find('a, li')
      .toArray()
      .map((a) => cleanText(ctx.$(a).text()))
      .filter(Boolean);
    const labels = CRUMB_SEPARATOR.test(text) ? splitCrumbs(text) : [...new Set(links)];
    if (plausible(labels)) found = { labels, line: null };
  }
  return found ?? { labels: [], line: null };
}

export function sectionLabels(ctx: PageContext, crumb: Breadcrumb, title: string | null, siteName: string | null): string[] {
  // A breadcrumb often ends with the headline itself (whole, cut off, or in another wording: a label longer than a
  // section's name is a headline or a tagline).
  const labels = crumb.labels.filter((l) => !NOT_A_SECTION.test(l) && l.length <= MAX_SECTION && fold(l) !== fold(title ?? ''));
  const last = labels[labels.length - 1];
  if (title && last && /(?:\.{2,}|…)$/.test(last) && title.startsWith(last.replace(/(?:\.{2,}|…)$/, ''))) labels.pop();
  // Its root link names the site (`FAZ.NET › Wirtschaft`, `Frankfurter Rundschau Startseite › Politik`): the site is
  // siteName's, not a section.
  while (labels.length && rootNamesTheSite(labels[0]!, siteName, ctx.host)) labels.shift();
  if (labels.length) return labels;
  // No trail on the page: the section its metadata names (JSON-LD articleSection, article:section, a Chinese
  // government portal's ColumnName).
  // A short list in one value (`Fashion,Outfits`, WordPress's categories) is several sections; a long one is keywords.
  const stated = (ctx.jsonld.section ?? firstMeta(ctx.meta, SECTION_META)?.value ?? '').split(/[,，]/).map(cleanText);
  const sections = [...new Set(stated.filter((v) => v && v.length <= MAX_SECTION && v !== title && !NOT_A_SECTION.test(v)))];
  return sections.length <= MAX_SECTIONS ? sections : [];
}
const MAX_SECTIONS = 4;

/** A name without the domain it may be written with: `Forsal.pl`, `n-tv.de`, `www.faz.net` → forsal, ntv, faz. */
const foldSiteName = (s: string): string => fold(s.replace(/^www\./i, '').replace(/\.[a-z]{2,}(?:\.[a-z]{2})?$/i, ''));
const SITE_NAME_PARTS = /\s+[-–—|｜]\s+/;
const HOST_LIKE = /^(?:[\p{L}\p{N}-]+\.)+[a-z]{2,}$/iu;

/**
 * Whether a breadcrumb label names the site itself: its name (`Aftonbladet`, `ZDNet` for `ZDNet.de`), its registrable
 * domain (`ntv.de` on n-tv.de, `wiadomosci.dziennik.pl` on dziennik.pl), or the name followed by a home word or a
 * tagline (`Frankfurter Rundschau Startseite`, `EL PAÍS: el periódico global`). A subdomain's own label (`Sport` on
 * sport.example.com) is a section, so a host is read only by its registrable domain.
 */
function rootNamesTheSite(label: string, siteName: string | null, host: string | null): boolean {
  const site = host ? siteKey(host) : null;
  if (site && HOST_LIKE.test(label) && siteKey(label.toLowerCase()) === site) return true;
  // The name whole or one of its parts (`LN` of `LN - Lübecker Nachrichten`).
  const parts = siteName ? [siteName, ...siteName.split(SITE_NAME_PARTS)] : [];
  const names = [...parts, site ?? ''].map(foldSiteName).filter((n) => n.length >= 2);
  const f = foldSiteName(label);
  if (names.includes(f)) return true;
  // The name, then a separator or a home word: what follows is no section's name.
  if (!siteName) return false;
  const rest = label.slice(siteName.length);
  return (
    label.toLowerCase().startsWith(siteName.toLowerCase()) &&
    rest !== '' &&
    (/^\s*[:|｜–—-]\s/.test(rest) || NOT_A_SECTION.test(rest.trim()))
  );
}
const SECTION_META = ['article:section', 'og:article:section', 'columnname', 'section', 'category'];
/** A section name is a word or a few: longer values are keyword lists or descriptions. */
const MAX_SECTION = 40;

const alternation = (list: readonly string[]): string => list.map(escapeRegExp).join('|');
const COPYRIGHT = new RegExp(
  `(?:${alternation(brandData.copyrightLead)})[\\s©:：]*(?:\\d{4}(?:\\s*[-–—~～]\\s*\\d{4})?[\\s,，]*)?(.*)$`,
  'iu',
);
const COPYRIGHT_END = new RegExp(
  `\\s*(?:${alternation(brandData.copyrightTail)}|[|｜。;；]|\\.(?:\\s|$)|\\s{2,}|\\p{Script=Han}?ICP).*$`,
  'iu',
);
const COMPANY_SUFFIX = new RegExp(`(?:(?<=\\p{Script=Han})|[\\s,，]+)(?:${alternation(brandData.companySuffixes)})$`, 'u');
const MAX_BRAND = 30;

const fold = (s: string): string =>
  s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
const HAN = /\p{Script=Han}/u;

/** The owner a copyright line names, company form cut off: `Copyright © 1997-2024 网易公司版权所有` → `网易`. */
export function copyrightBrand(line: string): string | null {
  const owner = ownerAfterLead(line);
  // `Copyright © 1998 - 2024 Tencent. All Rights Reserved. 腾讯公司 版权所有`: a Chinese footer may name its owner twice,
  // in Latin letters after the lead and in Han before the rights; the Han name is the one the <title>'s channels carry
  // (`腾讯新闻`), so a portal comes out under one name whichever of its footers a page has.
  if (owner && !HAN.test(owner)) {
    const han = ownerBeforeRights(line);
    if (han && HAN.test(han)) return han;
  }
  return owner ?? ownerBeforeRights(line);
}

/** `网易公司版权所有 ©1997-2024`, `新浪公司 版权所有`: Chinese footers name the owner before the words. */
const OWNER_BEFORE_RIGHTS = /(?:^|[\s|｜，,。;；©])([\p{Script=Han}A-Za-z·]{2,20}?)\s*(?:版权所有|版權所有)/u;

function ownerBeforeRights(line: string): string | null {
  let owner = OWNER_BEFORE_RIGHTS.exec(line)?.[1];
  if (!owner || /^(?:本|该|該)|ICP/.test(owner)) return null;
  for (let i = 0; i < 2 && COMPANY_SUFFIX.test(owner); i++) owner = owner.replace(COMPANY_SUFFIX, '').trim();
  return owner.length >= 2 ? owner : null;
}

function ownerAfterLead(line: string): string | null {
  const m = COPYRIGHT.exec(line);
  if (!m) return null;
  // `版权所有 Copyright © 1997-2024 网易公司`: the owner follows the last of the leads.
  let text = m[1]!;
  for (let again = COPYRIGHT.exec(text); again && again.index === 0 && again[1] !== text; again = COPYRIGHT.exec(text)) text = again[1]!;
  let owner = text
    .replace(COPYRIGHT_END, '')
    .replace(/^(?:by|von|par)\s+/i, '')
    .trim();
  for (let i = 0; i < 2 && COMPANY_SUFFIX.test(owner); i++) owner = owner.replace(COMPANY_SUFFIX, '').trim();
  owner = owner.replace(/[\s,，.]+$/, '');
  if (!owner || owner.length > MAX_BRAND || /^\d|https?:|www\./i.test(owner)) return null;
  return owner;
}

/** Brands the page states for itself outside its <title>: the logo's alt text, the copyright owner. */
function statedBrands(ctx: PageContext): Candidate<string>[] {
  const brands: Candidate<string>[] = [];
  for (const el of selectEach(ctx, brandData.logoSelector, 6)) {
    const text = cleanText(ctx.$(el).attr('alt') ?? ctx.$(el).attr('title') ?? '').replace(/\s*(?:logo|标志|標誌)$/i, '');
    if (text && text.length <= MAX_BRAND && !/^(?:logo|首页|首頁|home)$/i.test(text))
      brands.push({ value: text, origin: 'logo', raw: text });
  }
  // The footer's copyright line: the last one on the page (quotes of other owners come earlier).
  for (let i = ctx.lines.length - 1; i >= 0 && i >= ctx.lines.length - 80; i--) {
    const line = ctx.lines[i]!;
    if (line.text.length > 200) continue;
    const owner = copyrightBrand(line.text);
    if (owner) {
      brands.push({ value: owner, origin: 'copyright', raw: line.text });
      break;
    }
  }
  return brands;
}

/**
 * How a candidate relates to a stated brand: the brand itself (`same`), or the brand with a channel
 * word after it (`网易财经`, `网易订阅` for 网易; `澎湃新闻-The Paper` for 澎湃新闻): `channel`.
 */
function relation(candidate: string, brand: string): 'same' | 'channel' | null {
  const c = fold(candidate);
  const b = fold(brand);
  if (!c || !b) return null;
  if (c === b) return 'same';
  if (b.length < 2 || !candidate.toLowerCase().startsWith(brand.toLowerCase())) return null;
  // Chinese portals name their channels after the portal; elsewhere a longer name is the site's own.
  if (!HAN.test(brand)) return null;
  const rest = candidate.slice(brand.length);
  if (/^\s*[-–—_|｜·:：]/.test(rest)) return 'channel';
  return HAN.test(rest) && [...rest.trim()].length <= brandData.maxChannelTail ? 'channel' : null;
}

/**
 * Segments of a Chinese <title> between the headline and its portal: channels. Chinese portals
 * write `Headline_Channel_Portal` (`…_科技湃_澎湃新闻`), the portal's Latin name sometimes after it
 * (`…_科技湃_澎湃新闻-The Paper`); elsewhere the order varies (`Headline | la diaria | Uruguay`).
 */
function channelSegments(segments: string[], title: string | null): Set<string> {
  const headline = title ? segments.findIndex((s) => s === title || title.includes(s)) : -1;
  const portal = segments.findLastIndex((s) => HAN.test(s));
  // Only Latin names may follow the portal: a Han segment closes the <title> of a Chinese portal.
  if (headline < 0 || portal <= headline || segments.slice(portal + 1).some((s) => !LATIN_NAME.test(s))) return new Set();
  return new Set(segments.slice(headline + 1, portal).filter((s) => HAN.test(s)));
}
const LATIN_NAME = /^[\p{Script=Latin}\d\s.&'-]+$/u;

export function readSiteName(ctx: PageContext, crumb: Breadcrumb, title: string | null): string | null {
  if (ctx.rule?.siteName) return record(ctx, 'siteName', { value: ctx.rule.siteName, origin: 'site-rule', raw: ctx.rule.siteName });
  const fromRule = ruleText(ctx, ctx.rule?.fields?.siteName);
  if (fromRule) return record(ctx, 'siteName', { value: fromRule, origin: 'site-rule', raw: fromRule });
  const brands = statedBrands(ctx);
  return record(ctx, 'siteName', pickSiteName(siteCandidates(ctx, crumb, title, brands), brands));
}

/** A site-name candidate; `channel` when the <title> places it as a channel (between headline and site). */
type SiteCandidate = Candidate<string> & { channel: boolean };

/**
 * The portal is the first candidate the <title> does not place as a channel (unless a stated brand,
 * the logo or the copyright line, confirms it), given as the stated brand when it is one of that
 * brand's channels (`网易财经` beside `Copyright © 网易公司`).
 */
function pickSiteName(all: SiteCandidate[], brands: Candidate<string>[]): Candidate<string> | null {
  const confirmed = (c: SiteCandidate): boolean => brands.some((b) => relation(c.value, b.value) === 'same');
  // A name that says it is a channel (`商业频道`, `信息公开专栏`) is never the site, unless a stated brand is it.
  const candidates = all.filter((c) => !CHANNEL_ENDING.test(c.value) || confirmed(c));
  const pick = candidates.find((c) => !c.channel || confirmed(c)) ?? candidates[0];
  if (!pick) return null;
  const brand = brands.find((b) => relation(pick.value, b.value) === 'channel');
  if (brand) return { value: brand.value, origin: `brand:${brand.origin}`, raw: pick.raw };
  return { value: pick.value, origin: pick.origin, raw: pick.raw };
}

const CHANNEL_ENDING = new RegExp(`(?<=\\p{Script=Han})(?:${alternation(brandData.channelEndingsHan)})$`, 'u');
const BRACKETED = /^[(（【[].*[)）】\]]$/u;
const BRACKETED_DOMAIN = /(?<=\S)\s*[(（][\w.-]+\.[a-z]{2,}[)）]$/iu;

/**
 * Whether the <title>'s segments after the headline are all the page's keywords: tags a portal appends for search
 * engines (Sohu's `中法经贸合作不断拓展_中国_法国_全球` beside `<meta name="keywords" content="中法,全球,法国,…">`), not
 * its name. Two at least: a site may list its own name among its keywords.
 */
function tagsAfterHeadline(ctx: PageContext, segments: string[], title: string | null): boolean {
  const at = title ? segments.indexOf(title) : -1;
  const after = at >= 0 ? segments.slice(at + 1) : [];
  if (after.length < 2) return false;
  const keywords = new Set(
    ['keywords', 'news_keywords'].flatMap((key) => (ctx.meta.get(key) ?? []).flatMap((v) => v.split(/[,，、;；|]/))).map(fold),
  );
  return after.every((s) => keywords.has(fold(s)));
}

/** The longest <title> searched for the headline: a longer one is no <title> a template wrote. */
const MAX_TITLE_TAG = 500;
/** A separator between a headline and a name, with the marks that may close the headline before it (`?`, and German `“`, which Unicode files as an opening quote). */
const NAME_AFTER = /^[\p{Pe}\p{Pf}\p{Pi}"'»?!？！]*\s*(?:::|[:：|｜_»·•–—－-])\s*(.+?)\s*$/u;
/** The most a site's name set beside a headline holds: longer, or more words, is a subtitle or a tagline. */
const MAX_NAME_BESIDE = 60;
const MAX_NAME_WORDS = 6;

/**
 * The name a <title> gives after the headline the page read (`Headline : Muffin Rezepte`). The headline is found by its
 * folded text, so a <title> that words its punctuation otherwise still holds it. Null when the rest is no one name.
 * Not a name before the headline (`高木浩光＠自宅の日記 - Headline`): measured, that took the author's name for the site's
 * on a personal blog and lost its author (mercury −1), for two sites named right.
 */
function besideHeadline(titleTag: string, title: string): string | null {
  const want = fold(title);
  if (want.length < 4 || titleTag.length > MAX_TITLE_TAG) return null;
  // Each folded character with the index of the <title> character it came from.
  let folded = '';
  const from: number[] = [];
  for (let i = 0; i < titleTag.length; ) {
    const ch = String.fromCodePoint(titleTag.codePointAt(i)!);
    for (const f of fold(ch)) {
      folded += f;
      from.push(i);
    }
    i += ch.length;
  }
  const at = folded.indexOf(want);
  if (at < 0 || folded.indexOf(want, at + 1) >= 0) return null;
  const last = from[at + want.length - 1]!;
  const end = last + String.fromCodePoint(titleTag.codePointAt(last)!).length;
  const name = NAME_AFTER.exec(titleTag.slice(end))?.[1];
  if (!name || name.length > MAX_NAME_BESIDE || name.split(/\s+/).length > MAX_NAME_WORDS || titleSegments(name).length !== 1) return null;
  // A bracketed tag (`北医新闻网_(新闻)`) names no site.
  return /\p{L}/u.test(name) && !BRACKETED.test(name) ? name : null;
}

/**
 * The part of a name with a tagline (og:site_name `Example News - Breaking news, sport and weather`) that the <title>
 * names after its headline alone (`Headline | Example News`). Null where the <title> holds the whole name (`LN - Lübecker
 * Nachrichten` stays whole), none of its parts, or only an abbreviation of it.
 */
function namePartInTitle(name: string, titleTag: string, segments: string[]): string | null {
  const parts = name.split(SITE_NAME_PARTS).map(cleanText).filter(Boolean);
  if (parts.length < 2 || fold(titleTag).includes(fold(name))) return null;
  const named = new Set(segments.slice(1).map(fold));
  const part = parts.find((p) => named.has(fold(p)));
  // An abbreviation beside the name it stands for (`Bundesministerium für Bildung und Forschung - BMBF`) is no tagline's.
  return part && !ABBREVIATION.test(part) ? part : null;
}
const ABBREVIATION = /^\p{Lu}{2,6}$/u;

/**
 * The part of a name with a tagline or an owner (`Yahoo News - Latest News & Headlines`, `Freie Presse - Chemnitzer
 * Verlag und Druck GmbH & Co. KG`) that the page's own domain spells (yahoo.com, freiepresse.de): the name, the rest
 * says something about it. Null unless exactly one part does.
 */
function namePartOfHost(name: string, host: string | null): string | null {
  const parts = name.split(SITE_NAME_PARTS).map(cleanText).filter(Boolean);
  const site = host ? foldSiteName(siteKey(host)) : '';
  if (parts.length < 2 || site.length < 3) return null;
  const spelled = parts.filter((p) => foldSiteName(p).startsWith(site));
  // An abbreviation beside the name it stands for (`Bundesministerium für Bildung und Forschung - BMBF` on bmbf.de,
  // `LN - Lübecker Nachrichten`) is the name written twice, no tagline: the whole stays.
  return spelled.length === 1 && !parts.some((p) => ABBREVIATION.test(p)) ? spelled[0]! : null;
}

/**
 * The spelling the <title> gives a name stated as a handle (og:site_name `nationalpost` beside `Headline | National
 * Post`, `al` beside `Headline - al.com`): the reader's name for the site, not its account's.
 */
function handleAsTitled(name: string, segments: string[]): string | null {
  if (/\s/.test(name) || name !== name.toLowerCase()) return null;
  const key = foldSiteName(name);
  return segments.slice(1).find((s) => s !== name && foldSiteName(s) === key) ?? null;
}

function siteCandidates(ctx: PageContext, crumb: Breadcrumb, title: string | null, brands: Candidate<string>[]): SiteCandidate[] {
  const out: SiteCandidate[] = [];
  const titleTag = cleanText(firstText(ctx, 'title'));
  const segments = titleSegments(titleTag);
  const channels = channelSegments(segments, title);
  const meta = firstMeta(ctx.meta, [
    'og:site_name',
    'application-name',
    'apple-mobile-web-app-title',
    'publisher',
    'sitename',
    'site_name',
    'site',
  ]);
  // A column's name in og:site_name (`科技湃` in `Headline_科技湃_澎湃新闻`) is marked a channel: the title's last segment follows.
  if (meta && !/^https?:/.test(meta.value)) {
    const stated = meta.value.replace(/^@/, '');
    const value =
      namePartInTitle(stated, titleTag, segments) ??
      namePartOfHost(stated, ctx.host) ??
      handleAsTitled(stated, segments) ??
      (stated.length <= 60 ? stated : null);
    // A template that fills its site-name tag with the page's <title> (`application-name` = the headline) names no site.
    if (value && (!title || fold(value) !== fold(title)))
      out.push({ value, origin: `meta:${meta.key}`, raw: meta.value, channel: channels.has(value) });
  }
  const publisher = ctx.jsonld.publisher;
  if (publisher) out.push({ value: publisher, origin: 'json-ld', raw: publisher, channel: channels.has(publisher) });
  // The breadcrumb's root is the site when it opens the trail (a trail opened by 首页 names a channel next)
  // and the <title> names it too, not as one of its channels.
  const first = crumb.labels[0];
  const root = first && !NOT_A_SECTION.test(first) ? first : undefined;
  if (root && segments.length > 1 && segments.slice(1).includes(root)) {
    out.push({ value: root, origin: 'breadcrumb+title', raw: titleTag, channel: channels.has(root) });
  }
  if (segments.length > 1 && !tagsAfterHeadline(ctx, segments, title)) {
    // The last segment, unless it reads as a channel or tag and an earlier one as a site
    // (`Headline_39健康网_饮食`, `Headline-理论中国网-2022年第4期`): then that one.
    // A last segment the page's stated brand names (`…|新京报_网易订阅` beside `网易公司版权所有`) is the portal, whatever it reads as.
    const last = segments[segments.length - 1]!;
    const named =
      SITE_LIKE.test(last) || brands.some((b) => relation(last, b.value))
        ? undefined
        : segments.slice(0, -1).findLast((s) => s !== title && SITE_LIKE.test(s) && s.length <= 30);
    // A domain in brackets after the name is the name's (`央视网(cctv.com)`).
    const value = (named ?? last).replace(BRACKETED_DOMAIN, '');
    // A segment in brackets is a tag (`北医新闻网_(新闻)`), never the site.
    if (value !== title && value.length <= 30 && !BRACKETED.test(value))
      out.push({ value, origin: 'title-suffix', raw: titleTag, channel: false });
    // `Site | Headline`: the site leads when the headline closes the <title>.
    else if (value === title && segments.length === 2 && segments[0]!.length <= 30)
      out.push({ value: segments[0]!, origin: 'title-prefix', raw: titleTag, channel: false });
  }
  // Text dumps and bare pages: a breadcrumb root that reads like a site name.
  if (root && SITE_LIKE.test(root)) out.push({ value: root, origin: 'breadcrumb-root', raw: root, channel: false });
  // With nothing else, the name the <title> sets off after the headline by a separator its segments are not cut at
  // (`Headline: Oekolandbau`, `見出し：朝日新聞デジタル`, `Headline? -CSDN博客`), or that is longer than a segment's name
  // (`Headline – Die Neue Südtiroler Tageszeitung`): the page read the headline, so the rest is the site's.
  if (!out.length && title) {
    const beside = besideHeadline(titleTag, title);
    if (beside) out.push({ value: beside, origin: 'title-beside-headline', raw: titleTag, channel: false });
  }
  // Last, the brand the page states (its logo, its copyright line) where a segment of its <title> or og:title names
  // it too: `<title>The Daily Example</title>` beside the logo's alt, og:title's `Headline - The Daily Example`.
  if (!brands.length) return out;
  const og = firstMeta(ctx.meta, ['og:title'])?.value;
  const named = new Set([...segments, ...(og ? titleSegments(og) : [])].map(fold));
  for (const brand of brands)
    if (named.has(fold(brand.value)) && brand.value !== title)
      out.push({ value: brand.value, origin: `brand:${brand.origin}+title`, raw: brand.raw, channel: false });
  return out;
}
