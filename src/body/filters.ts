/**
 * What the body must not keep: the headline, the info line and editor line (they became
 * fields), chrome phrases, and the trailing credit `(中央紀委國家監委網站 李許堅` (source +
 * author), which is cut from the last paragraph and returned as an author.
 */
import { findDatesInText } from '../dates/index.js';
import { hasMetaLabel, labelledValue } from '../fields/labels.js';
import { isChromeText, opensClosingNotice } from '../prune/chrome.js';
import { EDITOR_ROLES, editorLineName, looksLikeHanName, looksLikeName } from '../fields/people.js';
import { agencyIn, bylineLeadOnly, creditedAgencies, creditOnly } from '../fields/authorcheck.js';
import type { Paragraph } from './paragraphs.js';
import { escapeRegExp } from '../parse/regexp.js';
import { cleanText, foldForCompare } from '../parse/load.js';
import { decodeHTML } from 'entities';
import { isTeaserSummary, weightedLength } from '../prune/prose.js';
import chromeData from '../data/chrome.json' with { type: 'json' };
import { Heuristics } from '../heuristics/index.js';

const DEFAULTS = new Heuristics();

const fold = foldForCompare;

export interface BodyFields {
  title: string | null;
  source: string | null;
  editor: string | null;
  authors: string[];
  /** The breadcrumb's labels (the section trail), when the page has one. */
  crumbs?: string[];
}

/** Lines at the top of the body looked at for the breadcrumb. */
const CRUMB_LINES = 3;
/** Characters a breadcrumb line holds beside its labels (`当前位置：`, `Home`, the separators). */
const CRUMB_REST = 12;

/**
 * The page's breadcrumb printed as the first line of the body (`当前位置：首页->军事技术`, `首页>>人物聚焦>>2005人物`): a
 * short line holding every label of the trail and little else.
 */
export function isBreadcrumbLine(text: string, crumbs: readonly string[]): boolean {
  if (!crumbs.length || text.length > 80) return false;
  let rest = fold(text);
  for (const label of crumbs) {
    const f = fold(label);
    if (!f || !rest.includes(f)) return false;
    rest = rest.replace(f, '');
  }
  return rest.length <= CRUMB_REST;
}

/** `校对：刘威`, `摄影：…`: a short line that is only a credit label and a name. */
const CREDIT_LINE =
  /^[【（(]?(?:校对|校對|审核|審核|审校|審校|初审|初審|复审|複審|终审|終審|二审|二審|三审|三審|审签|審簽|签发|簽發|编审|編審|摄影|攝影|图片|圖片|视频|視頻|监制|監製|统筹|統籌|策划|策劃|翻译|翻譯|实习生|實習生|通讯员|通訊員)\s*[:：/／]/u;
/** `澎湃新闻记者 钱七`, `本报记者 许晴`, `記者張三／台北報導`: a reporter credit alone on its line. */
const REPORTER_LINE =
  /^.{0,10}(?:记者|記者|通讯员|通訊員|特约撰稿|特約撰稿)\s*[:：]?\s*[\p{Script=Han}·]{2,4}(?:[、，,\s]+[\p{Script=Han}·]{2,4})*(?:\s*[／/]\s*\p{Script=Han}{0,8}(?:报道|報導|報道))?$/u;
/** `原标题：春季学期开学…`: a reprint's note of the headline it first ran under. */
const ORIGINAL_TITLE_LINE = /^[【[（(]?\s*(?:原标题|原標題|原题|原題)\s*[:：]/;
/** `Published July 21, 2023`, `Updated 3:45 PM`, `Veröffentlicht am …`. */
const DATE_LABEL_LINE =
  /^(?:published|posted|updated|last updated|modified|veröffentlicht|aktualisiert|stand|publicado|actualizado|publié|mis à jour|发布时间|發佈時間|发布日期|更新时间|更新時間)\b/i;

/** A date alone on its line: an info line near the top, a signature date further down. */
export function isDateOnlyLine(text: string): boolean {
  // the date scan last: it is the dear part, and most lines fail the cheap tests
  return text.length <= 60 && text.replace(/[\d\s:：\-/.年月日时分秒時分()（）|｜]+/g, '').length <= 12 && findDatesInText(text).length > 0;
}

/** A line that ends as a sentence ends, with a clause of its own after its first colon. */
const SENTENCE_END = /[。？！?!]["”」』]?$/;
const MIN_SPOKEN = 8;
function isSpeech(text: string): boolean {
  if (!SENTENCE_END.test(text)) return false;
  const colon = text.search(/[:：]/);
  return colon >= 0 && text.slice(colon + 1).trim().length >= MIN_SPOKEN;
}

/** An agency's credit line is short: a longer line naming the agency is a sentence or a dateline. */
const MAX_AGENCY_LINE = 40;

/** A short line made of metadata: date + labels, `责任编辑：X`, `【编辑:王五】`, `By Jane Doe`. */
export function isMetadataLine(text: string, fields: BodyFields): boolean {
  if (text.length > 150) return false;
  // A sentence closed by a credit in brackets (`……方便多了。（编辑：王五）`, `（来源：新华网）`) is prose: the credit
  // alone leaves it, where it closes the text (filterBody).
  if (/[。！？!?.]\s*$/.test(text.slice(0, Math.max(0, closingCreditAt(text, fields))))) return false;
  if (labelledValue(text, 'editor') && text.length <= 60) return true;
  if (fields.editor && editorLineName(text) === fields.editor) return true;
  if (text.length <= 40 && (CREDIT_LINE.test(text) || REPORTER_LINE.test(text))) return true;
  if (text.length <= 100 && ORIGINAL_TITLE_LINE.test(text)) return true;
  // `记者：你们怎样看待农业税补贴？`: an interview's question after a label is speech, not a credit line.
  if (isSpeech(text)) return false;
  const labelled = hasMetaLabel(text);
  // Dates are scanned only for the tests that need them (the scan is the dear part; body paragraphs
  // mostly fail the cheap tests): `labelled && (dated || short)`, `dated && date label`, `dated && time && date only`.
  if (labelled && text.length <= 80) return true;
  let dated: boolean | undefined;
  const isDated = (): boolean => (dated ??= findDatesInText(text).length > 0);
  if (labelled && isDated()) return true;
  if (DATE_LABEL_LINE.test(text) && isDated()) return true;
  if (/\d{1,2}[:：]\d{2}/.test(text) && isDateOnlyLine(text)) return true; // a date-only line is dated
  if (fields.authors.length && text.length <= 100 && /^(?:by|von|por|par)\s/i.test(text) && fields.authors.some((a) => text.includes(a)))
    return true;
  // The credit of the agency that became the source (`Por Agencia EFE`, `Agencia EFE`); an agency's credit in brackets
  // (`(Reuters)`, `© AFP`) stays, as the page prints it.
  if (fields.source && text.length <= MAX_AGENCY_LINE && agencyIn(text) === fields.source && !creditedAgencies(text)) return true;
  // `Written by Jane Doe`, `Jane Doe Senior Reporter`: the authors' names and byline words only.
  if (fields.authors.length && text.length <= 100 && creditOnly(text, fields.authors)) return true;
  // `Written by` left alone: Readability took the byline's `rel="author"` link out of the text.
  if (fields.authors.length && bylineLeadOnly(text)) return true;
  return false;
}

/** Han names closing a credit: `张三`, `张三、李四`. */
const CREDIT_NAMES = '([\\p{Script=Han}·]{2,4}(?:[、\\s][\\p{Script=Han}·]{2,4})*)';
/** `(记者 张三)`, `（总台记者 张倩）`: a desk may precede 记者. */
const REPORTER_CREDIT = new RegExp(
  `[（(]\\s*(?:[^（）()\\s]{0,8}?(?:记者|記者)|作者|文)\\s*[:：/／]?\\s*${CREDIT_NAMES}\\s*[)）]\\s*$`,
  'u',
);
/**
 * The credit naming the source, per source: compiled once per source name, not per page (a pattern of Unicode
 * script classes costs far more to compile than to run, and agencies repeat from page to page). Bounded.
 */
const SOURCE_CREDITS = new Map<string, RegExp>();
const MAX_SOURCE_CREDITS = 256;

function sourceCredit(source: string): RegExp {
  let re = SOURCE_CREDITS.get(source);
  if (!re) {
    if (SOURCE_CREDITS.size >= MAX_SOURCE_CREDITS) SOURCE_CREDITS.clear();
    re = new RegExp(`[（(]\\s*${escapeRegExp(source)}\\s*[\\s/／:：]\\s*${CREDIT_NAMES}\\s*[)）]?\\s*$`, 'u');
    SOURCE_CREDITS.set(source, re);
  }
  return re;
}

/** `（中央紀委國家監委網站 李許堅` / `(记者 张三)` at the end of the last paragraph. */
export function splitTrailingCredit(text: string, source: string | null): { text: string; author: string | null } {
  const patterns = source ? [sourceCredit(source), REPORTER_CREDIT] : [REPORTER_CREDIT];
  for (const re of patterns) {
    const m = re.exec(text);
    if (m) return { text: text.slice(0, m.index).trim(), author: m[1]!.trim() };
  }
  // A bare `（袁源）` signs the text only when it reads as a name: not `（完）`, `（待续）`, `（新华社）`.
  const bare = /[（(]\s*([\p{Script=Han}·]{2,4})\s*[)）]\s*$/u.exec(text);
  if (bare && looksLikeHanName(bare[1]!)) return { text: text.slice(0, bare.index).trim(), author: bare[1]! };
  return { text, author: null };
}

/** A short line is furniture when it stands this often in one body (`Article content` labels between ad breaks). */
const MIN_REPEATS = 3;
const MAX_REPEATED_LINE = 40;

/**
 * The short lines that repeat between parts of one story: screen-reader labels (`Article content`), `Advertisement`.
 * Each stands before a prose paragraph; repeated lines in lists and tables (prices, weekdays) stand among short ones.
 */
function repeatedLines(paragraphs: readonly Paragraph[]): Set<string> {
  const seen = new Map<string, { n: number; beforeProse: number }>();
  paragraphs.forEach((p, i) => {
    if (p.text.length > MAX_REPEATED_LINE || !/\p{L}/u.test(p.text) || /\d/.test(p.text)) return;
    const s = seen.get(p.text) ?? { n: 0, beforeProse: 0 };
    s.n++;
    // the label may stand over a subheading: the prose is then one further
    if (Math.max(weightedLength(paragraphs[i + 1]?.text ?? ''), weightedLength(paragraphs[i + 2]?.text ?? '')) >= PROSE_AFTER_LABEL)
      s.beforeProse++;
    seen.set(p.text, s);
  });
  const out = new Set<string>();
  for (const [text, s] of seen) if (s.n >= MIN_REPEATS && s.beforeProse * 3 >= s.n * 2) out.add(text);
  return out;
}

/** A run of this many button labels in a row, half of them known tool words, is a tool bar (`E-Mail`, `Teilen`, `Drucken`, `Feedback`). */
const BUTTON_WORDS = new Set(chromeData.buttonWords);
const MIN_BUTTONS = 4;
const MAX_BUTTON = 24;

/**
 * A label that reads as a button: a word or two of an alphabetic script, no digits, no punctuation. (Short lines of
 * CJK text are how blogs set their prose; Chinese tool bars are phrases in chrome.json.)
 */
function isButtonLabel(p: Paragraph): boolean {
  const t = p.text;
  return t.length <= MAX_BUTTON && weightedLength(t) === t.length && !/[\d.!?,:;…"“”'‘’()]/.test(t) && t.split(/\s+/).length <= 2;
}

/** Indexes of paragraphs in runs of button labels (share and tool bars left between the paragraphs of a story). */
function buttonBars(paragraphs: readonly Paragraph[]): Set<number> {
  const out = new Set<number>();
  let start = 0;
  for (let i = 0; i <= paragraphs.length; i++) {
    if (i < paragraphs.length && isButtonLabel(paragraphs[i]!)) continue;
    const run = paragraphs.slice(start, i);
    if (run.length >= MIN_BUTTONS && run.filter((p) => BUTTON_WORDS.has(p.text.toLowerCase())).length * 2 >= run.length) {
      for (let k = start; k < i; k++) out.add(k);
    }
    start = i + 1;
  }
  return out;
}

/** A paragraph this long (width-weighted) after a repeated line makes it a label between parts of the story. */
const PROSE_AFTER_LABEL = 80;

/** Link lists and bare link lines at the edges of the body are navigation, not text. */
const EDGE_LINK_DENSITY = 0.5;

/**
 * A table at an edge is navigation only when nearly all its text is links (an image strip's linked captions, a grid
 * of other stories): an infobox or a wiki's data table links many of its values and labels none of them.
 */
const EDGE_TABLE_LINK_DENSITY = 0.9;

function isEdgeJunk(p: Paragraph): boolean {
  return p.linkDensity >= (p.tag === 'table' ? EDGE_TABLE_LINK_DENSITY : EDGE_LINK_DENSITY) || isChromeText(p.text);
}

/**
 * A closing notice follows the story: the text before it holds at least this share of the body's. (Counted in text,
 * not in paragraphs: a notice of three numbered clauses under a two-paragraph brief stands in the second half of the
 * paragraphs but closes the story all the same; one that opens the text has the whole story after it.)
 */
const MIN_STORY_BEFORE_NOTICE = 1 / 3;

/** The paragraphs before a closing notice that follows the story (all when there is none). */
function beforeClosingNotice(paragraphs: Paragraph[]): Paragraph[] {
  const total = paragraphs.reduce((n, p) => n + weightedLength(p.text), 0);
  let before = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (i > 0 && before >= total * MIN_STORY_BEFORE_NOTICE && opensClosingNotice(p.text)) return paragraphs.slice(0, i);
    before += weightedLength(p.text);
  }
  return paragraphs;
}

/** Drop link lines at both ends. */
function trimEdges(paragraphs: Paragraph[], heuristics: Heuristics): Paragraph[] {
  let end = paragraphs.length;
  let start = 0;
  if (heuristics.on('trim-edge-links')) {
    while (start < end && isEdgeJunk(paragraphs[start]!)) start++;
    while (end > start && isEdgeJunk(paragraphs[end - 1]!)) end--;
  }
  if (heuristics.on('trailing-teasers')) {
    end = teaserTailStart(paragraphs, start, end);
    while (end > start && isEdgeJunk(paragraphs[end - 1]!)) end--;
  }
  // A label closing the text introduces nothing: the list it stood over (`幻灯欣赏：`, `More photos:`) was trimmed here
  // or left out before. An empty field label (`责任编辑：`) is the metadata filter's to judge.
  if (heuristics.on('trim-edge-links') && end > start && isListLabel(paragraphs[end - 1]!.text)) end--;
  return paragraphs.slice(start, end);
}

/** A short line ending in a colon, no field's label: the label of what follows it. */
const MAX_LIST_LABEL = 24;
function isListLabel(text: string): boolean {
  return weightedLength(text) <= MAX_LIST_LABEL && /[:：]$/.test(text) && !hasMetaLabel(text);
}

/** A plug's link is another story's headline: longer than a name or a word or two (width-weighted). */
const MIN_PLUG_HEADLINE = 20;
/** A link that shows its address (`https://…`, `www.…`, `example.com/…`) rather than a headline. */
const WEB_ADDRESS = /^(?:[a-z][\w+.-]*:\/\/\S*|www\.\S*|[\w.-]+\.[a-z]{2,}(?:\/\S*)?)$/i;
/** Share of a plug's text inside its link: the label before it is a few words. */
const MIN_PLUG_LINK_DENSITY = 0.6;

/** The text of a paragraph's markup (its `inner`, as our serializer writes it). */
const htmlText = (html: string): string => cleanText(decodeHTML(html.replace(/<[^>]*>/g, '')));

/**
 * A 'read also' plug set between the story's paragraphs: a short label ending in a colon, then one link to another
 * story's headline and nothing after it (`Baca juga: <a>…</a>`, `ये भी पढ़ें: <a>…</a>`, `اقرأ أيضا: <a>…</a>`,
 * `بیشتر بخوانید: <a>…</a>`). Read from the line's shape, so a language the phrase lists lack is caught too; a
 * field's label (`Source: <a>…</a>`, `来源：<a>…</a>`) is the metadata filter's to judge.
 */
function isLinkPlug(p: Paragraph): boolean {
  if (p.tag !== 'p' || p.linkDensity < MIN_PLUG_LINK_DENSITY) return false;
  const open = p.inner.indexOf('<a ');
  if (open < 0 || p.inner.indexOf('<a ', open + 1) >= 0) return false;
  const close = p.inner.indexOf('</a>', open);
  if (close < 0 || LETTER_OR_DIGIT.test(htmlText(p.inner.slice(close + 4)))) return false;
  const label = htmlText(p.inner.slice(0, open));
  const headline = htmlText(p.inner.slice(open, close));
  // A headline is words: a bare address (`Abb.: <a>https://…</a>`) credits a picture's source.
  return isListLabel(label) && weightedLength(headline) >= MIN_PLUG_HEADLINE && !WEB_ADDRESS.test(headline);
}

/**
 * Indexes of the plugs that stand alone among the story's lines: a run of label-and-link lines (a podcast's
 * shownotes, `Spoiler: <a>…</a>` / `Vorspann: <a>…</a>`) is a list the story gives.
 */
function linkPlugs(paragraphs: readonly Paragraph[]): Set<number> {
  const plug = paragraphs.map(isLinkPlug);
  const out = new Set<number>();
  for (let i = 0; i < paragraphs.length; i++) if (plug[i] && !plug[i - 1] && !plug[i + 1]) out.add(i);
  return out;
}

/** Headline-and-summary pairs a run needs before it reads as a teaser list rather than a link the story quotes. */
const MIN_TEASER_PAIRS = 2;

function isLinkLine(p: Paragraph | undefined): boolean {
  return !!p && p.tag !== 'table' && p.linkDensity >= EDGE_LINK_DENSITY;
}

/**
 * Where a list of teasers closing the body begins (`end` when there is none): other stories' headline links, each
 * followed by at most a short summary of its own, a sentence (`<p><a>Headline</a></p><p>Summary.</p>` repeated), as
 * portals print 相关阅读 lists inside the article's container. (Link lists with notes that are no sentences, `Crash Room` /
 * `3 Minuten vom S-Bahnhof Ostkreuz`, are a story's own list of places or products.) The link lines alone are trimmed as edge links; the summaries between
 * them are what keeps such a list in the text. It takes two pairs, and the story before the list must hold more text
 * than the list.
 */
function teaserTailStart(paragraphs: readonly Paragraph[], start: number, end: number): number {
  let at = end;
  let pairs = 0;
  while (at > start) {
    const p = paragraphs[at - 1]!;
    if (isEdgeJunk(p)) {
      at--;
      continue;
    }
    const summary = isTeaserSummary(p.text) && isLinkLine(paragraphs[at - 2]);
    if (!summary || at - 2 < start) break;
    at -= 2;
    pairs++;
  }
  if (pairs < MIN_TEASER_PAIRS) return end;
  const length = (ps: readonly Paragraph[]): number => ps.reduce((n, p) => n + weightedLength(p.text), 0);
  return length(paragraphs.slice(start, at)) > length(paragraphs.slice(at, end)) ? at : end;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * The headline printed with its date or its kicker in one element (`<h1>Headline <span>2024-03-05</span></h1>`,
 * `<h1><span>Kicker</span>Headline</h1>` read as `KickerHeadline`): what is left without the dates ends with the
 * headline, after at most a kicker's length.
 */
function headlineWithExtras(text: string, foldedTitle: string): boolean {
  if (text.length > foldedTitle.length + MAX_KICKER) return false;
  let rest = text;
  if (/\d/.test(text)) for (const d of findDatesInText(text)) rest = rest.replace(d.raw, ' ');
  const folded = fold(rest);
  return folded.endsWith(foldedTitle) && folded.length - foldedTitle.length <= MAX_KICKER;
}
/** The most a kicker or a date adds to a headline's line. */
const MAX_KICKER = 40;

/**
 * Where a credit of this editor closes `text`, or -1: in brackets (`（编辑 王五）`, `(责编：王五)`; other labelled
 * credits may follow the editor's in them: `（编辑：王五 审核：赵六）`), or labelled after the last sentence.
 */
function closingEditorAt(text: string, editor: string): number {
  // Asked of every short paragraph: most do not name the editor, and need no pattern built for them.
  if (!text.includes(editor)) return -1;
  const re = new RegExp(
    `[（(【[]\\s*(?:${EDITOR_ROLES})\\s*[:：/／]?\\s*${escapeRegExp(editor)}(?:\\s+\\p{Script=Han}{2,4}\\s*[:：]\\s*[\\p{Script=Han}·]{2,4})*\\s*[)）】\\]]\\s*$`,
    'u',
  );
  const bracketed = re.exec(text)?.index ?? -1;
  if (bracketed >= 0) return bracketed;
  // Unbracketed, after the text's last sentence, with its colon: `……惠及群众。 责任编辑：王五`.
  const after = new RegExp(`(?<=[。！？!?]["”」』]?)\\s*(?:${EDITOR_ROLES})\\s*[:：]\\s*${escapeRegExp(editor)}\\s*$`, 'u');
  return after.exec(text)?.index ?? -1;
}

/** A bracketed group closing a text: `（来源：新华网）`, `【来源：新华网 编辑：王五】`. */
const CLOSING_BRACKETS = /[（(【[]([^（）()【】[\]]{2,40})[)）】\]]\s*$/u;

/**
 * Where a bracketed credit closes `text`, or -1: the editor's (`（编辑 王五）`, colon or not), or any group of labelled
 * credits that names the page's source, editor or an author (`（来源：新华网）`, `（作者：张三）`).
 */
function closingCreditAt(text: string, fields: BodyFields): number {
  const editorAt = fields.editor ? closingEditorAt(text, fields.editor) : -1;
  if (editorAt >= 0) return editorAt;
  const m = CLOSING_BRACKETS.exec(text);
  if (!m) return -1;
  const inner = m[1]!;
  const named = (v: string | null): boolean => v !== null && (v === fields.source || v === fields.editor || fields.authors.includes(v));
  return named(labelledValue(inner, 'source')) || named(labelledValue(inner, 'editor')) || named(labelledValue(inner, 'author'))
    ? m.index
    : -1;
}

export function filterBody(
  paragraphs: Paragraph[],
  fields: BodyFields,
  heuristics: Heuristics = DEFAULTS,
): { paragraphs: Paragraph[]; creditAuthor: string | null } {
  const title = fields.title && heuristics.on('filter-title') ? fold(fields.title) : null;
  const repeated = heuristics.on('filter-repeated-lines') ? repeatedLines(paragraphs) : null;
  const buttons = heuristics.on('filter-button-bars') ? buttonBars(paragraphs) : null;
  const chrome = heuristics.on('filter-chrome-text');
  const plugs = heuristics.on('filter-link-plugs') ? linkPlugs(paragraphs) : null;
  const metadata = heuristics.on('filter-metadata-lines');
  const crumbs = heuristics.on('filter-breadcrumb') ? (fields.crumbs ?? []) : [];
  let lines = 0; // paragraphs with text so far (images before the trail have none)
  // Everything from a closing notice on goes first: the notice's opening line may be chrome text itself.
  const upToNotice = heuristics.on('trailing-notice') ? beforeClosingNotice(paragraphs) : paragraphs;
  const filtered = upToNotice.filter((p, i) => {
    if (p.text && lines++ < CRUMB_LINES && isBreadcrumbLine(p.text, crumbs)) return false;
    // Folding (NFKC, a regexp) is only worth it for a paragraph short enough to be the headline: folding drops
    // spaces, punctuation and symbols, never three times the headline's letters.
    if (title && p.text.length <= title.length * 3 + MAX_KICKER && (fold(p.text) === title || (i < 3 && headlineWithExtras(p.text, title))))
      return false;
    if (repeated?.has(p.text)) return false;
    if (buttons?.has(i)) return false;
    // Chrome text, and lines of nothing but punctuation, rules or invisible characters (`|`, `------`, a lone `\u200c`).
    if (chrome && (isChromeText(p.text) || (p.text && !LETTER_OR_DIGIT.test(p.text)))) return false;
    if (plugs?.has(i)) return false;
    if (!metadata) return true;
    // A bare date at the top is the info line; at the bottom it signs a notice and stays.
    if (i < 3 && isDateOnlyLine(p.text)) return false;
    return !isMetadataLine(p.text, fields);
  });
  const kept = trimEdges(filtered, heuristics);
  // A credit in brackets closing the last paragraph (`……全文完。（编辑 王五）`, `（来源：新华网）`) is the fields'.
  const last = kept[kept.length - 1];
  const creditTail = last && heuristics.on('trailing-credit') ? closingCreditAt(last.text, fields) : -1;
  if (last && creditTail >= 0) {
    const text = last.text.slice(0, creditTail).trim();
    if (text) kept[kept.length - 1] = { ...last, text, inner: text.replace(/&/g, '&amp;').replace(/</g, '&lt;') };
    else kept.pop();
  }
  let creditAuthor: string | null = null;
  // The credit closes the text, or stands just above a short sign-off (`（袁源）` / `北京大学医学部新闻中心`).
  const signOff = kept.length > 1 && kept[kept.length - 1]!.text.length <= 30 && !/[。！？!?.]/.test(kept[kept.length - 1]!.text);
  for (const at of !heuristics.on('trailing-credit') ? [] : signOff ? [kept.length - 1, kept.length - 2] : [kept.length - 1]) {
    const para = kept[at];
    const credit = para ? splitTrailingCredit(para.text, fields.source) : null;
    if (!para || !credit?.author) continue;
    creditAuthor = credit.author;
    if (credit.text) kept[at] = { ...para, text: credit.text, inner: credit.text.replace(/&/g, '&amp;').replace(/</g, '&lt;') };
    else kept.splice(at, 1);
    break;
  }
  if (heuristics.on('trailing-author-bio')) dropAuthorBio(kept, fields.authors);
  // Else a paragraph that is only a name in bold, opening or closing the text (`<p><strong>Lê Phương</strong></p>`;
  // a photo may stand before it).
  const withText = kept.flatMap((p, i) => (p.text ? [i] : []));
  const edges = withText.length > 1 ? [withText[0]!, withText[withText.length - 1]!] : [];
  for (const at of creditAuthor || !heuristics.on('signed-name-paragraph') ? [] : edges) {
    const name = signedName(kept[at]!);
    if (!name) continue;
    creditAuthor = name;
    kept.splice(at, 1);
    break;
  }
  return { paragraphs: kept, creditAuthor };
}

/** A bio is a few sentences; a longer closing paragraph that opens with the author's name is the story's. */
const MAX_BIO = 500;
/** Paragraphs a body keeps besides the bio: a two-paragraph brief ending on its author is left alone. */
const MIN_BODY_BESIDE_BIO = 3;

/**
 * The author's bio closing the text (`Jennifer Walsh is a transportation reporter…`, `Thomas Berger ist Redakteur…`,
 * `Lucía Martínez es periodista…`): the last paragraph opens with the full name of one of the page's authors, the name
 * the byline gave. Boxes so named (author-bio) go by their class; this finds the bio set as a plain paragraph or in a
 * box of made-up names. A single-word name (a pen name, a CJK name of two characters) is too likely a story's subject.
 * Off by default: the evaluation sets disagree on whether the bio is body (fundus and trafilatura's snippets leave it
 * out: 5 hosts gain; magic_html keeps it: 2 hosts lose).
 */
function dropAuthorBio(kept: Paragraph[], authors: readonly string[]): void {
  let last = kept.length - 1;
  while (last >= 0 && !kept[last]!.text) last--;
  if (last < MIN_BODY_BESIDE_BIO) return;
  const text = kept[last]!.text;
  if (text.length > MAX_BIO) return;
  const opensWithAuthor = authors.some((a) => {
    const name = a.trim();
    return /\s/.test(name) && text.startsWith(name) && /^[\s,]/.test(text.slice(name.length));
  });
  if (opensWithAuthor) kept.splice(last, 1);
}

const BOLD_ONLY = /^\s*((?:<(?:strong|b|em|i)>)+)([^<]{3,60})(?:<\/(?:strong|b|em|i)>)+\s*$/;
/** Two to four capitalised words, not all in capitals (`SOCIAL MEDIA SEITEN` is a heading). */
const PERSON_SHAPE = /^\p{Lu}[\p{Ll}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]*){1,3}$/u;

/** The name a paragraph of nothing but a bold name (italics may be nested in or around the bold) signs with, or null. */
function signedName(p: Paragraph): string | null {
  if (p.tag !== 'p') return null;
  const m = BOLD_ONLY.exec(p.inner);
  if (!m || !/<(?:strong|b)>/.test(m[1]!)) return null;
  const name = m[2]!.trim();
  return name && PERSON_SHAPE.test(name) && looksLikeName(name) ? name : null;
}
