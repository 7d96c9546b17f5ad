/**
 * Title: the headline, not the <title> with its site suffix. Chain: site rule → a visible
 * heading that the <title>/og:title confirms (or `Kicker: Headline` where og:title and the JSON-LD
 * headline both state it so) → JSON-LD/og headline → <title> minus suffix → h1.
 */
import type { AnyNode, Element, ParentNode } from 'domhandler';
import { cleanText, findAll, foldForCompare, isElement, someBelow, textContent } from '../parse/load.js';
import { findDatesInText } from '../dates/index.js';
import { firstMeta } from '../parse/meta.js';
import { firstText, record, ruleText, selectAll, type Candidate, type PageContext } from './context.js';
import { POST_TITLE } from '../body/entries.js';
import chrome from '../data/chrome.json' with { type: 'json' };
import headlineData from '../data/headline.json' with { type: 'json' };
import { escapeRegExp } from '../parse/regexp.js';

/**
 * Separators between headline and site name in <title>: `_中國甘肅網`, ` - 新华网`, ` | Reuters`. A middle dot
 * between digits is a date (`5·19中国旅游日`, `9·11`), not a separator.
 */
const TITLE_SEPARATOR = /\s*(?:[_|｜–—»]|(?<!\d)[·•]|[·•](?!\d)|--|\s-\s|(?<=\p{Script=Han})-|-(?=\p{Script=Han})|::|：：)\s*/u;
/**
 * `h1, h2, h3, [class*="title" i], [id*="title" i], [class*="headline" i], [class*="biaoti" i], [itemprop="headline"]`,
 * tested by hand in one walk: the selector engine parsed that string again on every page (and the
 * closest() and find() selectors below on every heading), 4–5% of a batch's CPU.
 */
const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3']);
/** css-select's case-insensitive `*=`: the value as a literal, flag i. */
const TITLE_IN_NAME = /title/i;
const HEADLINE_IN_NAME = /headline/i;
const BIAOTI_IN_NAME = /biaoti/i;
export function isHeadingElement(el: Element): boolean {
  if (HEADING_TAGS.has(el.name)) return true;
  const a = el.attribs;
  const cls = a['class'];
  if (cls !== undefined && (TITLE_IN_NAME.test(cls) || HEADLINE_IN_NAME.test(cls) || BIAOTI_IN_NAME.test(cls))) return true;
  const id = a['id'];
  return (id !== undefined && TITLE_IN_NAME.test(id)) || a['itemprop'] === 'headline';
}

/** Whether `el` or an ancestor is one of `names` (`$(el).closest('head, a, …').length`). */
function withinAny(el: Element, names: ReadonlySet<string>): boolean {
  for (let node: ParentNode | null = el; node && isElement(node as AnyNode); node = node.parent) {
    if (names.has((node as Element).name)) return true;
  }
  return false;
}
/** Headings there are links, page furniture or the document head, unless an <h1>. */
const OUTSIDE_STORY: ReadonlySet<string> = new Set(['head', 'a', 'nav', 'footer', 'aside']);
/** Where a lone <h1> is a site's, not a story's. */
const PAGE_FURNITURE: ReadonlySet<string> = new Set(['nav', 'footer', 'aside']);

/** A class attribute holding one of `words` anywhere (`article-header__kicker`, `c-surtitre`). */
const classWords = (words: string[]): RegExp => new RegExp(words.map(escapeRegExp).join('|'), 'i');
/** Of a heading's extras, those that are a kicker (the line over the headline), not a date or label. */
const KICKER_CLASS = classWords(headlineData.kickerClassWords);
/** Parts of a headline element that are not the headline: kicker/topline above it, date beside it. */
const HEADING_EXTRAS = classWords([...headlineData.kickerClassWords, ...headlineData.headingExtraClassWords]);

/** Soft hyphens: line-break hints inside a heading's words (`Er\u00adin\u00adne\u00adrung`), not part of the title. */
const SOFT_HYPHEN = /\u00ad/g;
const headingClean = (s: string): string => cleanText(s.replace(SOFT_HYPHEN, ''));

/** A kicker, date or label inside a heading, by its class. */
const isHeadingExtra = (_: number, c: Element): boolean => HEADING_EXTRAS.test(c.attribs['class'] ?? '');

/** `$(el).find('[class]').filter(isHeadingExtra).length || $(el).find('rt').length`, in one walk that stops at the first. */
function hasHeadingExtras(el: Element): boolean {
  let found = false;
  findAll(el, (c) => {
    if (!found) {
      const cls = c.attribs['class'];
      found = c.name === 'rt' || (cls !== undefined && HEADING_EXTRAS.test(cls));
    }
    return false;
  });
  return found;
}

/** Separators left at a heading's edge once its kicker is gone: `: Headline`, `Kicker:`, `| Headline`. */
const SEPARATOR_CHARS = /[\s:：|｜•·–—-]/;

/**
 * The text without separators at its edges (`: Headline`, `Kicker:`). A loop, not `/[…]+$/`: that pattern retries
 * at every position of a long run of separators and took seconds on a heading of dashes.
 */
function trimSeparators(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && SEPARATOR_CHARS.test(text[start]!)) start++;
  while (end > start && SEPARATOR_CHARS.test(text[end - 1]!)) end--;
  return text.slice(start, end);
}

/** Marks that never open or close a headline: the separator a template prints before an empty kicker or after it. */
const EDGE_SEPARATOR = /[:：|｜•·]/;
const DASH = /[-–—]/;
const SPACE = /\s/;

/**
 * The title without a separator a template leaves at its edge (`: Headline` under an empty kicker, `Headline |` before an
 * empty site name). A dash goes only where a space parts it from the words (`- Headline`), not a minus (`-20 Grad`).
 */
function withoutEdgeSeparators(text: string): string {
  let out = text.trim();
  for (let next = withoutOneEdgeMark(out); next !== out; next = withoutOneEdgeMark(out)) out = next;
  return out || text;
}

/** One separator off each edge, with the spaces beside it. A walk, not a regex: see trimSeparators. */
function withoutOneEdgeMark(text: string): string {
  let start = 0;
  while (start < text.length && DASH.test(text[start]!)) start++;
  if (!(start > 0 && SPACE.test(text[start] ?? ''))) start = EDGE_SEPARATOR.test(text[0] ?? '') ? 1 : 0;
  let end = text.length;
  while (end > start && DASH.test(text[end - 1]!)) end--;
  if (!(end < text.length && SPACE.test(text[end - 1] ?? '')))
    end = EDGE_SEPARATOR.test(text[text.length - 1] ?? '') ? text.length - 1 : text.length;
  return start < end ? text.slice(start, end).trim() : '';
}

/** Commas and semicolons a kicker's markup leaves at its edges (`, Thema: Forschung` from a hidden `, Thema:`). */
const EDGE_PUNCTUATION = /^[,，;；\s]+|[,，;；\s]+$/g;

/**
 * A kicker is words: a topline that holds only a date (`<span class="topline"><span class="date">27.01.2022</span>`,
 * `<span class="supertitle"><time>1. Februar 2022</time></span>`) is none.
 */
function asKicker(text: string): string | null {
  const trimmed = trimSeparators(trimSeparators(text).replace(EDGE_PUNCTUATION, ''));
  let words = trimmed;
  for (const d of findDatesInText(trimmed)) words = words.replace(d.raw, '');
  return /\p{L}{2}/u.test(words) ? trimmed : null;
}

/** The most text a kicker printed above its heading holds: more is a teaser or a standfirst. */
const MAX_KICKER_ABOVE = 80;

/**
 * A kicker printed in its own element just above the heading (`<p class="kicker">Akkutechnik</p><h1>…</h1>`, also where
 * the heading opens a wrapper of its own: `<div class="topline">…</div><div class="title-wrap"><h1>`). Only the element
 * right before: one further up is another block's.
 */
function kickerAbove(heading: Element): string | null {
  let node: Element = heading;
  for (let level = 0; level < 2; level++) {
    const prev = previousElement(node);
    if (prev) {
      if (!KICKER_CLASS.test(prev.attribs['class'] ?? '') || textLongerThan(prev, MAX_KICKER_ABOVE) || holdsByline(prev)) return null;
      return asKicker(withoutDates(headingClean(lineText(prev, false, true))));
    }
    const parent = node.parent;
    if (!parent || !isElement(parent as AnyNode) || (parent as Element).name === 'body') return null;
    node = parent as Element;
  }
  return null;
}

/** A class or itemprop naming a byline. */
const BYLINE_MARK = /byline|author/i;
/**
 * Does a header block hold a byline? Then it is the story's info block (`ContentHeaderRubricBlock` with the author's name,
 * the section and the date), not a kicker, whatever its class says.
 */
const holdsByline = (el: Element): boolean =>
  someBelow(el, (c) => BYLINE_MARK.test(c.attribs['class'] ?? '') || BYLINE_MARK.test(c.attribs['itemprop'] ?? ''));

/** Marks left between a kicker's words and a date taken out of them (`Politics / January 11, 2024`). */
const KICKER_EDGE = /[\s\-–—|•·:/]/;

/** A line over the headline without the dates it prints beside the kicker (`FINTECH 20. Juni 2019`), nor the marks between. */
function withoutDates(text: string): string {
  let out = text;
  for (const d of findDatesInText(text)) out = out.replace(d.raw, ' ');
  let [start, end] = [0, out.length];
  while (start < end && KICKER_EDGE.test(out[start]!)) start++;
  while (end > start && KICKER_EDGE.test(out[end - 1]!)) end--;
  return cleanText(out.slice(start, end));
}

/** The element before `el` among its siblings; null when text other than spaces comes between or nothing does. */
function previousElement(el: Element): Element | null {
  for (let node = el.prev; node; node = node.prev) {
    if (isElement(node)) return node;
    if (node.type === 'text' && (node as unknown as { data: string }).data.trim()) return null;
  }
  return null;
}

/** A heading's text without its kicker, date or label children. */
function headingText(ctx: PageContext, el: Element): string {
  return headingParts(ctx, el).text;
}

/**
 * A heading split into its headline and its kicker (`<span class="kicker">Akkutechnik</span>
 * <span>: </span><span>Hat Quantumscape …</span>`), the separators between them dropped.
 */
function headingParts(ctx: PageContext, el: Element): { text: string; kicker: string | null } {
  const spoken = spokenSplit(el);
  if (spoken) return spoken;
  if (!hasHeadingExtras(el)) return { text: headingClean(lineText(el, true) || lineText(el)), kicker: null };
  const node = ctx.$(el);
  const clone = node.clone();
  clone.find(UNSEEN_SELECTOR).remove();
  clone.find('br').replaceWith(' ');
  const extras = clone.find('[class]').filter(isHeadingExtra);
  const kickerEls = extras.filter((_, c) => KICKER_CLASS.test(c.attribs['class'] ?? ''));
  const kicker = asKicker(headingClean(kickerEls.first().text()));
  extras.remove();
  const text = trimSeparators(headingClean(clone.text()));
  return text ? { text, kicker } : { text: headingClean(lineText(el)), kicker: null };
}

/** Elements whose text a heading never shows: an icon's `<svg><title>Video</title>`, scripts. */
const UNSEEN_IN_HEADING = new Set(['svg', 'script', 'style', 'noscript', 'template', 'rt', 'rp']);
const UNSEEN_SELECTOR = [...UNSEEN_IN_HEADING].join(', ');

/**
 * A heading's text with its line breaks as spaces (`Riverfront piers<br>to be rebuilt`: two words, not `piersto`),
 * without what it does not show; `seenOnly` leaves out words hidden for screen readers too.
 */
const LETTER_FIRST = /^\p{L}/u;

function lineText(el: Element, seenOnly = false, withoutDated = false): string {
  let out = '';
  const stack: AnyNode[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      const data = (node as unknown as { data: string }).data;
      // A kicker element closed by a colon, its headline's text glued on by the markup (`<span>मार्केट-कैप:</span>शेयर…`,
      // `<span>Markt:</span>Aktien fallen`): the space the page shows between them.
      if (out.endsWith(':') && LETTER_FIRST.test(data)) out += ' ';
      out += data;
    } else if (isElement(node) && node.name === 'br') out += ' ';
    else if (isElement(node) && UNSEEN_IN_HEADING.has(node.name)) continue;
    // A date beside a kicker in its own element (`<div class="dachzeile">FINTECH<span class="dachdatum">…</span>`).
    else if (withoutDated && isElement(node) && (node.name === 'time' || DATED_CLASS.test(node.attribs['class'] ?? ''))) out += ' ';
    // Words only a screen reader hears (`<span class="sr-only">Article: </span>`) are not the headline's.
    else if (seenOnly && isElement(node) && VISUALLY_HIDDEN.test(node.attribs['class'] ?? '') && !SEPARATOR_ONLY.test(textContent(node)))
      continue;
    else if ('children' in node) {
      const kids = (node as Element).children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
    }
  }
  return out;
}

/** A class naming a date or time element. */
const DATED_CLASS = /dat(?:e|um)|time/i;

/** A class that hides an element from the eye but not from screen readers (or from both): a listed token, as a part. */
const VISUALLY_HIDDEN = new RegExp(`(?:^|[\\s_-])(?:${chrome.screenReaderClassTokens.map(escapeRegExp).join('|')})(?:$|[\\s_-])`, 'i');
/** What a hidden separator may say: `: `, ` - `, ` – `. */
const SEPARATOR_ONLY = /^[\s:：|｜–—-]+$/;

/** A CSS rule that hides its element from the eye only: clipped to nothing, or a 1px box taken out of the flow. */
const CLIPPED = /clip\s*:\s*rect\(\s*0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?[\s,]+0(?:px)?\s*\)|clip-path\s*:\s*inset\(\s*50%\s*\)/i;
const CLASS_RULE = /\.([\w-]+)\s*\{([^{}]*)\}/g;

/**
 * Classes that a `<style>` inside the heading hides for screen readers only (CSS-in-JS writes its rules beside the
 * element under hashed names: `<style>.css-1ftw2zb{clip:rect(0 0 0 0);position:absolute;width:1px}</style>`).
 */
function hiddenByOwnStyle(el: Element): Set<string> {
  const classes = new Set<string>();
  for (const style of findAll(el, (c) => c.name === 'style'))
    for (const m of textContent(style).matchAll(CLASS_RULE)) if (CLIPPED.test(m[2]!)) classes.add(m[1]!);
  return classes;
}

/**
 * A heading that says `Kicker: Headline` to screen readers through a hidden separator between its parts
 * (`<span>Waffenlieferungen an Israel<span class="visually-hidden">:</span></span><span>Palästinenser legt …</span>`):
 * the words before the separator are the kicker, whatever the class names of the parts say (`reader__subline`,
 * `reader__topline`). Null when the heading has no such separator with words on both sides.
 */
function spokenSplit(el: Element): { text: string; kicker: string } | null {
  let separator: Element | null = null;
  const styled = hiddenByOwnStyle(el);
  const hidden = (cls: string): boolean => VISUALLY_HIDDEN.test(cls) || (styled.size > 0 && cls.split(/\s+/).some((c) => styled.has(c)));
  findAll(el, (c) => {
    if (!separator && hidden(c.attribs['class'] ?? '') && SEPARATOR_ONLY.test(textContent(c))) separator = c;
    return false;
  });
  if (!separator) return null;
  const before: string[] = [];
  const after: string[] = [];
  let seen = false;
  const walk = (node: AnyNode): void => {
    if (node === separator) {
      seen = true;
      return;
    }
    if (node.type === 'text') (seen ? after : before).push((node as unknown as { data: string }).data);
    else if (isElement(node) && node.name === 'br') (seen ? after : before).push(' ');
    else if (isElement(node) && !UNSEEN_IN_HEADING.has(node.name)) for (const child of node.children) walk(child);
  };
  walk(el);
  // Joined as textContent joins them: words split across inline elements stay whole.
  const kicker = trimSeparators(headingClean(before.join('')));
  const text = trimSeparators(headingClean(after.join('')));
  return kicker && text ? { text, kicker } : null;
}

/**
 * A kicker without markup (`Tunesien Große Aufgaben …`) shows as a heading that ends with the
 * og:title or <title> headline: keep the confirmed tail (even where og:title repeats the whole
 * heading: the shorter <title> names the headline, measured on 7 of 8 such pages).
 */
function confirmedTail(text: string, refs: string[]): string {
  const f = fold(text);
  const closing = CLOSING_MARK.exec(text)?.[0];
  for (const ref of refs) {
    for (const seg of new Set([ref, withoutLastSegment(ref)])) {
      const g = fold(seg);
      if (g.length < 8 || g === f || g.length < f.length * 0.5) continue;
      // A kicker before the headline; not a shorter title that leaves out the heading's closing mark too, which
      // makes the heading one sentence (`Wie pflege ich meine Zaubernuss im Winter?` beside `Zaubernuss im Winter`).
      if (f.endsWith(g) && (!closing || seg.trim().endsWith(closing))) return seg.trim();
    }
  }
  return text;
}

/** Elements that set a second line inside a heading apart from the headline (`<h1>Headline <small>Subline</small></h1>`). */
const SUBLINE_TAGS: ReadonlySet<string> = new Set(['small', 'span', 'em', 'i', 'div', 'p']);

/**
 * A heading without the subline its last element adds (`<h1>Headline <small>Work starts in spring</small></h1>`) where
 * the <title> or og:title give the headline without it and none of them hold the subline: they name the headline.
 */
function withoutTrailingLine(el: Element, text: string, refs: string[]): string {
  let last: AnyNode | null = el.lastChild;
  while (last && last.type === 'text' && !(last as unknown as { data: string }).data.trim()) last = last.prev;
  if (!last || !isElement(last) || !SUBLINE_TAGS.has(last.name) || last === el.firstChild) return text;
  const sub = fold(lineText(last));
  const f = fold(text);
  if (sub.length < 4 || !f.endsWith(sub) || f.length - sub.length < 8) return text;
  const head = f.slice(0, f.length - sub.length);
  if (!refs.some((r) => fold(r) === head || fold(withoutLastSegment(r)) === head) || refs.some((r) => fold(r).includes(sub))) return text;
  const cut = tailStart(text, lineText(last));
  return text.slice(0, cut).trim() || text;
}

/**
 * Where in a heading its confirmed tail begins: the tail is the reference's wording, which may differ from the
 * heading's in case, spaces and punctuation (`„Arschloch“` for `"Arschloch"`), so the heading is cut where the rest
 * folds to the same text, not at the tail's length.
 */
function tailStart(heading: string, tail: string): number {
  const want = fold(tail);
  // The last such cut: marks before the tail (`'Kicker': Headline`) stay with the kicker, whose edges are trimmed after.
  for (let i = heading.length - 1; i >= 0; i--) if (fold(heading.slice(i)) === want) return i;
  return heading.length - tail.length;
}

/** A question or exclamation mark that closes a heading. */
const CLOSING_MARK = /[?!？！]+(?=["“”»«」\s]*$)/u;

/**
 * A Chinese heading's subtitle: a second line (a `<br>` reads as a space) opened by a double dash (`全市将新建农村公路
 * 一千公里<br>——记某某县交通局`, the 副题 under the headline), not the headline's when the <title> or og:title holds
 * the headline and none of them the subtitle. On one line (`…动能增强——前4个月…`) the dash joins one title.
 */
function withoutSubtitle(text: string, refs: string[]): string {
  const at = text.search(SUBTITLE_DASH);
  if (at <= 0) return text;
  const head = text.slice(0, at).trim();
  const [f, sub] = [fold(head), fold(text.slice(at))];
  const folded = refs.map(fold);
  return f.length >= 4 && sub && folded.some((r) => r.includes(f)) && !folded.some((r) => r.includes(sub)) ? head : text;
}
const SUBTITLE_DASH = /\s+(?:——|──|－－)/u;

/** Marks between a headline and a date printed beside it. */
const EDGE_MARKS = /^[\s\-–—|•·:/]*$/;
const LEADING_MARKS = /^\s*[-–—|•·:/]+\s*/;

/**
 * A heading without the date a layout prints before it (`23.01.2022 - …`, the date then a mark:
 * a date and a space alone may begin a headline) or after it (`… 02.02.2022 •`); a date at the end
 * may belong to the headline (`Ergebnisse …, 19.5.2007`), so it goes only when the <title> or
 * og:title give the headline without it.
 */
function withoutEdgeDates(text: string, refs: string[]): string {
  const dates = findDatesInText(text);
  let out = text;
  const first = dates[0];
  const leading = !!first && first.index === 0 && LEADING_MARKS.test(text.slice(first.raw.length));
  if (leading) out = text.slice(first.raw.length).replace(LEADING_MARKS, '');
  const last = dates[dates.length - 1];
  if (last && !(leading && last === first) && EDGE_MARKS.test(text.slice(last.index + last.raw.length))) {
    const untailed = text.slice(0, last.index).replace(/[\s\-–—|•·:/]+$/, '');
    const kept = out.slice(0, out.length - (text.length - last.index)).replace(/[\s\-–—|•·:/]+$/, '');
    const f = fold(untailed);
    if (refs.some((r) => fold(r).includes(f) && !fold(r).includes(fold(out)))) out = kept;
  }
  return fold(out).length >= 8 ? out : text;
}

/** Latin/Cyrillic/Greek text of one or two words: a section label (`Custom`, `Medienmitteilungen`), not a headline. */
function isShortLabel(text: string): boolean {
  return (
    !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Thai}]/u.test(text) &&
    text.split(/\s+/).filter(Boolean).length <= 2
  );
}

/** Headings that are page furniture: breadcrumb lead-ins, "Sie sind hier:". */
const NOT_A_HEADLINE =
  /^(?:sie sind hier|you are here|vous êtes ici|usted está aquí|您(?:当前|當前|现在|現在)?的?位置|当前位置|當前位置)\s*[:：]?$/i;

const fold = foldForCompare;

/** Template placeholders printed for an empty value (`CCTV.com- 央视论坛 :: null`) and software credits (`powered by Discuz!`). */
const EMPTY_VALUE = /^(?:null|undefined|none|nan|(?:powered|proudly powered|driven) by\b.*)$/i;

/** Split a <title> into its segments; the headline is usually the longest one. */
export function titleSegments(title: string): string[] {
  return title
    .split(TITLE_SEPARATOR)
    .map((s) => s.trim())
    .filter((s) => s && !EMPTY_VALUE.test(s));
}

/** Wide (CJK, full-width) characters count twice: `下岗职工的再就业` says as much as `powered by Discuz!`. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;
const width = (s: string): number => s.length + (s.match(WIDE)?.length ?? 0);
/** The widest a site's or a section's name in a <title> is taken to be. */
const MAX_SITE_WIDTH = 25;

/** The widest of a <title>'s segments (the first of equals); '' for none. */
function widestSegment(segments: string[]): string {
  return segments.reduce((a, b) => (width(b) > width(a) ? b : a), '');
}

/**
 * A headline a <title> wraps whole in lenticular brackets (`【标题】-东方财富网`): the brackets set it off from the site's
 * name, they are not the headline's. One pair around all of it only: `【独家】标题` opens with a tag the headline keeps.
 */
const WRAPPED = /^【([^【】]+)】$/u;
const unwrap = (s: string): string => WRAPPED.exec(s)?.[1]?.trim() || s;

export function stripSiteSuffix(title: string): string {
  return unwrap(withoutEdgeSeparators(headOfTitle(title)));
}

function headOfTitle(title: string): string {
  const segments = titleSegments(title);
  if (segments.length < 2) return segments[0] ?? title.trim();
  // Keep from the first segment up to the longest one: headlines may contain separators themselves.
  const longest = widestSegment(segments);
  // Site and section names around a headline are short: `Bundespolizei - Aktuelles - Headline`.
  if (segments.every((s) => s === longest || width(s) <= MAX_SITE_WIDTH) && width(longest) > MAX_SITE_WIDTH) return longest;
  const head = segments.slice(0, segments.indexOf(longest) + 1);
  return head.length > 1 && fold(head.join('')).length < fold(title).length * 0.9 ? longest : head.join(' ');
}

/**
 * Marks a <title> may set between its headline and a site's or a section's name, wider than TITLE_SEPARATOR: the old
 * WordPress `Headline « Blog`, `Headline › Blog`, `Headline / Site`, a spaced colon (`Headline : Section : Site`), the
 * full-width colon and lenticular brackets of Japanese titles (`見出し：朝日新聞デジタル`, `【ファミ通】見出し`), a hyphen glued to
 * the headline (`Headline- Corriere.it`). Only for cutting a <title> where the page shows the rest as one element's text.
 */
const LOOSE_SEPARATOR = new RegExp(`${TITLE_SEPARATOR.source}|\\s+[«›‹/:]\\s+|：|[【】]|(?<=\\S)-\\s+`, 'gu');

/** The most text an element may hold to be read as a headline a <title> names. */
const MAX_SHOWN_HEADLINE = 300;

/**
 * The folded texts of the body's elements short enough to be a headline: what the page shows as one element, to find
 * which cut of a <title> it prints.
 */
function shownTexts(ctx: PageContext): Set<string> {
  const out = new Set<string>();
  const body = ctx.$('body')[0];
  if (!body) return out;
  findAll(body, (el) => {
    if (!UNSEEN_IN_HEADING.has(el.name) && !textLongerThan(el, MAX_SHOWN_HEADLINE)) {
      const f = fold(lineText(el));
      if (f.length >= 4) out.add(f);
    }
    return false;
  });
  return out;
}

/** A domain name (`iloveponysmag.com`): a site's name, whichever element shows it, never a headline. */
const DOMAIN_NAME = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}$/u;

/**
 * The run of a <title>'s segments (split at any mark of LOOSE_SEPARATOR) that holds its widest segment and that the page
 * shows whole as one element's text, the longest such run: where no heading names the headline, the page's own print of it
 * tells a headline's separators (`Rust vs. Go — which one …? – TechBlog`, `2024 | A year in review | Site`) from the site
 * name's (`Headline « Blog`). Never the whole <title> when it has parts to cut. Null when the page shows no such run.
 */
function shownRun(title: string, shown: Set<string>): string | null {
  const text = title.trim();
  const cuts: { start: number; end: number }[] = [];
  let at = 0;
  for (const m of text.matchAll(LOOSE_SEPARATOR)) {
    if (m[0].length === 0) continue;
    if (m.index! > at) cuts.push({ start: at, end: m.index! });
    at = m.index! + m[0].length;
  }
  if (at < text.length) cuts.push({ start: at, end: text.length });
  if (cuts.length < 2) return null;
  const widest = cuts.reduce((a, b) => (width(text.slice(b.start, b.end)) > width(text.slice(a.start, a.end)) ? b : a));
  const w = cuts.indexOf(widest);
  let best: string | null = null;
  for (let i = 0; i <= w; i++)
    for (let j = w; j < cuts.length; j++) {
      if (i === 0 && j === cuts.length - 1) continue;
      const run = text.slice(cuts[i]!.start, cuts[j]!.end).trim();
      if (shown.has(fold(run)) && !DOMAIN_NAME.test(run) && (!best || fold(run).length > fold(best).length)) best = run;
    }
  return best;
}

/** A <title>-like value without its site's name: the run of it the page shows, else its head (stripSiteSuffix). */
function headlineOfTitle(title: string, shown: () => Set<string>): string {
  const run = shownRun(title, shown());
  return run ? unwrap(withoutEdgeSeparators(run)) : stripSiteSuffix(title);
}

/** `Headline | Site` → `Headline`: only the last segment goes (the headline may hold separators). */
function withoutLastSegment(title: string): string {
  const m = /^(.*\S)\s*(?:[_|｜–—·•»]|--|\s-\s|::)\s*[^_|｜–—·•»]{1,40}$/u.exec(title);
  return m ? m[1]! : title;
}

/**
 * The headline a page states twice in its metadata: og:title and the JSON-LD headline agree (one of
 * them may carry the site's name after a separator: `Headline - Golem.de`). Null when either is
 * missing or they differ.
 */
function statedHeadline(og: string | undefined, ld: string | undefined): string | null {
  if (!og || !ld) return null;
  const [a, b] = [og.trim(), ld.trim()];
  if (fold(a) === fold(b)) return b;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return fold(short).length >= 8 && fold(withoutLastSegment(long)) === fold(short) ? short : null;
}

/**
 * `Kicker: Headline` when the publisher states it so in both og:title and the JSON-LD headline and the
 * visible heading is `Headline`: the page's own metadata twice over says the kicker is part of the
 * headline. Measured (development corpus): fundus +6 pages of 6 hosts, trafilatura_eval −1 (a section
 * label `Chronik:`), mercury ±0. Without the JSON-LD agreement (og:title alone) it lost all 17
 * trafilatura_eval pages with a kicker; taking a stated headline of other wording lost 5 for 2.
 */
function gluedByPublisher(og: string | undefined, ld: string | undefined, headline: string): string | null {
  const stated = statedHeadline(og, ld);
  if (!stated) return null;
  const f = fold(headline);
  const statedFolds = new Set([fold(stated), fold(withoutLastSegment(stated))]);
  // Either source's wording of it: the two may differ in punctuation only (`Kicker - Headline`, `Kicker: Headline`).
  const wordings = [og!, ld!].flatMap((x) => [x.trim(), withoutLastSegment(x.trim())]).filter((x) => statedFolds.has(fold(x)));
  for (const s of wordings) {
    const g = fold(s);
    if (g.length <= f.length || !g.endsWith(f)) continue;
    const prefix = s.slice(0, s.length - headline.length).trim();
    if (/[:：]$/.test(prefix) && fold(s.slice(s.length - headline.length)) === f) return s.trim();
  }
  return null;
}

/** Lexicographic comparison of two ranks. */
function outranks(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! > b[i]!;
  return false;
}

/**
 * A heading holding more text than this, with its kicker and date, is no headline (those are at most 300
 * characters); it is passed over before its text is split into parts (a clone of the element), which took
 * seconds on a hostile page whose headings held megabytes of duplicated markup.
 */
const MAX_HEADING_TEXT = 1000;

/** Does the element hold more than `limit` characters of text? A walk that stops once it knows. */
function textLongerThan(el: Element, limit: number): boolean {
  let length = 0;
  const stack: AnyNode[] = [...el.children];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.type === 'text') {
      length += (node as unknown as { data: string }).data.length;
      if (length > limit) return true;
    } else if (isElement(node)) for (const child of node.children) stack.push(child);
  }
  return false;
}

/** A heading candidate with the element it came from (its kicker is read from there). */
type HeadingCandidate = Candidate<string> & { el: Element };

function headingCandidate(ctx: PageContext, reference: string[], siteNames: string[]): HeadingCandidate | null {
  const refs = reference.map(fold).filter((r) => r.length >= 4);
  if (!refs.length) return null;
  let best: HeadingCandidate | null = null;
  let bestRank = [0, 0, 0];
  const headings = findAll(ctx.$.root()[0]!, isHeadingElement)
    .filter((el) => (el.tagName === 'h1' || !withinAny(el, OUTSIDE_STORY)) && !textLongerThan(el, MAX_HEADING_TEXT))
    .map((el) => ({ el, text: headingText(ctx, el) }));
  const folds = new Set(headings.map((h) => fold(h.text)));
  const titleFold = reference[0] ? fold(reference[0]) : '';
  for (const { el, text } of headings) {
    const f = fold(text);
    if (f.length < 4 || text.length > 300 || siteNames.includes(f) || NOT_A_HEADLINE.test(text)) continue;
    // A heading that is the shorter end of a <title> whose beginning is another heading is the site's name after
    // the headline, written without a separator (`土豆不“土” 土豆无“土” 松花江网`, a logo <h1> `松花江网`).
    if (f.length * 2 < titleFold.length && titleFold.endsWith(f) && folds.has(titleFold.slice(0, -f.length))) continue;
    // The heading must be confirmed by the <title> or og:title: it is (most of) one of them.
    const confirmations = refs.filter((r) => r.includes(f) && f.length >= r.length * 0.3).length;
    if (!confirmations) continue;
    // An <h1> first (a longer h2 that only the JSON-LD headline confirms is a teaser or an SEO line), then the
    // heading most of <title>, og:title and JSON-LD confirm, then the longest. Against "longest" alone,
    // measured: fundus +2/−1 pages, trafilatura_eval +3/−2, mercury +1, six hosts helped, three hurt.
    const rank = [el.tagName === 'h1' ? 1 : 0, confirmations, f.length];
    if (outranks(rank, bestRank)) {
      bestRank = rank;
      best = { value: text, origin: el.tagName === 'h1' ? 'h1' : `heading:${el.tagName}`, raw: text, el };
    }
  }
  return best;
}

/**
 * Where a page's own headline lives, as opposed to a logo <h1> in the page header:
 * `closest('article, main, [role="main"], [class*="article" i], [class*="content" i], [class*="post" i],
 * [class*="story" i], [class*="entry" i], [id*="article" i], [id*="content" i]')`, below <body> (WordPress
 * and others write `single-post` and the like on <body>, which made every <h1> of the page "scoped").
 */
const SCOPE_TAGS: ReadonlySet<string> = new Set(['article', 'main']);
const SCOPE_CLASS = /article|content|post|story|entry/i;
const SCOPE_ID = /article|content/i;
function inArticleScope(el: Element): boolean {
  for (let node: ParentNode | null = el; node && isElement(node as AnyNode); node = node.parent) {
    const e = node as Element;
    if (e.name === 'body' || e.name === 'html') return false;
    if (
      SCOPE_TAGS.has(e.name) ||
      e.attribs['role'] === 'main' ||
      SCOPE_CLASS.test(e.attribs['class'] ?? '') ||
      SCOPE_ID.test(e.attribs['id'] ?? '')
    )
      return true;
  }
  return false;
}

/**
 * A lone visible <h1> that is not the site's logo: the headline on most layouts. When the page has
 * a <title> or og:title, an <h1> of a word or two that they do not contain is a section label.
 */
function soleHeadline(ctx: PageContext, reference: string[], siteNames: string[]): HeadingCandidate | null {
  const refs = reference.map(fold);
  const h1s = selectAll(ctx, 'body h1')
    .filter((el) => !withinAny(el, PAGE_FURNITURE) && !isLogoHeading(el))
    .filter((el) => !textLongerThan(el, MAX_HEADING_TEXT))
    .map((el) => ({ el, text: headingText(ctx, el) }))
    .filter(({ text }) => fold(text).length >= 4 && text.length <= 300 && !siteNames.includes(fold(text)) && !NOT_A_HEADLINE.test(text))
    .filter(({ text }) => !(refs.length && isShortLabel(text) && !refs.some((r) => r.includes(fold(text)))));
  if (!h1s.length) return null;
  const scoped = h1s.find(({ el }) => inArticleScope(el)) ?? (h1s.length === 1 ? h1s[0] : null);
  return scoped ? { value: scoped.text, origin: 'h1', raw: scoped.text, el: scoped.el } : null;
}

/** Class words of a site's logo or name in its page header (`site-title`, `logo`, `brand`): data, `logoClassWords`. */
const LOGO_CLASS = new RegExp(headlineData.logoClassWords.map(escapeRegExp).join('|'), 'i');
/** A link to a site's home page: `/`, `./`, `index.html`, or an address with nothing after its host. */
const HOME_HREF = /^(?:\.?\/|\/?index\.\w+|(?:https?:)?\/\/[^/?#]+\/?)$/i;

/**
 * An <h1> that is the site's logo, not a story's headline: it, an element inside it or its parent has a logo class
 * (`<h1 class="site-title">`, `<h1><a class="logo">`, `<div class="brand"><h1>`), or all its text is a link home
 * (`<h1><a href="/">Example Times</a></h1>`). Older themes print it on every page; where no heading names the
 * headline, it was taken for one.
 */
function isLogoHeading(el: Element): boolean {
  const parent = el.parent && isElement(el.parent as AnyNode) ? (el.parent as Element) : null;
  if (
    LOGO_CLASS.test(el.attribs['class'] ?? '') ||
    LOGO_CLASS.test(el.attribs['id'] ?? '') ||
    (parent && LOGO_CLASS.test(parent.attribs['class'] ?? ''))
  )
    return true;
  const links = findAll(el, (c) => c.name === 'a');
  if (findAll(el, (c) => LOGO_CLASS.test(c.attribs['class'] ?? '') || LOGO_CLASS.test(c.attribs['id'] ?? '')).length) return true;
  return (
    links.length === 1 && HOME_HREF.test((links[0]!.attribs['href'] ?? '').trim()) && fold(textContent(links[0]!)) === fold(textContent(el))
  );
}

const MARKUP_TAGS = /<\/?[a-z][^>]*>/gi;

export function readTitle(ctx: PageContext): string | null {
  return readHeadline(ctx).title;
}

/**
 * The headline and the kicker over it, apart. The kicker is the heading's own kicker element, or the
 * words an unmarked kicker adds before the confirmed headline. The title never keeps it: whether a
 * page's title "is" `Kicker: Headline` differs from site to site and from one labelled corpus to the
 * next (measured: gluing it where og:title does gained 5 pages and lost 11), so the two are given
 * as two fields and a consumer may join them.
 */
export function readHeadline(ctx: PageContext): { title: string | null; kicker: string | null } {
  const fromRule = ruleText(ctx, ctx.rule?.fields?.title);
  if (fromRule) return { title: record(ctx, 'title', { value: fromRule, origin: 'site-rule', raw: fromRule }), kicker: null };

  if (ctx.entry) {
    const postTitle = cleanText(ctx.$(ctx.entry).find(POST_TITLE).first().text());
    if (postTitle) return { title: record(ctx, 'title', { value: postTitle, origin: 'listing-first-post', raw: postTitle }), kicker: null };
  }
  const titleTag = cleanText(firstText(ctx, 'head title') || firstText(ctx, 'title'));
  // `ArticleTitle`: the metadata Chinese government portals write by their national standard (with PubDate, ContentSource).
  const metaValue = firstMeta(ctx.meta, ['og:title', 'twitter:title', 'headline', 'title', 'dc.title', 'articletitle']);
  // A template may print markup into the value (`为现代化…力量<div>——热烈祝贺…</div>`): its text is the title.
  const metaText = metaValue?.value.replace(MARKUP_TAGS, ' ');
  const metaTitle = metaValue && metaText !== metaValue.value ? { ...metaValue, value: cleanText(metaText!) } : metaValue;
  const jsonTitle = ctx.jsonld.headline;
  const refs = [titleTag, metaTitle?.value ?? '', jsonTitle ?? ''].filter(Boolean);
  // Title-tag segments after the first, and og:site_name, name the site, never the article; unless that
  // segment is the <title>'s headline (`BAFA - Mineralölstatistik - MineralölINFO November 2021`).
  const titleHeadline = stripSiteSuffix(titleTag);
  const segments = titleSegments(titleTag);
  // Nor the longest segment, of a headline's length, where the <title>'s headline was kept whole around it
  // (`Gregory Szorc's Digital Home | Mercurial's Journey to …`: no segment short enough for a site's name): the heading
  // that says it alone is the headline, not a site heading.
  const longest = widestSegment(segments);
  const headlineSegment = width(longest) > MAX_SITE_WIDTH && titleHeadline.includes(longest) ? longest : null;
  const siteSegments = segments.slice(1).filter((s) => s !== titleHeadline && s !== headlineSegment);
  // The segments after the headline together, too: a site heading may hold a separator (`Mäscot das Schaf – Webcomic`).
  // Only after a headline that opens the <title>: elsewhere the later segments may be the headline's own parts.
  const joinedTail = siteSegments.length > 1 && segments[0] === titleHeadline ? siteSegments.join(' ') : '';
  const siteNames = [...siteSegments, joinedTail, firstMeta(ctx.meta, ['og:site_name'])?.value ?? ''].map(fold).filter(Boolean);

  const heading = headingCandidate(ctx, refs, siteNames) ?? soleHeadline(ctx, refs, siteNames);
  // A lesser heading that is only a piece of the headline og:title and the JSON-LD state together (a teaser's or
  // a section's words) is not the headline: the stated one is.
  const stated = statedHeadline(firstMeta(ctx.meta, ['og:title'])?.value, jsonTitle ?? undefined);
  const fragment =
    !!heading && heading.origin !== 'h1' && !!stated && fold(stated) !== fold(heading.value) && fold(stated).includes(fold(heading.value));
  if (fragment)
    return { title: record(ctx, 'title', { value: stripSiteSuffix(stated!), origin: 'og+json-ld', raw: stated! }), kicker: null };
  if (heading) {
    const tail = confirmedTail(heading.value, refs);
    const headline = withoutEdgeSeparators(withoutSubtitle(withoutEdgeDates(withoutTrailingLine(heading.el, tail, refs), refs), refs));
    const unmarked = tail !== heading.value ? asKicker(cleanText(heading.value.slice(0, tailStart(heading.value, tail)))) : null;
    const own = headingParts(ctx, heading.el).kicker ?? unmarked;
    const above = own ? null : kickerAbove(heading.el);
    const kicker = own ?? above;
    if (kicker) {
      const origin = above ? 'kicker-above' : heading.value === tail ? 'heading-kicker' : 'heading-prefix';
      record(ctx, 'kicker', { value: kicker, origin, raw: above ?? heading.raw });
    }
    const glued = gluedByPublisher(firstMeta(ctx.meta, ['og:title'])?.value, jsonTitle ?? undefined, headline);
    if (glued) return { title: record(ctx, 'title', { value: glued, origin: 'og+json-ld', raw: glued }), kicker };
    return { title: record(ctx, 'title', { ...heading, value: headline }), kicker };
  }
  let shownCache: Set<string> | null = null;
  const shown = (): Set<string> => (shownCache ??= shownTexts(ctx));
  if (jsonTitle)
    return { title: record(ctx, 'title', { value: headlineOfTitle(jsonTitle, shown), origin: 'json-ld', raw: jsonTitle }), kicker: null };
  if (metaTitle) {
    return {
      title: record(ctx, 'title', {
        value: headlineOfTitle(metaTitle.value, shown),
        origin: `meta:${metaTitle.key}`,
        raw: metaTitle.value,
      }),
      kicker: null,
    };
  }
  if (titleTag)
    return { title: record(ctx, 'title', { value: headlineOfTitle(titleTag, shown), origin: 'title-tag', raw: titleTag }), kicker: null };
  return { title: null, kicker: null };
}
