/**
 * Publication and modification dates. Chain: site rule → JSON-LD → <meta>/<time> → the visible
 * info line near the headline → URL → a date shown relative to the capture time the caller gives. A meta date
 * without a time yields to a visible one with a time on the same day (keep the time when shown). Chinese pages without a zone get +08:00, Japanese and Korean +09:00.
 */
import {
  dateFromUrl,
  findDatesInText,
  inOffset,
  languageOffset,
  languageZone,
  normalizeOffset,
  findRelativeDate,
  offsetFromMinutes,
  parseDate,
  type DateOptions,
  type FoundDate,
  type ParsedDate,
} from '../dates/index.js';
import dateOrder from '../data/date-order.json' with { type: 'json' };
import { declaredLocale } from './lang.js';
import type { TextLine } from '../parse/lines.js';
import type { Element } from 'domhandler';
import places from '../data/date-places.json' with { type: 'json' };
import { firstMeta } from '../parse/meta.js';
import { linesBelow, linesNearHeadline, record, ruleText, selectEach, type Candidate, type PageContext } from './context.js';
import { matches } from '../parse/select.js';
import { escapeRegExp } from '../parse/regexp.js';
import { labelBefore } from '../dates/labels.js';
import { inReaderComment, namedAsComments } from './people.js';
import { THREAD_HEADING } from '../prune/threads.js';

const PUBLISHED_META = [
  'article:published_time',
  'og:article:published_time',
  'og:published_time',
  'published_time',
  'datepublished',
  'article.published',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'publishtime',
  'firstpublishedtime',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dcterms.issued',
  'dc.date',
  'dcterms.date',
  'dcterms.created',
  'date',
  'citation_publication_date',
  'og:pubdate',
  'article:create_at',
  // what Chinese portals write for the Weibo and Toutiao (ByteDance) crawlers, and Sohu's
  'weibo: article:create_at',
  'bytedance:published_time',
  'og:release_date',
  'created',
];
/** Of those, the keys that name no publication in particular (`<meta name="date">`): an info line of another day outranks them. */
const WEAK_PUBLISHED_META: ReadonlySet<string> = new Set(['date']);
const MODIFIED_META = [
  'article:modified_time',
  'og:updated_time',
  'datemodified',
  'modified_time',
  'lastmod',
  'last-modified',
  'dc.date.modified',
  'dcterms.modified',
  'article:update_time',
  'weibo: article:update_at',
  'bytedance:updated_time',
];

/** A digit of any script: Arabic, Persian and Hindi pages write their dates in their own (`٥ مارس ٢٠١٢`). */
const ANY_DIGIT = /\p{Nd}/u;
const TWO_DIGITS = /\p{Nd}\p{Nd}/u;

const FOOTER_LINE = /copyright|©|版权|版權|ICP|备案|備案|许可证|許可證/i;
/**
 * Above the headline, a portal header's calendar of the day the page was served: `2024年3月9日 星期六 农历正月廿九`
 * (below it, an info line may give a festival's lunar day beside the article's date).
 */
const CALENDAR_LINE = /农历|農曆|阴历|陰曆/;

/** Java's Date.toString(), found in CMS meta tags: `Mon Aug 03 12:45:00 EDT 2015`. */
const JAVA_DATE = /^[A-Z][a-z]{2} ([A-Z][a-z]{2}) (\d{1,2}) (\d{2}:\d{2}(?::\d{2})?) ([A-Z]{2,5}) (\d{4})$/;

/** Machine-written dates with slashes (`11/01/2023 12:43`) follow the US month-first order. */
function parsed(raw: string | null | undefined, origin: string, offset: string | null): Candidate<ParsedDate> | null {
  if (!raw) return null;
  const normalized = raw.trim().replace(JAVA_DATE, '$1 $2, $5 $3 $4');
  const p = parseDate(normalized, { defaultOffset: offset, dayFirst: false });
  return p ? { value: p, origin, raw } : null;
}

const HEADING_TAGS = new Set(['h1', 'h2', 'h3']);

/**
 * Index of the line holding the headline, or -1: a heading's line first (the same words also stand
 * in breadcrumbs and sub-navigation), then the line that is exactly the title, then one holding it.
 */
export function headlineLineIndex(ctx: PageContext, title: string | null): number {
  if (!title) return -1;
  const holding = ctx.lines.filter((l) => l.text === title || (l.text.length < title.length * 2 && l.text.includes(title)));
  const line = holding.find((l) => HEADING_TAGS.has(l.block.name)) ?? holding.find((l) => l.text === title) ?? holding[0];
  return line ? line.index : -1;
}

/**
 * A line whose dates belong to something else than the article: a photo caption or a box of related
 * or latest articles (one that does not hold the headline: wrappers are called `has-sidebar` too), or
 * a list item led by another article's headline (`<li><a>Mayor opens new library …</a> 17:42</li>`).
 */
function notTheArticles(ctx: PageContext, line: TextLine, headline: TextLine | null): boolean {
  const block = ctx.$(line.block);
  if (headline) {
    const boxes = block
      .parents()
      .addBack()
      .toArray()
      .filter((el) => matches(el as Element, places.notTheArticle));
    if (boxes.some((box) => box !== headline.block && !ctx.$(box).find(headline.block).length)) return true;
  }
  if (inDatedFeed(ctx, line.block)) return true;
  const item = block.closest('li')[0] as Element | undefined;
  if (!item) return false;
  if (ledByHeadline(ctx, item)) return true;
  // A short headline (`春季招聘会举行`) in a list whose other items are led by headlines is one of them too.
  const list = item.parent as Element | null;
  return !!list && listLedByHeadlines(ctx, list) && ctx.$(item).find('a').length > 0;
}

/** How far up from a dated line an entry of a feed may begin, and how many dated entries make one. */
const FEED_DEPTH = 4;
const FEED_ENTRIES = 3;
/** An entry is led by its stamp: its date or time within this many characters of its start. */
const ENTRY_HEAD = 40;
// (the entry's text is read glued to what follows its stamp: `10.45 GMTThe council…`)
const CLOCK_AT_HEAD = /^\s*\d{1,2}(?::\d{2}|h\d{2}|\.\d{2}(?=\s?(?:[AaPp]\.?[Mm]|[Uu]hr|uur|[A-Z]{3,4}(?![a-z]))))/;

/**
 * A line inside an entry of a live blog or ticker (`<div class="liveblog-entry"><time>10:45 AM</time><p>…`): one of
 * three or more sibling elements of one tag and class, each led by a date or a time of its own. Those stamp the
 * entries, newest first, and not the page, which is dated by its header (or its URL).
 */
function inDatedFeed(ctx: PageContext, block: Element): boolean {
  let el: Element | null = block;
  for (let depth = 0; el && depth < FEED_DEPTH; depth++, el = el.parent as Element | null) {
    if (el.type !== 'tag' || el.name === 'body' || el.name === 'html') return false;
    const entry = el;
    if (entry.attribs['class'] && perPage(feedVerdicts, ctx, entry, () => isDatedFeedEntry(ctx, entry))) return true;
  }
  return false;
}
const feedVerdicts = new WeakMap<PageContext, Map<Element, boolean>>();

function isDatedFeedEntry(ctx: PageContext, entry: Element): boolean {
  const parent = entry.parent as Element | null;
  if (parent?.type !== 'tag') return false;
  const kind = (el: Element): string => `${el.name}.${el.attribs['class'] ?? ''}`;
  const siblings = parent.children.filter((c) => c.type === 'tag' && kind(c as Element) === kind(entry)) as Element[];
  if (siblings.length < FEED_ENTRIES || ctx.$(entry).find('h1').length) return false;
  let dated = 0;
  for (const sibling of siblings) {
    const head = ctx.$(sibling).text().replace(/\s+/g, ' ').trim().slice(0, ENTRY_HEAD);
    const date = findDatesInText(head)[0];
    if (CLOCK_AT_HEAD.test(head) || (date && date.index < ENTRY_HEAD / 2)) dated++;
    if (dated >= FEED_ENTRIES) return true;
  }
  return false;
}

/** A verdict on an element, kept per page so that it is reached once, however many dated lines ask for it. */
function perPage(store: WeakMap<PageContext, Map<Element, boolean>>, ctx: PageContext, el: Element, decide: () => boolean): boolean {
  let seen = store.get(ctx);
  if (!seen) store.set(ctx, (seen = new Map()));
  let verdict = seen.get(el);
  if (verdict === undefined) seen.set(el, (verdict = decide()));
  return verdict;
}

/** Per page, whether a list holds an item led by another article's headline (once per list, not per dated line). */
const listVerdicts = new WeakMap<PageContext, Map<Element, boolean>>();

function listLedByHeadlines(ctx: PageContext, list: Element): boolean {
  return perPage(listVerdicts, ctx, list, () =>
    list.children.some((child) => (child as Element).name === 'li' && ledByHeadline(ctx, child as Element)),
  );
}

/** Per page, whether a list item holds another article's headline link (the verdict depends on the item alone). */
const ledVerdicts = new WeakMap<PageContext, Map<Element, boolean>>();

/** Is this list item led by another article's headline: a link of a few words that holds no date? */
function ledByHeadline(ctx: PageContext, item: Element): boolean {
  // Once per list item: many dated lines in one huge item (duplicated markup) re-read all its links per line.
  return perPage(ledVerdicts, ctx, item, () =>
    ctx
      .$(item)
      .find('a')
      .toArray()
      .some((a) => {
        const text = ctx.$(a).text().trim();
        if (findDatesInText(text).length) return false;
        return (
          text.split(/\s+/).length >= places.headlineLinkWords || (text.match(/\p{Script=Han}/gu)?.length ?? 0) >= places.headlineLinkHan
        );
      }),
  );
}

/** A paragraph longer than this is text, not an info line; only a dateline at its head counts. */
const MAX_INFO_LINE = 300;
/** An info line's relative date (`3小时前`, `2 hours ago`) sits on a short line; a longer one is a sentence. */
const MAX_RELATIVE_LINE = 80;
const DATELINE_HEAD = 40;

/**
 * Dates on the lines around the headline. Those at the head of a long paragraph (`01.02.2022 „Der
 * Arbeitsmarkt …`, `Berlin, 01.02.2022 – …`) are datelines: kept apart as the last resort.
 */
function visibleDates(ctx: PageContext, headline: number, opts: DateOptions, datesOn: LineDates) {
  const lines = headline >= 0 ? linesNearHeadline(ctx, headline) : ctx.lines;
  const headlineLine = headline >= 0 ? (ctx.lines[headline] ?? null) : null;
  type LineDate = FoundDate & { line: TextLine };
  const found: LineDate[] = [];
  // Dates in captions and lists of other articles: the page's date only when nothing better dates it.
  const elsewhere: LineDate[] = [];
  const datelines: LineDate[] = [];
  // Dates of readers' comments: a comment is written after the article, often the same day; they date a page that
  // shows no other date, and nothing else.
  const comments: LineDate[] = [];
  let inThread = false;
  for (const line of lines) {
    // Below the headline, a reader-comment thread's heading (`3 thoughts on "…"`, `Kommentare (12)`) ends the
    // article: the dates after it are the comments' (`March 7, 2012 at 9:14 am`), on a short post within the window.
    if (headline >= 0 && line.index > headline && THREAD_LINE_TAGS.has(line.block.name) && THREAD_HEADING.test(line.text)) inThread = true;
    if (FOOTER_LINE.test(line.text) || !ANY_DIGIT.test(line.text)) continue;
    if (inThread || inCommentThread(ctx, line)) {
      if (line.text.length <= MAX_INFO_LINE) comments.push(...datesOn(line).map((d) => ({ ...d, line })));
      continue;
    }
    if (line.index < headline && CALENDAR_LINE.test(line.text)) continue;
    if (line.text.length <= MAX_INFO_LINE) {
      const dates = datesOn(line).length ? datesOn(line) : (labelledBelowCell(ctx, line, opts) ?? calendarTile(ctx, line, opts));
      if (!dates.length) continue;
      const target = notTheArticles(ctx, line, headlineLine) ? elsewhere : found;
      for (const d of dates)
        (inProse(line.text, d) ? elsewhere : target).push({ ...withTimeBelow(ctx, line, withLabelAbove(ctx, line, d), opts), line });
    } else if (headline >= 0) {
      const head = findDatesInText(line.text.slice(0, DATELINE_HEAD), opts)[0];
      if (head) datelines.push({ ...head, line });
    }
  }
  return { found, elsewhere, datelines, comments };
}

/** A part of a calendar tile is this short: `Mar`, `05`, `2012`, `Sept.`. */
const TILE_PART = 6;

/**
 * A blog theme's calendar tile: the month, the day and the year each in a box of its own, one per line (`<div
 * class="month">Mar</div><div class="day">5</div><div class="year">2012</div>`), read as one date when three short
 * lines in a row are one, a month name among them (three bare numbers are counters as often).
 */
function calendarTile(ctx: PageContext, line: TextLine, opts: DateOptions): FoundDate[] {
  if (line.text.length > TILE_PART) return [];
  for (let start = line.index - 2; start <= line.index; start++) {
    const parts = ctx.lines.slice(Math.max(0, start), start + 3);
    if (start < 0 || parts.length < 3 || parts.some((p) => p.text.length > TILE_PART)) continue;
    const joined = parts.map((p) => p.text).join(' ');
    if (!/\p{L}/u.test(joined)) continue;
    const dates = findDatesInText(joined, opts);
    if (dates.length === 1 && dates[0]!.index === 0 && dates[0]!.raw.length >= joined.length - 1) return [{ ...dates[0]!, index: 0 }];
  }
  return [];
}

/** Elements that print a comment thread's heading. */
const THREAD_LINE_TAGS = new Set(['h2', 'h3', 'h4', 'h5', 'h6']);

/** A line of a reader's comment (people.ts inReaderComment): its date is never the article's. Once per block. */
function inCommentThread(ctx: PageContext, line: TextLine): boolean {
  return perPage(commentVerdicts, ctx, line.block, () => inReaderComment(line.block));
}
const commentVerdicts = new WeakMap<PageContext, Map<Element, boolean>>();

/**
 * A date inside a sentence (`…, который Верховная Рада приняла 13 декабря 2022 года.`, `ZdK-Generalsekretär ist seit
 * 1. Januar 2020 Marc Frings, …`): unlabelled, after a few words of a line that reads as prose (many words, closed by
 * a full stop, perhaps then an agency's credit), it is an event the text tells of, not the info line's.
 */
function inProse(text: string, d: FoundDate): boolean {
  if (d.label) return false;
  // The part of the line the date stands in: info lines join their parts with bars and bullets
  // (`By Ela on 31. October, 2023 | 18 Comments. This post may contain affiliate links…`).
  const start = Math.max(...[...INFO_PART_MARKS].map((m) => text.lastIndexOf(m, d.index))) + 1;
  const ends = [...INFO_PART_MARKS].map((m) => text.indexOf(m, d.index + d.raw.length)).filter((i) => i >= 0);
  const part = text.slice(start, ends.length ? Math.min(...ends) : text.length);
  const before = text.slice(start, d.index);
  return before.split(/\s+/).filter(Boolean).length >= WORDS_BEFORE && SENTENCE_END.test(part) && part.split(/\s+/).length >= PROSE_WORDS;
}
const INFO_PART_MARKS = '|｜•·';
const PROSE_WORDS = 10;
const WORDS_BEFORE = 3;
const SENTENCE_END = /[.。!?！？]["”»」]?\s*(?:[(（][^()（）]{1,20}[)）])?\s*$/u;

/** A month and day without a year, and a time: `03-05 10:21`, `3月5日 10:21`. */
const DAY_WITHOUT_YEAR = /(?<![\d:/.年-])(\d{1,2})[-/.月](\d{1,2})日?\s*(\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)(?!\d)/u;

/** The time the info line shows beside this day, written without its year; null when it shows none. */
function timeOfDayShown(ctx: PageContext, headline: number, day: ParsedDate): string | null {
  const [month, date] = [Number(day.iso.slice(5, 7)), Number(day.iso.slice(8, 10))];
  for (const line of linesBelow(ctx, headline, 5)) {
    const m = line.text.length <= MAX_INFO_LINE ? DAY_WITHOUT_YEAR.exec(line.text) : null;
    if (m && Number(m[1]) === month && Number(m[2]) === date) return m[3]!.replace(/：/g, ':');
  }
  return null;
}

const DATELINE_DAY = new RegExp(places.datelineDay, 'u');
const COPYRIGHT_LINE = /©|copyright|\(c\)|版权所有|版權所有/i;

/**
 * The day a dateline opening the story gives without its year (`新华社北京3月5日电（记者 王泽宇）`), in the year of the
 * capture (the last one not after it), else of the page's copyright line: a sidebar's date is no stand-in for it.
 */
function datelineDay(ctx: PageContext, headline: number, capturedAt: number | null, offset: string | null): Candidate<ParsedDate> | null {
  for (const line of linesBelow(ctx, headline, 15)) {
    const m = DATELINE_DAY.exec(line.text.slice(0, DATELINE_HEAD));
    if (!m) continue;
    const [month, day] = [Number(m[1]), Number(m[2])];
    const captured = capturedAt === null ? null : new Date(capturedAt);
    const year = captured
      ? captured.getUTCFullYear() - (month * 100 + day > (captured.getUTCMonth() + 1) * 100 + captured.getUTCDate() + 1 ? 1 : 0)
      : Math.max(
          0,
          ...ctx.lines
            .filter((l) => l.text.length <= 200 && COPYRIGHT_LINE.test(l.text))
            .flatMap((l) => (l.text.match(/(?<!\d)(?:19|20)\d{2}(?!\d)/g) ?? []).map(Number)),
        );
    if (!year) return null;
    const iso = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    return parsed(iso, captured ? 'dateline+capture-year' : 'dateline+copyright-year', offset);
  }
  return null;
}

const MONTH_FIRST_LOCALES: ReadonlySet<string> = new Set(dateOrder.monthFirstLocales);
const SHORT_YEAR_FIRST: ReadonlySet<string> = new Set(dateOrder.shortYearFirstLanguages);

/**
 * How the page writes an ambiguous numeric date (`05/03/2022`): month first (false) on an English page that declares a
 * locale that does (`en-US`: src/data/date-order.json), or that declares `en` alone and does not show itself writing
 * day first (pageWritesDayFirst): US usage is what `en` without a region most often means. Else undecided (the date
 * reader's default, day first, unless the line's own month-name dates, a US zone or a weekday say otherwise).
 */
function numericOrder(ctx: PageContext, lang: string | null, pageUrl: string | null): boolean | undefined {
  const locale = lang === 'en' ? declaredLocale(ctx) : null;
  if (!locale) return undefined;
  if (MONTH_FIRST_LOCALES.has(locale)) return false;
  return locale === 'en' && !pageWritesDayFirst(ctx, pageUrl) ? false : undefined;
}

/** Whether a hyphenated `12-03-05` may be read year first: unless the page's language is known to write the year last. */
function shortYearFirst(lang: string | null): boolean | undefined {
  return lang && !SHORT_YEAR_FIRST.has(lang) ? false : undefined;
}

const SLASH_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4}|\d{2})(?![\d/])/g;
const EN_MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?';
const NAMED_DAY_FIRST = new RegExp(`(?<![\\d:])\\d{1,2}(?:st|nd|rd|th)?\\.?\\s(?:of\\s)?${EN_MONTH},?\\s\\d{4}(?!\\d)`, 'gi');
const NAMED_MONTH_FIRST = new RegExp(`(?<![a-z])${EN_MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}(?!\\d)`, 'gi');
/** Lines read for the order the page writes dates in: enough for its info line, rails, comments and footer. */
const ORDER_LINES = 1500;

/**
 * Whether an English page shows that it writes dates day first: its numeric dates with a day above 12 in front
 * (`25/03/2012` in a comment, a rail) or month-name dates day first (`5 March 2012`) outnumber those month first
 * (`03/25/2012`, `March 5, 2012`), or its URL's day read day first is its ambiguous date (`/2012/05/03/` beside `03/05/2012`).
 */
function pageWritesDayFirst(ctx: PageContext, pageUrl: string | null): boolean {
  const url = pageUrl ? dateFromUrl(pageUrl) : null;
  const [uy, um, ud] = url ? url.iso.split('-').map(Number) : [];
  let dayFirst = 0;
  let monthFirst = 0;
  for (const line of ctx.lines.slice(0, ORDER_LINES)) {
    if (!ANY_DIGIT.test(line.text)) continue;
    for (const m of line.text.matchAll(SLASH_DATE)) {
      const [a, b, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
      if (a > 12 && b <= 12) dayFirst++;
      else if (b > 12 && a <= 12) monthFirst++;
      else if (url && a !== b && (y === uy || y === uy! % 100)) {
        if (a === ud && b === um) dayFirst++;
        else if (a === um && b === ud) monthFirst++;
      }
    }
    dayFirst += line.text.match(NAMED_DAY_FIRST)?.length ?? 0;
    monthFirst += line.text.match(NAMED_MONTH_FIRST)?.length ?? 0;
  }
  return dayFirst > monthFirst;
}

/** A line that is only a label and its colon: `发布日期：`, `Datum:` (a table cell, the date in the next). */
const LABEL_CELL = /^[\p{L} ]{1,12}[:：]$/u;

/**
 * A date opening its line, whose label stands alone on the line before it (`<td>发布日期：</td><td>2024-03-05</td>`,
 * the metadata tables of government portals): that label.
 */
function withLabelAbove(ctx: PageContext, line: TextLine, d: FoundDate): FoundDate {
  const prev = ctx.lines[line.index - 1];
  if (d.label || d.index > 0 || !prev || !LABEL_CELL.test(prev.text)) return d;
  const label = findDatesInText(`${prev.text}${d.raw}`)[0]?.label;
  return label ? { ...d, label } : d;
}

/**
 * A date that needs its label to count (`113-03-05`, `24-03-05`: weak alone), in the cell after a label cell
 * (`<th>發布日期：</th><td>113-03-05</td>`): read with that label.
 */
function labelledBelowCell(ctx: PageContext, line: TextLine, opts: DateOptions): FoundDate[] | null {
  const prev = ctx.lines[line.index - 1];
  if (!prev || !LABEL_CELL.test(prev.text) || line.text.length > 40) return null;
  const found = findDatesInText(`${prev.text}${line.text}`, opts).filter((d) => d.label && d.index === prev.text.length);
  return found.length ? found.map((d) => ({ ...d, index: 0 })) : null;
}

/** A line that holds nothing but a time of day, perhaps with its unit or half of the day: `10:21`, `10:21:33`, `10:21 Uhr`, `10:21 AM`. */
const TIME_ONLY = /^\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?:\s?(?:Uhr|uur|h|hs|[AaPp]\.?\s?[Mm]\.?))?$/;

/**
 * A day whose time stands in the block below it (`<div class="date">2024-03-05</div><div class="time">10:21</div>`),
 * or above it: the two read together.
 */
function withTimeBelow(ctx: PageContext, line: TextLine, d: FoundDate, opts: DateOptions): FoundDate {
  if (d.parsed.hasTime) return d;
  // Or above it, when the date opens its line: `<div class="time">10:30</div><div class="date">2024-03-05</div>` (not the
  // time below another day: `2024-03-04`, `10:30`, `2024-03-05` in a list).
  const next = ctx.lines[line.index + 1];
  const prev = d.index === 0 ? ctx.lines[line.index - 1] : undefined;
  const timeAbove =
    prev && TIME_ONLY.test(prev.text) && !findDatesInText(ctx.lines[prev.index - 1]?.text ?? '', opts).length ? prev : undefined;
  const time = next && TIME_ONLY.test(next.text) ? next : timeAbove;
  if (!time) return d;
  const joined = findDatesInText(`${d.raw} ${time.text}`, opts)[0];
  return joined?.parsed.hasTime ? { ...d, parsed: joined.parsed } : d;
}

/** The dates of a line's whole text (findDatesInText with the page's offset and order of numeric dates). */
type LineDates = (line: TextLine) => FoundDate[];

/**
 * LineDates read once per line: the info lines and loneDate's passes (published, stray, modified) read the same
 * short lines. The dates are shared, never changed (readers copy a date to add to it).
 */
function lineDatesOnce(opts: DateOptions): LineDates {
  const read = new Map<TextLine, FoundDate[]>();
  return (line) => {
    let dates = read.get(line);
    if (!dates) read.set(line, (dates = findDatesInText(line.text, opts)));
    return dates;
  };
}

/** Far from the headline, only a date standing alone on a short line is taken as the page's date. */
function loneDate(ctx: PageContext, datesOn: LineDates, want: 'published' | 'modified', stray = false) {
  for (const line of ctx.lines) {
    if (line.text.length > 60 || !TWO_DIGITS.test(line.text) || FOOTER_LINE.test(line.text)) continue;
    const found = datesOn(line);
    const only = found.length === 1 ? found[0]! : null;
    // A list of other articles dates them; it stands in (`stray`) only for a page with no date of its own.
    if (!only || (!stray && notTheArticles(ctx, line, null)) || inCommentThread(ctx, line)) continue;
    // A labelled date (`veröffentlicht 28.01.2022`, `Aktualisiert: 30.12.2016`) or a date alone.
    const labelled = only.label === want;
    const alone =
      want === 'published' && !only.label && line.text.replace(only.raw, '').replace(/[\s|｜:：()（）[\]【】-]/g, '').length <= 6;
    if (labelled || alone) return { ...only, line };
  }
  return undefined;
}

/** The date of the first reader's comment anywhere on the page, standing alone on a short line (`18. 05. 2014 22:38`). */
function firstCommentDate(ctx: PageContext, datesOn: LineDates): FoundDate | undefined {
  for (const line of ctx.lines) {
    if (line.text.length > 60 || !TWO_DIGITS.test(line.text) || !inCommentThread(ctx, line)) continue;
    const found = datesOn(line);
    if (found.length === 1 && !found[0]!.label) return found[0];
  }
  return undefined;
}

/**
 * A `<time>` that dates another text: a related post's (`<div class="related-inner">…<time>`), a reader's
 * comment, a caption, a live blog's entry; as for visible lines, a box that holds the page's <h1> is not such a box. Measured: the
 * first `article time` was a related post's or a comment's on 3 corpus pages of 3 hosts.
 */
function datesAnotherText(ctx: PageContext, el: Element, verdicts: Map<Element, boolean>): boolean {
  // (a live blog's entries stamp themselves with `<time datetime>` too)
  if (inDatedFeed(ctx, el)) return true;
  // Another story's teaser: a list item led by its headline link (`<li><a>Farmers ask…</a> <time …>`).
  const item = ctx.$(el).closest('li')[0] as Element | undefined;
  if (item && ledByHeadline(ctx, item)) return true;
  for (let node = el.parent; node && node.type === 'tag'; node = node.parent) {
    const box = node as Element;
    if (box.name === 'body') return false;
    // Once per box: a page may hold thousands of <time> elements in one large box.
    let other = verdicts.get(box);
    if (other === undefined) {
      // A comment thread's box is below <body> (WordPress writes `comments-open` on <body> itself: the loop stops there).
      other = (namedAsComments(box) || matches(box, places.notTheArticle)) && !ctx.$(box).find('h1').length;
      verdicts.set(box, other);
    }
    if (other) return true;
  }
  return false;
}

/**
 * Publication dates that apps keep in embedded JSON or script variables: `"publishedDate":"2016-11-04T20:37:27Z"`,
 * `var publishTime = "2024-03-05 10:20:33"`, `{ptime: '2024-03-05 10:20'}`, `pubtime = 1709605293000` (a Unix
 * timestamp; Chinese portals print the day and keep the time there), WeChat's `var ct = "1709605293"` (its creation
 * time, which its script prints as the publication). The keys: `scriptKeys` in src/data/date-places.json.
 */
const SCRIPT_DATE = new RegExp(
  `(?<![\\w$])["']?(?:${places.scriptKeys.map(escapeRegExp).join('|')})["']?\\s*[:=]\\s*(?:["']([^"'\\n]{8,40})["']|(\\d{13}|\\d{10})(?!\\d))`,
  'g',
);

/** Objects whose dates are another text's: the claim a fact-check reviews, the work a review rates. */
const OTHER_TEXT_KEY = /"(?:itemReviewed|claimReviewed|appearance|firstAppearance|isBasedOn)"\s*:\s*\[?\s*$/;

/** Is this offset inside an object opened right after an `itemReviewed` key? */
function insideOtherText(text: string, index: number): boolean {
  let depth = 0;
  for (let i = index - 1; i >= 0; i--) {
    const ch = text[i];
    if (ch === '}') depth++;
    else if (ch === '{') {
      if (depth === 0) {
        if (OTHER_TEXT_KEY.test(text.slice(Math.max(0, i - 40), i))) return true;
      } else depth--;
    }
  }
  return false;
}

/** The first publication date in embedded JSON that is the page's own (not a reviewed claim's). */
function scriptDate(ctx: PageContext, offset: string | null): Candidate<ParsedDate> | null {
  let day: Candidate<ParsedDate> | null = null;
  for (const el of selectEach(ctx, 'script:not([src])')) {
    const text = ctx.$(el).text();
    for (const m of text.matchAll(SCRIPT_DATE)) {
      if (insideOtherText(text, m.index)) continue;
      const found = m[1] ? parsed(m[1], 'script-json', offset) : parsed(m[2], 'script-timestamp', offset);
      if (!found) continue;
      // A day alone (WeChat's `publish_time = "2024-03-05"`) gives way to an instant of that day the page keeps
      // beside it (`ct = "1709605293"`).
      if (!day) {
        if (found.value.hasTime) return found;
        day = found;
      } else if (found.value.hasTime && dayNumber(found.value) === dayNumber(day.value)) return found;
    }
  }
  return day;
}

/** An element that holds a Unix timestamp and nothing else, named as a time: `<textarea class="article-time">1709605293000</textarea>`. */
const TIMESTAMP_ONLY = /^\s*(\d{13}|\d{10})\s*$/;
const TIME_NAMED = '[class*="time" i], [id*="time" i], [class*="date" i], [id*="date" i]';

/**
 * The timestamp a page keeps in an element of its own for its script to format (环球网's hidden
 * `<textarea class="article-time">`): the last resort, below the script variables.
 */
function elementTimestamp(ctx: PageContext, offset: string | null): Candidate<ParsedDate> | null {
  for (const el of selectEach(ctx, TIME_NAMED, 200)) {
    const only = el.children.length === 1 ? el.children[0]! : null; // a text alone: no walk of a large container
    const m = only?.type === 'text' ? TIMESTAMP_ONLY.exec((only as unknown as { data: string }).data) : null;
    if (m) return parsed(m[1], 'element-timestamp', offset);
  }
  return null;
}

const atMidnight = (d: ParsedDate): boolean => d.hasTime && d.iso.slice(11, 19) === '00:00:00';

function dayNumber(d: ParsedDate): number {
  return Date.parse(`${d.iso.slice(0, 10)}T00:00:00Z`) / 86_400_000;
}

/**
 * The visible date wins when it adds the time to the same day, or when it is one day off a
 * structured instant: that instant is then in another zone (often UTC) than the page's readers,
 * or the structured date is the day of a later edit. Captions and lists of other articles never
 * get here (see notTheArticles).
 */
function visibleRefines(structured: ParsedDate, visible: ParsedDate, besideHeadline: boolean): boolean {
  const gap = Math.abs(dayNumber(structured) - dayNumber(visible));
  // A structured time of midnight on the day is a date without one (`2022-01-28 00:00:00`).
  if (gap === 0) return (!structured.hasTime || atMidnight(structured)) && visible.hasTime && !atMidnight(visible);
  // Another day only from the info line beside the headline: with no headline found, the first date of the page
  // may be anything's.
  return gap === 1 && structured.hasTime && besideHeadline;
}

/**
 * A structured instant written in the zone of the time the page shows for it: JSON-LD's `2023-07-21T01:31:41Z`
 * beside a shown `2023-07-21 09:31` is `2023-07-21T09:31:41+08:00` — the same instant, as the page's readers see
 * it (and a shown time without a zone gains one). Null unless the shown wall time is the instant in some whole
 * quarter-hour offset (to the minute), so a time of anything else never moves it.
 */
function inShownZone(structured: ParsedDate, shown: ParsedDate, stated: ReadonlySet<string>): ParsedDate | null {
  if (!structured.hasTime || !structured.hasZone || !shown.hasTime || shown.hasZone) return null;
  const instant = Date.parse(structured.iso);
  const wall = Date.parse(`${shown.iso.slice(0, 16)}:00Z`);
  if (Number.isNaN(instant) || Number.isNaN(wall)) return null;
  const minutes = Math.floor((wall - Math.floor(instant / 60_000) * 60_000) / 60_000);
  const offset = Math.round(minutes / 15) * 15;
  if (offset === 0 || minutes !== offset || offset < -720 || offset > 840) return null;
  const zone = offsetFromMinutes(offset);
  // Only a zone the page states elsewhere: a 12-hour clock read as 24 (`5:09` for 17:09) gives a zone too.
  return stated.has(zone) ? inOffset(structured.iso, zone) : null;
}

const ZONE_AT_END = /[+-]\d\d:?\d\d$/;
/** An instant written in UTC: `…Z`, `…+00:00`. */
const UTC_END = /(?:Z|[+-]00:?00)$/;

/** The UTC offsets the page's machine-written dates state (`…+02:00`), and the default one (Chinese pages: +08:00). */
function statedOffsets(ctx: PageContext, defaultOffset: string | null): Set<string> {
  const zones = new Set<string>(defaultOffset ? [defaultOffset] : []);
  const values = [
    ctx.jsonld.datePublished,
    ctx.jsonld.dateModified,
    firstMeta(ctx.meta, PUBLISHED_META)?.value,
    firstMeta(ctx.meta, MODIFIED_META)?.value,
  ];
  for (const el of selectEach(ctx, 'time[datetime]', 20)) values.push(el.attribs['datetime']);
  for (const v of values) {
    const zone = v ? normalizeOffset(ZONE_AT_END.exec(v.trim())?.[0] ?? '') : null;
    if (zone && zone !== 'Z') zones.add(zone);
  }
  return zones;
}

/**
 * The machine-readable instant of a `<time datetime>` on the info line, the lines just below the headline (also
 * outside an `<article>` or `<header>`: `<div class="info"><time datetime="2024-03-05T10:21:33+08:00">2024-03-05`).
 */
function infoLineTime(ctx: PageContext, headline: number): string | undefined {
  for (const line of linesBelow(ctx, headline, 5)) {
    if (inDatedFeed(ctx, line.block)) continue;
    const el = line.block.name === 'time' ? line.block : (ctx.$(line.block).find('time[datetime]')[0] as Element | undefined);
    const value = el?.attribs['datetime'];
    if (value) return value;
  }
  return undefined;
}

/** `<time>` elements that date the article: marked as its publication, or in its header, heading or body. */
const TIME_SELECTOR = 'time[pubdate][datetime], article time[datetime], header time[datetime], h1 time[datetime], relative-time[datetime]';

/**
 * A publication day the page also declares with its time elsewhere in its markup (`<meta itemprop="datePublished"
 * content="2024-05-10">` beside `<div itemprop="datePublished" content="2024-05-10T01:11:46+03:00">`, a JSON-LD
 * `"datePublished": "2022-02-03"` beside `article:published_time`, an info line's `<time datetime="11.11.2021 18:00">`):
 * that instant. Measured: 5 corpus pages of 4 hosts gain their time, no day changes.
 */
function withDeclaredTime(
  ctx: PageContext,
  day: Candidate<ParsedDate>,
  timeEl: string | undefined,
  offset: string | null,
): Candidate<ParsedDate> {
  const values: [string, string][] = [];
  if (ctx.jsonld.datePublished) values.push([ctx.jsonld.datePublished, 'json-ld']);
  // (a few values per key: a hostile page may repeat a meta tag thousands of times)
  for (const key of PUBLISHED_META) for (const v of (ctx.meta.get(key) ?? []).slice(0, 5)) values.push([v, `meta:${key}`]);
  if (timeEl) values.push([timeEl, 'time-element']);
  for (const [raw, origin] of values) {
    const c = parsed(raw, origin, offset);
    if (c?.value.hasTime && !atMidnight(c.value) && dayNumber(c.value) === dayNumber(day.value)) return c;
  }
  // A script's time of that day (`var publishTime = "2024-03-05 10:30:00"` beside `<meta name="publishdate" content="2024-03-05">`).
  const script = scriptDate(ctx, offset);
  if (script?.value.hasTime && !atMidnight(script.value) && dayNumber(script.value) === dayNumber(day.value)) return script;
  return day;
}

/**
 * The relative date of the first short line around the headline that shows one (see dates/relative.ts): the
 * publication's (unlabelled or labelled so), or with `want: 'modified'` the update's (`Updated 45 mins ago`).
 */
function relativeNearHeadline(
  ctx: PageContext,
  headline: number,
  lang: string | null,
  capturedAt: number,
  want: 'published' | 'modified',
): Candidate<ParsedDate> | null {
  const lines = headline >= 0 ? linesNearHeadline(ctx, headline) : ctx.lines.slice(0, 30);
  const clock = { offset: languageOffset(lang), zone: languageZone(lang) };
  for (const line of lines) {
    if (line.text.length > MAX_RELATIVE_LINE || line.index === headline) continue;
    const found = findRelativeDate(line.text, capturedAt, clock, lang);
    if (!found) continue;
    const label = labelBefore(line.text, found.index, 0) ?? 'published';
    if (label === want) return { value: found.parsed, origin: 'relative-to-capture', raw: line.text };
  }
  return null;
}

/**
 * Whether a short line around the headline, not a sentence, shows a date relative to when the page was served
 * (`30分钟前`, `昨天 10:21`, `2 hours ago`): the page then has a date of its own, whether or not a capture time is
 * known to resolve it.
 */
function showsRelativeDate(ctx: PageContext, headline: number, lang: string | null): boolean {
  const lines = headline >= 0 ? linesNearHeadline(ctx, headline) : ctx.lines.slice(0, 30);
  const clock = { offset: languageOffset(lang), zone: languageZone(lang) };
  return lines.some(
    (line) =>
      line.text.length <= MAX_RELATIVE_LINE &&
      line.index !== headline &&
      !SENTENCE_END.test(line.text) &&
      findRelativeDate(line.text, Date.now(), clock, lang) !== null,
  );
}

export function readDates(
  ctx: PageContext,
  title: string | null,
  lang: string | null,
  capturedAt: number | null = null,
): { date: string | null; dateModified: string | null } {
  // A time written without an offset is in the language's fixed national one (Chinese +08:00, Japanese and Korean
  // +09:00: src/data/date-zones.json), else none: no offset is invented.
  const offset = languageOffset(lang);
  const rule = ruleText(ctx, ctx.rule?.fields?.date);
  const meta = firstMeta(ctx.meta, PUBLISHED_META);
  const boxVerdicts = new Map<Element, boolean>();
  let timeEl: string | undefined;
  for (const el of selectEach(ctx, TIME_SELECTOR)) {
    if (datesAnotherText(ctx, el, boxVerdicts)) continue;
    timeEl = el.attribs['datetime'];
    break;
  }
  const headline = headlineLineIndex(ctx, title);

  const firstDeclared =
    parsed(rule, 'site-rule', offset) ??
    parsed(ctx.jsonld.datePublished, 'json-ld', offset) ??
    parsed(meta?.value, `meta:${meta?.key}`, offset) ??
    parsed(timeEl, 'time-element', offset);
  const declared = firstDeclared && !firstDeclared.value.hasTime ? withDeclaredTime(ctx, firstDeclared, timeEl, offset) : firstDeclared;

  // The page's own URL: given by the caller, else its canonical link or og:url.
  const pageUrl = ctx.url ?? ctx.$('link[rel="canonical"]').attr('href') ?? firstMeta(ctx.meta, ['og:url'])?.value ?? null;
  const shownOpts: DateOptions = {
    defaultOffset: offset,
    dayFirst: numericOrder(ctx, lang, pageUrl),
    shortYearFirst: shortYearFirst(lang),
    eraInitials: lang === 'ja',
  };
  const datesOn = lineDatesOnce(shownOpts);
  const { found: visible, elsewhere, datelines, comments } = visibleDates(ctx, headline, shownOpts, datesOn);
  // Of the labelled dates, one that gives the same day its time (a metadata table's `发布日期：2023年07月21日` above
  // the headline, the info line's `发布时间：2023-07-21 09:31` below it).
  const labelled = visible.find((d) => d.label === 'published');
  const published =
    (labelled && !labelled.parsed.hasTime
      ? visible.find(
          (d) =>
            (d.label === 'published' || d.label === undefined) && d.parsed.hasTime && dayNumber(d.parsed) === dayNumber(labelled.parsed),
        )
      : undefined) ??
    labelled ??
    visible.find((d) => d.label === undefined) ??
    (headline >= 0 ? loneDate(ctx, datesOn, 'published') : undefined) ??
    // A reprint that shows only its source article's date is dated by it, rather than not at all.
    visible.find((d) => d.label === 'original') ??
    datelines.find((d) => d.label !== 'modified');
  const structured =
    declared ??
    // A `<time datetime>` on the info line outside any <article> or <header>, when the line shows no date we read
    // (`<time datetime="2024-03-05 10:21"><span>10:21</span><span>2024/03/05</span></time>`, or words only); where it
    // shows one, that is the publication (CBC's element holds the last update beside `Posted: Oct 14, 2022 9:27 AM`).
    (!visible.length && headline >= 0 ? parsed(infoLineTime(ctx, headline), 'time-element:info-line', offset) : null) ??
    scriptDate(ctx, offset) ??
    elementTimestamp(ctx, offset);
  const fromUrl = pageUrl ? dateFromUrl(pageUrl) : null;
  // A caption's or a sidebar's date stands in only for a page with no other date (its URL's included), nor an update
  // time shown beside the headline (`Updated 10:21 AM EST, Tue March 5, 2024` above a related list's `February 28`):
  // that dates the page then (below). Nor where the info line shows its date relative to when the page was served
  // (`30分钟前`, `2 hours ago`) and no capture time resolves it: the page has a date of its own, unknown, and a related
  // story's is no stand-in for it.
  const agencyDay = published || structured || fromUrl || headline < 0 ? null : datelineDay(ctx, headline, capturedAt, offset);
  const stray =
    published || structured || fromUrl || agencyDay || visible.some((d) => d.label === 'modified') || showsRelativeDate(ctx, headline, lang)
      ? undefined
      : (elsewhere.find((d) => d.label === 'published') ??
        elsewhere.find((d) => d.label === undefined) ??
        (headline >= 0 ? loneDate(ctx, datesOn, 'published', true) : undefined));
  const shown = published ?? stray;
  const visibleCandidate: Candidate<ParsedDate> | null = shown
    ? { value: shown.parsed, origin: published ? 'info-line' : 'caption-or-list', raw: shown.raw }
    : null;

  // On a listing page the page-level meta dates describe the listing, not its first post.
  let chosen = ctx.entry && visibleCandidate ? visibleCandidate : structured;
  // A bare `<meta name="date">` is as often the page's build or last edit as its publication: the info line
  // near the headline outranks it (measured: 2 pages of 2 hosts right, none wrong, on the corpus).
  const weakMeta =
    !!meta &&
    WEAK_PUBLISHED_META.has(meta.key) &&
    chosen?.origin === `meta:${meta.key}` &&
    !!published &&
    dayNumber(chosen.value) !== dayNumber(published.parsed);
  // So does a script's date of another day (it may be another item's: related stories kept as data), and a bare
  // timestamp beside an info line that shows its own time (rnz.de keeps a `published_at` minutes before the shown one).
  const fromScript = chosen?.origin === 'script-json' || chosen?.origin === 'script-timestamp';
  const weakScript =
    fromScript &&
    !!published &&
    (dayNumber(chosen!.value) !== dayNumber(published.parsed) || (chosen!.origin === 'script-timestamp' && published.parsed.hasTime));
  if (!chosen || (visibleCandidate && (weakMeta || weakScript || visibleRefines(chosen.value, visibleCandidate.value, headline >= 0)))) {
    chosen = visibleCandidate ?? chosen;
  }
  // The instant in the page's own zone, when a time shown beside the headline gives it (see inShownZone).
  const shownTime = visibleCandidate && published ? visibleCandidate.value : null;
  if (chosen && structured && shownTime) {
    const local = inShownZone(structured.value, shownTime, statedOffsets(ctx, offset));
    if (local) chosen = { ...chosen, value: local };
  }
  // A UTC instant on a Chinese page is written in the page's zone (+08:00), as its readers see it, unless the info
  // line shows a time (another zone's: RFI's `13:48` for 12:48Z) or a day that is the UTC day and not the local one.
  if (offset && chosen?.value.hasTime && chosen.value.hasZone && UTC_END.test(chosen.value.iso) && !published?.parsed.hasTime) {
    const local = inOffset(chosen.value.iso, offset);
    const shownDay = published ? dayNumber(published.parsed) : null;
    if (local && (shownDay === null || shownDay === dayNumber(local))) chosen = { ...chosen, value: local };
  }
  // The info line's day won over a structured UTC instant of the day before, which in the page's zone is that day:
  // the instant gives its time (`2024-03-04T18:21:33Z` beside `2024-03-05` is `2024-03-05T02:21:33+08:00`).
  if (offset && chosen && chosen === visibleCandidate && !chosen.value.hasTime && structured?.value.hasTime && structured.value.hasZone) {
    const local = inOffset(structured.value.iso, offset);
    if (local && dayNumber(local) === dayNumber(chosen.value)) chosen = { ...structured, value: local };
  }
  // The info line shows the day alone and its `<time>` element holds the instant: the day's time.
  if (chosen && chosen === visibleCandidate && published && !chosen.value.hasTime) {
    const raw = infoLineTime(ctx, headline);
    const instant = parsed(raw, 'time-element:info-line', offset);
    if (instant?.value.hasTime && dayNumber(instant.value) === dayNumber(chosen.value)) chosen = instant;
  }
  if (!chosen && fromUrl) chosen = { value: fromUrl, origin: 'url', raw: pageUrl! };
  if (!chosen && agencyDay) chosen = agencyDay;
  // Shown only relative to when the page was served (`3小时前`, `昨天 10:21`, `2 hours ago`): read against the capture
  // time the caller gives, where nothing else dates the page or only its URL's day does (the line then adds the time).
  if (capturedAt !== null && (!chosen || chosen.origin === 'url')) {
    const relative = relativeNearHeadline(ctx, headline, lang, capturedAt, 'published');
    if (relative && (!chosen || (relative.value.hasTime && dayNumber(relative.value) === dayNumber(chosen.value)))) chosen = relative;
  }
  // The info line of a mobile portal shows the day without its year (`03-05 10:21`): the time of the stated day.
  const dayTime = chosen && !chosen.value.hasTime ? timeOfDayShown(ctx, headline, chosen.value) : null;
  if (chosen && dayTime)
    chosen = parsed(`${chosen.value.iso.slice(0, 10)} ${dayTime}`, `${chosen.origin}+info-line-time`, offset) ?? chosen;

  const modMeta = firstMeta(ctx.meta, MODIFIED_META);
  // The shown update is looked for only when the markup states none: loneDate reads every short line of the page.
  const shownModified = (): Candidate<ParsedDate> | null => {
    const modVisible = visible.find((d) => d.label === 'modified') ?? loneDate(ctx, datesOn, 'modified');
    return modVisible ? { value: modVisible.parsed, origin: 'info-line', raw: modVisible.raw } : null;
  };
  const modified =
    parsed(ctx.jsonld.dateModified, 'json-ld', offset) ??
    parsed(modMeta?.value, `meta:${modMeta?.key}`, offset) ??
    shownModified() ??
    (capturedAt !== null ? relativeNearHeadline(ctx, headline, lang, capturedAt, 'modified') : null);

  // A page that shows only when it was updated is dated by that (the origin says so).
  if (!chosen && modified) chosen = { ...modified, origin: `modified-only:${modified.origin}` };
  // Nor that: a reader's comment near the headline, the last resort (an upper bound, on blogs often the day itself).
  const comment = chosen ? undefined : (comments.find((d) => !d.label) ?? firstCommentDate(ctx, datesOn));
  if (!chosen && comment) chosen = { value: comment.parsed, origin: 'reader-comment', raw: comment.raw };

  return {
    date: record(ctx, 'date', chosen)?.iso ?? null,
    dateModified: record(ctx, 'dateModified', modified)?.iso ?? null,
  };
}
